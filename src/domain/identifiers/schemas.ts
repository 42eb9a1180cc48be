import { z } from 'zod';
import { nameText } from '../text.js';
import { idNumberProblem, normaliseIdNumber } from './id-number.js';
import { usccProblem } from './uscc.js';

/**
 * zod schemas for the identifiers, used on every write path. A failure carries a machine-readable
 * code (`params.code`) besides its message.
 */
const issue = (ctx: z.core.$RefinementCtx, code: string, message: string) =>
  ctx.addIssue({ code: 'custom', message, params: { code } });

const USCC_MESSAGES = {
  FORMAT: 'must be 18 characters from 0-9 and A-Y without I, O, S, V, Z',
  CHECK_CHARACTER: 'check character does not match (GB 32100-2015)',
  ORGANISATION_CODE: 'embedded organisation code (characters 9–17) fails its check (GB 11714)',
} as const;

export const usccSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .superRefine((value, ctx) => {
    const problem = usccProblem(value);
    if (problem) issue(ctx, problem, `统一社会信用代码 ${USCC_MESSAGES[problem]}`);
  });

/**
 * A USCC's shape only (18 characters of the alphabet), normalised: for a write path that lets a
 * regulator override a failed check, which `usccCheckFailure` then reports.
 */
export const usccShapeSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .superRefine((value, ctx) => {
    if (usccProblem(value) === 'FORMAT') issue(ctx, 'FORMAT', `统一社会信用代码 ${USCC_MESSAGES.FORMAT}`);
  });

/** Why a well-shaped USCC fails its check (its own or its organisation code's), or null. */
export function usccCheckFailure(value: string): { code: 'CHECK_CHARACTER' | 'ORGANISATION_CODE'; message: string } | null {
  const problem = usccProblem(value);
  return problem && problem !== 'FORMAT' ? { code: problem, message: `统一社会信用代码 ${USCC_MESSAGES[problem]}` } : null;
}

const ID_MESSAGES = {
  FORMAT: 'must be 17 digits followed by a digit or X',
  BIRTH_DATE: 'birth date (digits 7–14) is not a real date',
  CHECK_CHARACTER: 'check character does not match (GB 11643-1999)',
} as const;

export const idNumberSchema = z
  .string()
  .transform(normaliseIdNumber)
  .superRefine((value, ctx) => {
    const problem = idNumberProblem(value);
    if (problem) issue(ctx, problem, `居民身份证号码 ${ID_MESSAGES[problem]}`);
  });

export const regionCodeSchema = z.string().regex(/^\d{6}$/, { message: '行政区划代码 must be six digits' });

/** Mainland mobile (11 digits from 1) or landline with optional area code and extension. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, {
    message: 'must be a mainland mobile number or a landline such as 010-12345678',
  });

/** The name of an institution, person or authority, under the text rule for names. */
export const nameSchema = nameText(200);
