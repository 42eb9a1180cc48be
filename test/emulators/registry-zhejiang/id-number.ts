/** 居民身份证号码 arithmetic (GB 11643-1999), kept here so the emulator owes nothing to the code it tests. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

export function idCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`not 17 digits: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isRealDate(yyyymmdd: string): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** First-generation numbers were issued to people born in the 1900s: the year gains `19`. */
export function idNumber15To18(fifteen: string): string {
  const first17 = `${fifteen.slice(0, 6)}19${fifteen.slice(6)}`;
  return first17 + idCheckCharacter(first17);
}

/** Why an 18-character number (upper case) is not a valid ID number, or null when it is. */
export function idNumberProblem(number: string): string | null {
  if (!/^\d{17}[\dX]$/.test(number)) return 'not 17 digits and a check character';
  if (!isRealDate(number.slice(6, 14))) return 'the birth date is not a real date';
  if (idCheckCharacter(number.slice(0, 17)) !== number[17]) return 'the check character is wrong';
  return null;
}

/** Builds a valid number; the sequence's parity gives the sex (odd is male). */
export function makeIdNumber(region: string, birth: string, sequence: number, male: boolean): string {
  const parityFixed = sequence % 2 === (male ? 1 : 0) ? sequence : (sequence + 1) % 1000;
  const first17 = `${region}${birth}${String(parityFixed).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}
