import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { actorOf } from '../auth/viewer.js';
import { freeText } from '../domain/text.js';
import { builder } from './builder.js';
import type { IssueList } from './validate.js';

/**
 * 校验位越权确认: an identifier whose check fails although the issuing system really issued it is
 * accepted only with an explicit override and a reason (DOMAIN.md, 标识符), never silently. One
 * input, one rule and one view of it, shared by every record that carries such an identifier.
 */
export const ChecksumOverrideInput = builder.inputType('ChecksumOverrideInput', {
  description: 'Accept an identifier whose check character fails, because the issuing system really issued it. Regulators of the record’s jurisdiction only; audited.',
  fields: (t) => ({ reason: t.string({ required: true, description: 'How it was confirmed that the code was really issued, e.g. 经登记管理机关书面核实.' }) }),
});

export const checksumOverrideSchema = z.object({ reason: freeText(2000) }).nullish();

/** A failed check of an identifier: the issue it is reported as when not overridden. */
export interface ChecksumFailure {
  code: string;
  message: string;
}

/**
 * Whether `failure` is set aside: only with an override. Without one the failure is reported on
 * `field` as always; an override where nothing fails is refused, so none is recorded without cause.
 */
export function overridesChecksum(failure: ChecksumFailure | null, override: unknown, field: string, issues: IssueList): boolean {
  if (failure && !override) issues.add(field, failure.code, failure.message);
  if (!failure && override) issues.add('checksumOverride', 'OVERRIDE_NOT_NEEDED', `the ${field} passes its check: there is nothing to override`);
  return Boolean(failure && override);
}

/** The columns that keep an override on its record (all null without one). */
export function overrideColumns(viewer: Viewer, override: { reason: string } | null | undefined, used: boolean) {
  return used && override
    ? { identifier_override_reason: override.reason, identifier_overridden_by: actorOf(viewer), identifier_overridden_at: new Date() }
    : { identifier_override_reason: null, identifier_overridden_by: null, identifier_overridden_at: null };
}

/** The columns an override is kept in, on every record that can carry one. */
export const OVERRIDE_COLUMNS = ['identifier_override_reason', 'identifier_overridden_by', 'identifier_overridden_at'];

interface OverrideColumns {
  identifier_override_reason: string | null;
  identifier_overridden_by: string | null;
  identifier_overridden_at: Date | null;
}

export const IdentifierOverride = builder.objectRef<OverrideColumns>('IdentifierOverride').implement({
  description: '校验位越权确认: the record’s identifier fails its check, and a regulator accepted it as really issued.',
  fields: (t) => ({
    reason: t.string({ resolve: (r) => r.identifier_override_reason! }),
    by: t.string({ resolve: (r) => r.identifier_overridden_by! }),
    at: t.field({ type: 'DateTime', resolve: (r) => r.identifier_overridden_at! }),
  }),
});

/** The record's override, or null when its identifier passed its check. */
export const identifierOverrideOf = (row: OverrideColumns) => (row.identifier_override_reason ? row : null);
