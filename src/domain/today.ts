/**
 * Made once: building a formatter loads time-zone data and costs about as much as a small
 * request, and the public's lists ask for today on every request.
 */
const BEIJING_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Beijing (yyyy-MM-dd): regulatory days turn over at midnight China time. */
export function todayInChina(now: Date = new Date()): string {
  return BEIJING_DATE.format(now);
}
