import { usccProblem } from '../identifiers/uscc.js';

/** A hub decision as the platform's fields, or why it cannot be (it is then held, not sent). */
export type Mapped = { ok: true; fields: Record<string, string> } | { ok: false; reason: string };

/**
 * The platform rejects a record with an empty required field or a USCC failing its check: such
 * a record is held with the reason, where an administrator can see it and correct the data.
 */
export function missingData(checks: [problem: boolean, reason: string][]): string | null {
  const reasons = checks.filter(([problem]) => problem).map(([, reason]) => reason);
  return reasons.length ? reasons.join('; ') : null;
}

export const blank = (value: string | null | undefined) => value === null || value === undefined || value.trim() === '';

/** True when `code` is missing or is not a valid 统一社会信用代码. */
export const badUscc = (code: string | null | undefined) => blank(code) || usccProblem(code!) !== null;

/** 有效期至 when a decision has no end, as the contract writes it. */
export const NO_END = '2099-12-31';
