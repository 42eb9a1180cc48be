/**
 * The identifier, date and amount checks the platform applies to a field's value, written from
 * DOMAIN.md and the contract (contracts/credit-platform.md) without reusing the hub's own code: the
 * emulator must catch a mistake the hub and its sink might share.
 */

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * GB 32100-2015: 18 characters of the 31-character alphabet, the last a check over the first 17.
 * The contract rejects a code "whose check character fails"; the organisation code embedded in
 * positions 9–17 is not checked (the contract does not ask for it). Lower case is not in the alphabet.
 */
export function isValidUscc(code: string): boolean {
  if (code.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(code[i]!);
    if (value < 0) return false;
    sum += value * USCC_WEIGHTS[i]!;
  }
  return code[17] === USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

const ID_NUMBER_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_NUMBER_CHECKS = '10X98765432';

/**
 * GB 11643-1999: 6 region digits, an 8-digit birth date that exists, 3 sequence digits, and a
 * check character (upper-case X as the standard writes it). A masked number such as
 * `110105********002X` fails, which is the point: the platform masks numbers itself.
 */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isCalendarDate(birth)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * ID_NUMBER_WEIGHTS[i]!;
  return value[17] === ID_NUMBER_CHECKS[sum % 11];
}

/** Every 18-character run in a text that is a valid ID number: to find numbers outside `*_ZJHM`. */
export function idNumbersIn(text: string): string[] {
  return [...text.matchAll(/(?<!\d)\d{17}[\dX](?![\dX])/g)].map((m) => m[0]).filter(isValidIdNumber);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `yyyy-MM-dd` naming a day that exists (no `2024-02-30`, no `2024-5-1`, no time part). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The same day some years later, as `yyyy-MM-dd`. 29 February becomes 1 March when the target year
 * has none: the later of the two candidates, so that a bound computed with it is never too tight.
 */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year + years;
  if (month === 2 && day === 29 && daysInMonth(target, 2) === 28) return `${String(target).padStart(4, '0')}-03-01`;
  return `${String(target).padStart(4, '0')}${date.slice(4)}`;
}

/**
 * An amount in 万元 with at most 6 decimals, not negative. The contract shows `0.2` without saying
 * whether it travels as a JSON string or number, so both are accepted; a number is judged by its
 * shortest decimal form (`1e-7` has no such form within 6 decimals and is refused).
 */
export function isWanYuanAmount(value: string | number): boolean {
  if (typeof value === 'number' && !Number.isFinite(value)) return false;
  return /^\d+(\.\d{1,6})?$/.test(String(value));
}
