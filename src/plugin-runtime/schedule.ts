import { parseCronItems } from 'graphile-worker';

const MINUTE = 60_000;
const YEAR_OF_MINUTES = 366 * 24 * 60;

/** When a cron expression (UTC, as the job engine reads it) next fires after `from`; null if not within a year. */
export function nextFireTime(schedule: string, from: Date): Date | null {
  const [item] = parseCronItems([{ task: 'probe', match: schedule, identifier: 'probe' }]);
  let at = Math.floor(from.getTime() / MINUTE) * MINUTE + MINUTE;
  for (let i = 0; i < YEAR_OF_MINUTES; i++, at += MINUTE) {
    const t = new Date(at);
    if (item!.match({ min: t.getUTCMinutes(), hour: t.getUTCHours(), date: t.getUTCDate(), month: t.getUTCMonth() + 1, dow: t.getUTCDay() })) return t;
  }
  return null;
}
