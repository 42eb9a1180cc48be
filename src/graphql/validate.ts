import { decodeGlobalID } from '@pothos/plugin-relay';
import type { z } from 'zod';
import { InvalidInputError, type FieldIssue } from './errors.js';

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

/** Parses a mutation input with zod, turning every issue into a FieldIssue that names its field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = 'input'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new InvalidInputError(fieldIssues(result.error, prefix));
}

/**
 * Parses like `parseInput`, but adds the format issues to `issues` instead of throwing, so that
 * the checks against the database (a region that exists, a number not yet taken) run too and
 * every bad field is reported at once. Returns null when any field is malformed.
 */
export function collectInput<S extends z.ZodType>(schema: S, input: unknown, issues: IssueList): z.output<S> | null {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of fieldIssues(result.error, 'input')) issues.issues.push(issue);
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
  try {
    const { typename, id } = decodeGlobalID(globalId);
    if (typenames.includes(typename) && /^\d{1,18}$/.test(id)) return { typename, id };
  } catch {
    // reported below
  }
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
