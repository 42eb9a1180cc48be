/**
 * 居民身份证号码 (GB 11643-1999): 6 region digits, 8 birth-date digits, 3 sequence digits
 * (odd for men) and a check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

export function idNumberCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Upper-cases a trailing x and strips surrounding spaces, as registries write both. */
export function normaliseIdNumber(raw: string): string {
  return raw.trim().toUpperCase();
}

export type IdNumberProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECK_CHARACTER';

export function idNumberProblem(idNumber: string): IdNumberProblem | null {
  if (!SHAPE.test(idNumber)) return 'FORMAT';
  if (!birthDateOf(idNumber)) return 'BIRTH_DATE';
  if (idNumberCheckChar(idNumber.slice(0, 17)) !== idNumber[17]) return 'CHECK_CHARACTER';
  return null;
}

/** The birth date (yyyy-MM-dd) written in the number, or null when it is not a real date. */
export function birthDateOf(idNumber: string): string | null {
  const y = Number(idNumber.slice(6, 10));
  const m = Number(idNumber.slice(10, 12));
  const d = Number(idNumber.slice(12, 14));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}
