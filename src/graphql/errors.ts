import { builder } from './builder.js';

/**
 * Expected outcomes of a mutation are typed members of its result union; only technical
 * failures become GraphQL `errors` (and are masked).
 */
export interface FieldIssue {
  /** Path of the offending input field, e.g. `input.uscc`. */
  field: string;
  /** Machine-readable reason, e.g. `CHECK_CHARACTER`, `NOT_FOUND`, `ALREADY_EXISTS`. */
  code: string;
  message: string;
}

export class InvalidInputError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.name = 'InvalidInputError';
  }
}

export class VersionConflictError extends Error {
  constructor(
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(`The record changed since it was read: you sent version ${expectedVersion}, it is now at version ${currentVersion}`);
    this.name = 'VersionConflictError';
  }
}

export class NotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No record with id ${id}`);
    this.name = 'NotFoundError';
  }
}

const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'Common shape of every expected failure returned in a mutation result.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One thing wrong with an input field.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Path of the field, e.g. `input.uscc`.' }),
    code: t.exposeString('code', { description: 'Reason, e.g. `CHECK_CHARACTER`, `NOT_FOUND`, `ALREADY_EXISTS`.' }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  description: 'The input was rejected; nothing was written. Each issue names its field.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ issues: t.field({ type: [FieldIssueRef], resolve: (e) => e.issues }) }),
});

builder.objectType(VersionConflictError, {
  name: 'VersionConflictError',
  description: 'Someone else changed the record after you read it; nothing was written. Re-read and retry.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    expectedVersion: t.exposeInt('expectedVersion'),
    currentVersion: t.exposeInt('currentVersion'),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The record to change does not exist (or is outside what you may see).',
  interfaces: [ErrorInterface],
  fields: (t) => ({ id: t.exposeID('id') }),
});

/** Error types every write mutation can answer with. */
export const WRITE_ERRORS = [InvalidInputError];
export const UPDATE_ERRORS = [InvalidInputError, VersionConflictError, NotFoundError];
