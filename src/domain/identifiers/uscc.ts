import { isValidOrgCode } from './org-code.js';

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z).
 * Positions 3–8 are a GB/T 2260 region and 9–17 an organisation code with its own check.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/;

export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

export type UsccProblem = 'FORMAT' | 'CHECK_CHARACTER' | 'ORGANISATION_CODE';

/** Why a USCC is invalid, or null when it is valid. */
export function usccProblem(code: string): UsccProblem | null {
  if (!SHAPE.test(code)) return 'FORMAT';
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return 'CHECK_CHARACTER';
  if (!isValidOrgCode(code.slice(8, 17))) return 'ORGANISATION_CODE';
  return null;
}

export function usccRegionCode(code: string): string {
  return code.slice(2, 8);
}
