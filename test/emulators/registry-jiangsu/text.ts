/** Full-width digits (U+FF10–FF19) are how some source systems store numbers typed in a Chinese IME. */
const FULL_WIDTH_ZERO = 0xff10;

export function toFullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(FULL_WIDTH_ZERO + Number(digit)));
}

export function toAsciiDigits(text: string): string {
  return text.replace(/[\uff10-\uff19]/g, (digit) => String(digit.charCodeAt(0) - FULL_WIDTH_ZERO));
}

/** A calendar date exists (rejects 2024-02-30, month 13…). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
