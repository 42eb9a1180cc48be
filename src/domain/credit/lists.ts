import { addMonths } from '../scoring/dates.js';

/**
 * 信用修复: an entry can be repaired only after it has stood this long (for the black list, the
 * minimum publication period of a serious case); revocation has no such wait.
 */
export const MINIMUM_MONTHS_BEFORE_REPAIR = { BLACK: 12, KEY_WATCH: 3, RED: 0 } as const;

/**
 * The first day credit repair may end an entry: after the minimum period, but never after the
 * entry's own last day — an entry whose term is shorter can be repaired on its last day at the latest.
 */
export function earliestRepairOn(entry: { list: string; decided_on: string; expires_on: string | null }): string {
  const afterMinimum = addMonths(entry.decided_on, MINIMUM_MONTHS_BEFORE_REPAIR[entry.list as keyof typeof MINIMUM_MONTHS_BEFORE_REPAIR] ?? 0);
  return entry.expires_on && entry.expires_on < afterMinimum ? entry.expires_on : afterMinimum;
}
