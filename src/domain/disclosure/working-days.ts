import { addDays } from '../scoring/dates.js';

/** The working-day calendar: weekends and public holidays off, adjusted weekend days (调休) on. */
export interface WorkingCalendar {
  holidays: ReadonlySet<string>;
  adjustedWorkingDays: ReadonlySet<string>;
}

/** The last year whose holidays the calendar holds (each published year has some). */
export function lastCalendarYear(calendar: WorkingCalendar): number | null {
  const years = [...calendar.holidays].map((d) => Number(d.slice(0, 4)));
  return years.length ? Math.max(...years) : null;
}

/**
 * Whether counting up to `date` ran past the calendar's last year: the holidays of that year are
 * unknown, so a count there is only as if there were none and must be flagged, never trusted.
 */
export function beyondCalendar(date: string, calendar: WorkingCalendar): boolean {
  const last = lastCalendarYear(calendar);
  return last === null || Number(date.slice(0, 4)) > last;
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  if (calendar.adjustedWorkingDays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date `n` working days after `date` (the decision day itself does not count). */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar): string {
  let day = date;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted++;
  }
  return day;
}
