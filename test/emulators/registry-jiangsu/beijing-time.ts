import { isCalendarDate } from './text.js';

/**
 * The interface speaks Beijing time (UTC+8) with no zone written, both in `gxsj` and in the
 * `updatedFrom` parameter; China has kept one offset without daylight saving since 1991.
 */
const BEIJING_OFFSET_MS = 8 * 3600 * 1000;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** `yyyy-MM-dd HH:mm:ss` in Beijing time, to the second (the interface's resolution). */
export function formatBeijing(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** Epoch milliseconds of a `yyyy-MM-dd HH:mm:ss` Beijing time, or null when malformed or not a real time. */
export function parseBeijing(text: string): number | null {
  const match = TIMESTAMP.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second) - BEIJING_OFFSET_MS;
}

export function isBeijingTimestamp(text: string): boolean {
  return parseBeijing(text) !== null;
}

/** `2024-03-05 10:00:00` → `2024-03-05T10:00:00+08:00`. */
export function beijingToIso(text: string): string | null {
  return isBeijingTimestamp(text) ? `${text.replace(' ', 'T')}+08:00` : null;
}

export function addSeconds(text: string, seconds: number): string {
  const ms = parseBeijing(text);
  if (ms === null) throw new Error(`not a Beijing timestamp: ${text}`);
  return formatBeijing(ms + seconds * 1000);
}
