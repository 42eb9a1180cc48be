import { z } from 'zod';
import type { PenaltyCategory } from '../catalog.js';
import { addDays, addMonths } from '../scoring/dates.js';
import { versionInForce } from '../scoring/status.js';

const SEVERITY = z.enum(['MINOR', 'GENERAL', 'SERIOUS']);
export type Severity = z.infer<typeof SEVERITY>;
const RANK: Record<Severity, number> = { MINOR: 0, GENERAL: 1, SERIOUS: 2 };
const period = z.object({
  minimumMonths: z.number().int().min(0),
  maximumMonths: z.number().int().min(1),
  // false: not published unless a regulator chooses to (2026 rule, minor cases); never overdue.
  publishedByDefault: z.boolean().default(true),
});

export const publicationRules = z.object({
  source: z.string(),
  rules: z.array(z.object({ code: z.string(), effectiveFrom: z.string(), periods: z.object({ MINOR: period, GENERAL: period, SERIOUS: period }) })).min(1),
  categoryFloors: z.record(z.string(), SEVERITY),
});
export type PublicationRules = z.infer<typeof publicationRules>;

export interface PublicationPeriod {
  ruleCode: string;
  severity: Severity;
  /** Last day the record is public (inclusive). */
  publicUntil: string;
  /** First day credit repair (信用修复) may end publication early. */
  earliestRepairOn: string;
  /** Whether the decision must be published (with a deadline) or only may be. */
  publishedByDefault: boolean;
}

/**
 * The publication period of a penalty decision: the rule in force on the decision date, at the
 * severity of the decision or of its most serious category — several categories in one decision
 * take the longest period. Both ends count from the decision date, as the credit-repair rules do,
 * never from the day of publication: publishing late does not lengthen the period.
 */
export function penaltyPublicationPeriod(rules: PublicationRules, decision: { decidedOn: string; severity: Severity; categories: readonly PenaltyCategory[] }): PublicationPeriod {
  const rule = versionInForce(rules.rules.map((r, i) => ({ ...r, version: i })), decision.decidedOn);
  if (!rule) throw new Error(`no publication rule in force on ${decision.decidedOn}`);
  const severity = [decision.severity, ...decision.categories.map((c) => rules.categoryFloors[c] ?? 'MINOR')].reduce<Severity>(
    (worst, s) => (RANK[s] > RANK[worst] ? s : worst),
    'MINOR',
  );
  const { minimumMonths, maximumMonths, publishedByDefault } = rule.periods[severity];
  return {
    ruleCode: rule.code,
    severity,
    publicUntil: addDays(addMonths(decision.decidedOn, maximumMonths), -1),
    earliestRepairOn: addMonths(decision.decidedOn, minimumMonths),
    publishedByDefault,
  };
}
