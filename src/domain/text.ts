import { z } from 'zod';

/**
 * The one rule for text that comes from outside — GraphQL inputs and plugin records alike — and
 * is stored and shown to regulators and sometimes the public. Such text must not hide anything
 * or disguise itself:
 *
 * - it is normalised to NFC, so the same name is stored the same way however it was typed;
 * - no control characters (C0, DEL, C1), except tab and line breaks in free text;
 * - no bidirectional controls (embeddings, overrides, isolates, marks), which can make
 *   `医院‮gpj.exe` display as `医院exe.jpg`;
 * - not made only of blanks and invisible characters (zero-width spaces pass a plain
 *   "must not be blank" check);
 * - single-line fields refuse line breaks (CR, LF, U+2028, U+2029) and tabs;
 * - names (of institutions, people, authorities) also refuse invisible characters inside them
 *   and symbols such as emoji: letters, marks, digits, spaces and punctuation only.
 *
 * Free text (findings, facts, notes) may hold emoji and the joiners they are written with.
 */

/** Characters PostgreSQL cannot store in text: NUL, and UTF-16 halves that encode nothing. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL_EXCEPT_TAB_AND_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK_OR_TAB = /[\t\r\n\u2028\u2029]/;
const INVISIBLE_ONLY = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;
const NOT_IN_A_NAME = /[\p{Default_Ignorable_Code_Point}\p{S}\p{Extended_Pictographic}]/u;

/** True when PostgreSQL could not store `value` as text. */
export function hasUnstorableCharacters(value: string): boolean {
  return UNSTORABLE.test(value);
}

export type TextKind = 'free' | 'singleLine' | 'name';

export interface TextProblem {
  code: 'CONTROL_CHARACTER' | 'BIDI_CONTROL' | 'BLANK' | 'LINE_BREAK' | 'NOT_IN_A_NAME';
  message: string;
}

/** What is wrong with `value` (already NFC) as text of `kind`, or null. */
export function textProblem(value: string, kind: TextKind): TextProblem | null {
  if (UNSTORABLE.test(value) || CONTROL_EXCEPT_TAB_AND_BREAKS.test(value)) return { code: 'CONTROL_CHARACTER', message: 'must not contain control characters' };
  if (BIDI_CONTROL.test(value)) return { code: 'BIDI_CONTROL', message: 'must not contain bidirectional controls' };
  if (INVISIBLE_ONLY.test(value)) return { code: 'BLANK', message: 'must not be blank' };
  if (kind !== 'free' && LINE_BREAK_OR_TAB.test(value)) return { code: 'LINE_BREAK', message: 'must be a single line' };
  if (kind === 'name' && NOT_IN_A_NAME.test(value)) {
    return { code: 'NOT_IN_A_NAME', message: 'a name holds letters, digits, spaces and punctuation only (no emoji, symbols or invisible characters)' };
  }
  return null;
}

/**
 * The part of the rule every string of an input obeys, whatever its field: nothing PostgreSQL
 * cannot store, no control characters but tab and line breaks, no bidirectional controls.
 */
export function hiddenCharacterProblem(value: string): TextProblem | null {
  const problem = textProblem(value, 'free');
  return problem && problem.code !== 'BLANK' ? problem : null;
}

/** NFC, then blanks trimmed from both ends (full-width spaces included). */
export const normaliseText = (value: string) => value.normalize('NFC').trim();

const textSchema = (kind: TextKind, max: number) =>
  z
    .string()
    .transform(normaliseText)
    .superRefine((value, ctx) => {
      const problem = textProblem(value, kind);
      if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { code: problem.code } });
    })
    .pipe(z.string().max(max));

/** An optional text field: absent, null or only blanks (after trimming) is null. */
export const optionalText = (kind: TextKind, max: number) =>
  z
    .string()
    .nullish()
    .transform((value) => (value == null || value.trim() === '' ? null : value))
    .pipe(textSchema(kind, max).nullable());

/** Free text: several lines, emoji allowed. */
export const freeText = (max: number) => textSchema('free', max);
/** One line of text, e.g. a campaign's title or a fee item. */
export const singleLineText = (max: number) => textSchema('singleLine', max);
/** The name of an institution, person or authority. */
export const nameText = (max: number) => textSchema('name', max);
