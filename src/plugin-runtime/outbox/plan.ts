import type { CreditRecord, CreditRecordKind, CreditWithdrawal, DeliveryResult, ReconcileResult } from '../../plugin-sdk/index.js';
import { withdrawalKey, type Desired } from './derive.js';
import { unchangedState, type InDoubt, type StateChange, type StateRow } from './state.js';

export type Action =
  | { type: 'SETTLE'; change: StateChange }
  | { type: 'SEND'; kind: CreditRecordKind; doubt: InDoubt };

/**
 * What to do for one pending record, given what the platform holds (as far as the hub knows)
 * and what it should hold. Order per record: its content first; a withdrawal only once the
 * platform holds the record, so a withdrawal never overtakes the record it withdraws. Content
 * the platform already holds is not sent again, nor content it rejected (until retried), nor a
 * decision that is not disclosed.
 */
export function planFor(row: StateRow, desired: Desired): Action {
  const settle = (patch: Partial<StateChange>): Action => ({ type: 'SETTLE', change: { ...unchangedState(row), ...patch } });
  if (row.delivered_withdrawal) return settle({ status: 'WITHDRAWN', held_reason: null });
  // Nothing of it on the platform, and nothing to put there until a regulator publishes it. (A
  // record the platform already holds stays maintained: its updates and withdrawal still go.)
  if (desired.notDisclosed && !row.delivered_hash) return settle({ status: 'NOT_DISCLOSED', held_reason: null });
  if (!desired.mapped.ok) return settle({ status: 'HELD', held_reason: desired.mapped.reason });
  const hash = desired.hash!;
  if (hash !== row.delivered_hash && hash !== row.rejected_hash) {
    const record: CreditRecord = { kind: row.kind, id: row.record_id, fields: desired.mapped.fields };
    return { type: 'SEND', kind: row.kind, doubt: { op: 'UPSERT', seq: row.change_seq, hash, record, withdrawalWanted: desired.withdrawal !== null } };
  }
  const wanted = withdrawalKey(desired.withdrawal);
  if (wanted && row.delivered_hash && wanted !== row.rejected_withdrawal) {
    const withdrawal: CreditWithdrawal = { kind: row.kind, id: row.record_id, ...desired.withdrawal! };
    return { type: 'SEND', kind: row.kind, doubt: { op: 'WITHDRAW', seq: row.change_seq, withdrawal } };
  }
  if (hash === row.rejected_hash || (wanted && wanted === row.rejected_withdrawal)) return settle({ status: 'REJECTED', held_reason: null });
  // Nothing to send: the platform holds this content already.
  return settle({ held_reason: null, status: row.status === 'UPDATED' ? 'UPDATED' : row.delivered_hash ? 'ACCEPTED' : row.status });
}

/** The record's state after the platform answered for it. */
export function afterAnswer(row: StateRow, doubt: InDoubt, result: DeliveryResult): StateChange {
  const base: StateChange = { ...unchangedState(row), seen_seq: doubt.seq, held_reason: null, last_error: null };
  if (doubt.op === 'UPSERT') {
    if (result.outcome === 'REJECTED') return { ...base, status: 'REJECTED', rejected_hash: doubt.hash, rejection_errors: result.errors };
    // DUPLICATE: the platform held this content already (an answer lost before): delivered all the same.
    const status = result.outcome === 'UPDATED' || (result.outcome === 'DUPLICATE' && row.delivered_hash !== null) ? 'UPDATED' : 'ACCEPTED';
    return { ...base, status, delivered_hash: doubt.hash, rejected_hash: null, rejection_errors: null, delivered: true, more: doubt.withdrawalWanted };
  }
  const key = withdrawalKey(doubt.withdrawal)!;
  if (result.outcome === 'REJECTED') return { ...base, status: 'REJECTED', rejected_withdrawal: key, rejection_errors: result.errors };
  return { ...base, status: 'WITHDRAWN', delivered_withdrawal: key, rejected_withdrawal: null, rejection_errors: null, delivered: true };
}

/**
 * The record's state once the platform has been asked about a send whose answer never came:
 * stored as sent means delivered; anything else means not delivered, and it goes again.
 */
export function afterReconcile(row: StateRow, doubt: InDoubt, found: ReconcileResult): StateChange {
  const stored = doubt.op === 'UPSERT' ? found.present && found.sameContent : found.present && found.withdrawn !== null;
  if (stored) return afterAnswer(row, doubt, { id: row.record_id, outcome: doubt.op === 'UPSERT' ? 'DUPLICATE' : 'WITHDRAWN' });
  return { ...unchangedState(row), seen_seq: doubt.seq, more: true, status: 'PENDING', last_error: 'the platform did not store the last send; it goes again' };
}
