import type { RecordKind } from './fields.js';
import { CODES } from './responses.js';
import type { RecordStore, StoreOutcome } from './store.js';
import { idNumbersOutsideIdField, isPlainObject, validateRecord, validateWithdrawal, type FieldError } from './validate.js';

export const MAX_BATCH_SIZE = 500;

export type ItemStatus = StoreOutcome | 'WITHDRAWN' | 'REJECTED';
/** One entry of `data.results`, in the order of the batch; `errors` only on REJECTED. */
export interface ItemResult {
  ID: string;
  status: ItemStatus;
  errors?: FieldError[];
}

export type Operation = 'records' | 'withdrawals';
/** A data error a test imposes on top of the contract's rules: true for a generic one, or the errors to report. */
export type ImposedRejection = (item: Record<string, unknown>, context: { kind: RecordKind; operation: Operation }) => boolean | FieldError | FieldError[];
export const IMPOSED_ERROR: FieldError = { field: 'ID', message: '数据不符合平台校验规则' };

export interface PersonalDataFinding {
  kind: RecordKind;
  ID: string;
  /** Fields other than `*_ZJHM` that hold a resident ID number, which the platform would publish unmasked. */
  fields: string[];
}

export interface Platform {
  store: RecordStore;
  imposed: () => ImposedRejection | undefined;
  personalDataFindings: PersonalDataFinding[];
}

export type ParsedBatch = { ok: true; batchNo: string; items: unknown[] } | { ok: false; status: 400 | 413; code: string; message: string };

/**
 * The batch envelope. Anything but strict UTF-8 JSON of the contract's shape is a 400 for the
 * whole request (the contract's table has no row for it; a caller should treat it as its own bug).
 */
export function parseBatch(body: Buffer, operation: Operation): ParsedBatch {
  const listName = operation === 'records' ? 'records' : 'items';
  const bad = (message: string): ParsedBatch => ({ ok: false, status: 400, code: CODES.badRequest, message });
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body));
  } catch {
    return bad('请求体不是合法的UTF-8 JSON');
  }
  if (!isPlainObject(parsed)) return bad('请求体须为JSON对象');
  const { batchNo } = parsed;
  const items = parsed[listName];
  if (typeof batchNo !== 'string' || batchNo.trim() === '') return bad('批次号batchNo不能为空');
  if (!Array.isArray(items)) return bad(`${listName}须为数组`);
  if (items.length > MAX_BATCH_SIZE) return { ok: false, status: 413, code: CODES.batchTooLarge, message: `单批次最多${MAX_BATCH_SIZE}条，本批次${items.length}条` };
  return { ok: true, batchNo, items };
}

function idOf(item: unknown): string {
  if (!isPlainObject(item)) return '';
  const { ID: id } = item;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
}

function imposedErrors(platform: Platform, item: unknown, kind: RecordKind, operation: Operation): FieldError[] {
  const imposed = platform.imposed();
  if (!imposed || !isPlainObject(item)) return [];
  const verdict = imposed(item, { kind, operation });
  if (verdict === true) return [IMPOSED_ERROR];
  if (verdict === false) return [];
  return Array.isArray(verdict) ? verdict : [verdict];
}

/**
 * Records one by one, in order: a record sent twice in one batch is judged against the first
 * (DUPLICATE or UPDATED). A rejected record changes nothing and never fails the rest.
 */
export function submitRecords(platform: Platform, kind: RecordKind, items: unknown[]): ItemResult[] {
  return items.map((item): ItemResult => {
    const ID = idOf(item);
    const errors = [...validateRecord(kind, item), ...imposedErrors(platform, item, kind, 'records')];
    if (errors.length || !isPlainObject(item)) return { ID, status: 'REJECTED', errors };
    const status = platform.store.put(kind, ID, item);
    if (status !== 'DUPLICATE') {
      const fields = idNumbersOutsideIdField(kind, item);
      if (fields.length) platform.personalDataFindings.push({ kind, ID, fields });
    }
    return { ID, status };
  });
}

/** Withdrawing an unknown record is a data error; withdrawing a withdrawn one is answered WITHDRAWN again. */
export function withdrawRecords(platform: Platform, kind: RecordKind, items: unknown[]): ItemResult[] {
  return items.map((item): ItemResult => {
    const ID = idOf(item);
    const errors = [...validateWithdrawal(item), ...imposedErrors(platform, item, kind, 'withdrawals')];
    if (errors.length || !isPlainObject(item)) return { ID, status: 'REJECTED', errors };
    if (!platform.store.withdraw(kind, ID, item.reason as string, item.date as string)) {
      return { ID, status: 'REJECTED', errors: [{ field: 'ID', message: '记录不存在，无法撤销' }] };
    }
    return { ID, status: 'WITHDRAWN' };
  });
}
