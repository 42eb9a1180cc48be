import { isCalendarDate, pad } from './text.js';

/**
 * 居民身份证号码 per GB 11643-1999: 6 region + 8 birth date + 3 sequence (odd = male) + check.
 * The first generation (before 1999) had 15 digits: 6 region + yyMMdd + 3 sequence, no check,
 * and every holder was born in the 1900s.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export interface BirthDate {
  year: number;
  month: number;
  day: number;
}

/** An 18-character number: upper-case X, valid checksum, and a birth date that exists. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = { year: Number(id.slice(6, 10)), month: Number(id.slice(10, 12)), day: Number(id.slice(12, 14)) };
  return isCalendarDate(birth.year, birth.month, birth.day) && idCheckChar(id) === id[17];
}

export function makeIdNumber(region: string, birth: BirthDate, sequence: number): string {
  const first17 = `${region}${birth.year}${pad(birth.month)}${pad(birth.day)}${pad(sequence, 3)}`;
  return first17 + idCheckChar(first17);
}

/** The first-generation form of a person born in the 1900s. */
export function makeFirstGenerationIdNumber(region: string, birth: BirthDate, sequence: number): string {
  if (birth.year < 1900 || birth.year > 1999) throw new Error('first-generation numbers were issued to people born in the 1900s');
  return `${region}${pad(birth.year % 100)}${pad(birth.month)}${pad(birth.day)}${pad(sequence, 3)}`;
}

/** 15 → 18 digits as the standard prescribes: insert the century 19 and append the check. */
export function upgradeFirstGeneration(id15: string): string | null {
  if (!/^\d{15}$/.test(id15)) return null;
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  const upgraded = first17 + idCheckChar(first17);
  return isValidIdNumber(upgraded) ? upgraded : null;
}

/** Older records hide month, day of birth: `3206021980****1234`. */
export function maskIdNumber(id18: string): string {
  return `${id18.slice(0, 10)}****${id18.slice(14)}`;
}

export function isMaskedIdNumber(text: string): boolean {
  return /^\d{6,10}\*{4,8}\d{3}[\dXx]$/.test(text);
}
