import { BadRecordError, normalize, type CaseKind, type CaseStatus, type DocumentType, type UnlicensedPracticeCaseRecord } from '../../src/plugin-sdk/index.js';

/** The interface's code lists (contract: registry-jiangsu.md, "A case record"). */
const DOCUMENT_TYPES: Record<string, DocumentType> = { '01': 'RESIDENT_ID', '02': 'PASSPORT', '03': 'HK_MACAO_PERMIT', '04': 'TAIWAN_PERMIT', '99': 'OTHER' };
const SEXES: Record<string, UnlicensedPracticeCaseRecord['sex']> = { '1': 'MALE', '2': 'FEMALE', '9': 'UNKNOWN' };
const CASE_KINDS: Record<string, CaseKind> = {
  '01': 'UNLICENSED_PRACTICE',
  '02': 'NON_PHYSICIAN_PRACTICE',
  '03': 'BEYOND_SCOPE',
  '04': 'ILLEGAL_BLOOD_COLLECTION',
  '05': 'ILLEGAL_COSMETIC_MEDICINE',
};
const STATUSES: Record<string, CaseStatus> = { 办理中: 'OPEN', 结案: 'CLOSED', 已撤销: 'REVOKED' };
const POLICE_TRANSFER: Record<string, boolean> = { '1': true, '0': false };

type RawCase = Record<string, unknown>;

/**
 * One listed entry as an unlicensed-practice case. A missing key, region, status or update time
 * makes the record unreadable (the case could not be filed, scoped or ordered); a missing name,
 * kind or opening date is kept as unknown. A code outside the interface's lists is unreadable,
 * since guessing would misfile the case.
 */
export function parseCase(raw: unknown): UnlicensedPracticeCaseRecord {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new BadRecordError(`record is not an object: ${JSON.stringify(raw)?.slice(0, 80)}`);
  const record = raw as RawCase;
  const caseNumber = field(record, 'ajbh', (v) => normalize.requiredText(v, 'ajbh'));
  const documentType = listed(record, 'zjlx', DOCUMENT_TYPES);
  const document = documentNumber(record, documentType);
  return {
    caseNumber,
    personName: field(record, 'dsrxm', normalize.cleanText),
    // 9 means the registry does not know; a missing xb says no more than that.
    sex: listed(record, 'xb', SEXES) ?? 'UNKNOWN',
    documentType,
    documentNumber: document.number,
    documentNumberMasked: document.masked,
    regionCode: field(record, 'xzqh', regionCode),
    place: field(record, 'wfdd', normalize.cleanText),
    kind: listed(record, 'wflx', CASE_KINDS),
    openedOn: field(record, 'ladate', (v) => normalize.chineseDate(v, 'ladate')),
    decidedOn: field(record, 'cfjdrq', (v) => normalize.chineseDate(v, 'cfjdrq')),
    decisionNumber: field(record, 'cfwh', normalize.cleanText),
    content: field(record, 'cfnr', normalize.cleanText),
    fineYuan: field(record, 'fkje', (v) => normalize.yuan(v, 'fkje')),
    confiscatedYuan: field(record, 'mswfsd', (v) => normalize.yuan(v, 'mswfsd')),
    // Only "1" records a transfer to the police; a case without the flag has none on record.
    transferredToPolice: listed(record, 'yjga', POLICE_TRANSFER) ?? false,
    status: required(listed(record, 'ajzt', STATUSES, normalize.cleanText), 'ajzt'),
    sourceUpdatedAt: field(record, 'gxsj', (v) => normalize.beijingTimestamp(v, 'gxsj')),
  };
}

/** Reads one field; an error from a normaliser that does not say which field gets its name. */
function field<T>(record: RawCase, name: string, read: (value: unknown) => T): T {
  try {
    return read(record[name]);
  } catch (error) {
    if (error instanceof BadRecordError && !error.message.startsWith(name)) throw new BadRecordError(`${name}: ${error.message}`);
    throw error;
  }
}

function required<T>(value: T | null, name: string): T {
  if (value === null) throw new BadRecordError(`${name} is missing`);
  return value;
}

/** A code from one of the interface's lists (half- or full-width digits); null when absent. */
function listed<T>(record: RawCase, name: string, list: Record<string, T>, read: (value: unknown) => string | null = normalize.code): T | null {
  const code = field(record, name, read);
  if (code === null) return null;
  if (!Object.hasOwn(list, code)) throw new BadRecordError(`${name}: unknown code ${JSON.stringify(code)}`);
  return list[code]!;
}

function regionCode(value: unknown): string {
  const code = normalize.code(value);
  if (code === null) throw new BadRecordError('xzqh is missing');
  if (!/^\d{6}$/.test(code)) throw new BadRecordError(`xzqh is not a six-digit region code: ${JSON.stringify(code)}`);
  return code;
}

/**
 * A 居民身份证 number is normalised (half-width, upper-case X, 15 digits upgraded, checked) since
 * matching across registries depends on one spelling; other documents have no common format and
 * are kept as written, trimmed and half-width. A `*` anywhere means the number was masked.
 */
function documentNumber(record: RawCase, type: DocumentType | null): { number: string | null; masked: boolean } {
  if (type === 'RESIDENT_ID') {
    const read = field(record, 'zjhm', (v) => normalize.residentIdNumber(v, 'zjhm'));
    return read.kind === 'ABSENT' ? { number: null, masked: false } : { number: read.number, masked: read.kind === 'MASKED' };
  }
  const text = field(record, 'zjhm', normalize.cleanText);
  const number = text === null ? null : normalize.cleanText(normalize.halfWidth(text));
  return { number, masked: number !== null && number.includes('*') };
}

