import type { z } from 'zod';
import { InvalidInputError, type FieldIssue } from './errors.js';
import { decodeGlobalId } from './global-id.js';
import { hiddenCharacterProblem } from '../domain/text.js';

/** zod's own issue codes, in the vocabulary of FieldIssue.code. */
const ZOD_CODES: Record<string, string> = {
  invalid_format: 'FORMAT',
  invalid_type: 'INVALID_TYPE',
  invalid_value: 'INVALID_VALUE',
  too_small: 'TOO_SMALL',
  too_big: 'TOO_BIG',
};

function fieldIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].join('.'),
    code: (issue as { params?: { code?: string } }).params?.code ?? ZOD_CODES[issue.code] ?? issue.code.toUpperCase(),
    message: issue.message,
  }));
}


/**
 * Every string of an input, whatever its field, in NFC and free of what the text rule forbids
 * everywhere (control and bidirectional characters); each offending string becomes an issue.
 */
function cleanStrings(value: unknown, path: string[], issues: FieldIssue[]): unknown {
  if (typeof value === 'string') {
    const normalised = value.normalize('NFC');
    const problem = hiddenCharacterProblem(normalised);
    if (problem) issues.push({ field: path.join('.'), code: problem.code, message: problem.message });
    return normalised;
  }
  if (Array.isArray(value)) return value.map((item, i) => cleanStrings(item, [...path, String(i)], issues));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanStrings(item, [...path, key], issues)]));
  }
  return value;
}

/**
 * Parses a mutation input with zod, turning every issue into a FieldIssue that names its field.
 * The text rule's common part is applied to every string first (see src/domain/text.ts); each
 * field's schema adds what its kind of text needs.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = 'input'): z.output<S> {
  const textIssues: FieldIssue[] = [];
  const cleaned = cleanStrings(input, [prefix], textIssues);
  if (textIssues.length > 0) throw new InvalidInputError(textIssues);
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new InvalidInputError(fieldIssues(result.error, prefix));
}

/**
 * Parses like `parseInput`, but adds the format issues to `issues` instead of throwing, so that
 * the checks against the database (a region that exists, a number not yet taken) run too and
 * every bad field is reported at once. Returns null when any field is malformed.
 */
export function collectInput<S extends z.ZodType>(schema: S, input: unknown, issues: IssueList): z.output<S> | null {
  const textIssues: FieldIssue[] = [];
  const cleaned = cleanStrings(input, ['input'], textIssues);
  issues.issues.push(...textIssues);
  const result = schema.safeParse(cleaned);
  if (result.success && textIssues.length === 0) return result.data;
  // A field the text rule already refused is not reported twice.
  if (!result.success) for (const issue of fieldIssues(result.error, 'input')) if (!textIssues.some((t) => t.field === issue.field)) issues.issues.push(issue);
  return null;
}

/** Collects issues found while checking an input against the database, then throws them at once. */
export class IssueList {
  readonly issues: FieldIssue[] = [];

  add(field: string, code: string, message: string): void {
    this.issues.push({ field: `input.${field}`, code, message });
  }

  /** True when `field` (relative to the input) already has an issue: no point checking it further. */
  has(field: string): boolean {
    return this.issues.some((issue) => issue.field === `input.${field}`);
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new InvalidInputError(this.issues);
  }
}

/** The database id behind a global id of one of `typenames`, or null (with an issue) otherwise. */
export function localId(globalId: string, typenames: readonly string[], field: string, issues: IssueList) {
  const decoded = decodeGlobalId(globalId);
  if (decoded && typenames.includes(decoded.typename)) return decoded;
  issues.add(field, 'INVALID_ID', `${field} must be the id of a ${typenames.join(' or ')}`);
  return null;
}

/**
 * A catch handler for a write: a unique-constraint violation (a race the pre-checks lost) becomes
 * the typed issue its constraint stands for; anything else is rethrown.
 */
export function onUniqueViolation(issues: Record<string, FieldIssue>) {
  return (error: unknown): never => {
    const e = error as { code?: string; constraint?: string };
    const issue = e?.code === '23505' && e.constraint ? issues[e.constraint] : undefined;
    if (issue) throw new InvalidInputError([issue]);
    throw error;
  };
}
