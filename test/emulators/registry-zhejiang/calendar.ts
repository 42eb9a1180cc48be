/**
 * Beijing wall-clock time kept as milliseconds as if it were UTC: the export writes local time
 * with no zone, so no offset arithmetic is ever needed.
 */
export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** `yyyy-MM-dd HH:mm:ss`, the contract's 更新时间. */
export const timestamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const startOfDay = (ms: number) => ms - (ms % DAY);

/** `yyyy/M/d`, unpadded, the contract's 立案日期 and 处罚决定日期. */
export function contractDate(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}`;
}

/** New Year's Day and the May Day and National Day weeks: no office works, no file. */
export const isFixedHoliday = (ms: number) => /^(01-01|05-0[1-5]|10-0[1-7])$/.test(isoDate(ms).slice(5));
