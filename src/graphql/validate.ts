import type { z } from 'zod';
import { InvalidInputError, NotFoundError, type FieldIssue } from './errors.js';
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
 * Parses an input that nothing in the database is checked against, throwing every format issue
 * at once. The text rule's common part is applied to every string first (see src/domain/text.ts);
 * each field's schema adds what its kind of text needs. An input with references to check is read
 * with `collectInput` instead, so format and reference issues are reported together.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = 'input'): z.output<S> {
  const issues = new IssueList(prefix);
  const parsed = collectInput(schema, input, issues);
  issues.throwIfAny();
  return parsed!;
}

/**
 * Parses like `parseInput`, but adds the format issues to `issues` instead of throwing, so that
 * the checks against the database (a region that exists, a number not yet taken) run too and
 * every bad field is reported at once. Returns null when any field is malformed; the checks then
 * read the fields that are well-formed from `wellFormedFields`.
 */
export function collectInput<S extends z.ZodType>(schema: S, input: unknown, issues: IssueList): z.output<S> | null {
  const textIssues: FieldIssue[] = [];
  const cleaned = cleanStrings(input, [issues.prefix], textIssues);
  issues.issues.push(...textIssues);
  const result = schema.safeParse(cleaned);
  if (result.success && textIssues.length === 0) return result.data;
  // A field the text rule already refused is not reported twice.
  if (!result.success) for (const issue of fieldIssues(result.error, issues.prefix)) if (!textIssues.some((t) => t.field === issue.field)) issues.issues.push(issue);
  return null;
}

/** The object schema under a schema's transforms, whose fields can be parsed one by one. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  const def = (schema as { def?: { type?: string; in?: z.ZodType; shape?: Record<string, z.ZodType> } }).def;
  if (def?.type === 'pipe' && def.in) return objectShape(def.in);
  return def?.type === 'object' && def.shape ? def.shape : {};
}

/**
 * The fields of a malformed input that are well-formed on their own, parsed: after
 * `collectInput` returned null, the reference checks read these, so a bad date does not hide an
 * unknown region. A field with any issue of its own (or inside it) is left out; checks across
 * fields (a period in order) are not made here.
 */
export function wellFormedFields<S extends z.ZodType>(schema: S, input: unknown, issues: IssueList): Partial<z.output<S>> {
  const cleaned = cleanStrings(input, [issues.prefix], []) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(objectShape(schema))) {
    if (issues.hasWithin(key)) continue;
    const result = fieldSchema.safeParse(cleaned?.[key]);
    if (result.success) fields[key] = result.data;
  }
  return fields as Partial<z.output<S>>;
}

/** Collects issues found while checking an input against the database, then throws them at once. */
export class IssueList {
  readonly issues: FieldIssue[] = [];

  /** `prefix`: the argument the fields are paths in, `input` unless told. */
  constructor(readonly prefix = 'input') {}

  add(field: string, code: string, message: string): void {
    this.issues.push({ field: `${this.prefix}.${field}`, code, message });
  }

  /** True when `field` (relative to the input) already has an issue: no point checking it further. */
  has(field: string): boolean {
    return this.issues.some((issue) => issue.field === `${this.prefix}.${field}`);
  }

  /** True when `field` or anything inside it (an item of a list) has an issue. */
  hasWithin(field: string): boolean {
    const path = `${this.prefix}.${field}`;
    return this.issues.some((issue) => issue.field === path || issue.field.startsWith(`${path}.`));
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new InvalidInputError(this.issues);
  }

  /** The record to change is missing: what is wrong with the input is reported first, as with `updateVersioned`. */
  throwNotFound(globalId: string): never {
    this.throwIfAny();
    throw new NotFoundError(globalId);
  }
}

/**
 * The database id behind a global id of one of `typenames`, or null (with an issue) otherwise;
 * null without an issue when no id was sent, or when the field has an issue already (the text
 * rule's): a field is reported once.
 */
export function localId(globalId: string | null | undefined, typenames: readonly string[], field: string, issues: IssueList) {
  if (globalId == null || issues.has(field)) return null;
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
