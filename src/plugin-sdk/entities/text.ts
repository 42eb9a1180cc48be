import { z } from 'zod';

/**
 * Text from outside is shown to regulators and sometimes the public, so it must not hide
 * anything: no NUL or other control characters, no bidirectional overrides, not only invisible
 * characters. Single-line fields also refuse line breaks.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const INVISIBLE_ONLY = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

const base = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters')
    .refine((s) => !BIDI.test(s), 'must not contain bidirectional overrides')
    .refine((s) => !INVISIBLE_ONLY.test(s), 'must not be blank');

export const singleLineText = (max: number) => base(max).refine((s) => !/[\r\n\u2028\u2029]/.test(s), 'must be a single line');
export const freeText = (max: number) => base(max);
