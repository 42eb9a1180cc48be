import { BadRecordError, CASE_KINDS, normalize, type CaseKind, type CaseStatus, type UnlicensedPracticeCaseRecord } from '../../src/plugin-sdk/index.js';
import { ZHEJIANG_COLUMNS, type ZhejiangColumn } from './decode.js';

const KINDS = new Map(Object.entries(CASE_KINDS).map(([kind, words]) => [words as string, kind as CaseKind]));
/** The file's words, which are not the hub's display names (撤销, not 已撤销). */
const STATUSES = new Map<string, CaseStatus>([
  ['办理中', 'OPEN'],
  ['结案', 'CLOSED'],
  ['撤销', 'REVOKED'],
]);
const SEXES = new Map([
  ['男', 'MALE'],
  ['女', 'FEMALE'],
] as const);
const YES_NO = new Map([
  ['是', true],
  ['否', false],
]);

/** The row's fields, or why there is no row to read. */
function rowOf(raw: unknown): Record<ZhejiangColumn, string> {
  if (typeof raw !== 'object' || raw === null) throw new BadRecordError('not a row of the Zhejiang export');
  const { file, record, row, unreadable } = raw as Partial<{ file: string; record: number; row: unknown; unreadable: string }>;
  const where = `${file ?? '?'} record ${record ?? '?'}`;
  if (typeof unreadable === 'string') throw new BadRecordError(`${where}: ${unreadable}`);
  if (typeof row !== 'object' || row === null) throw new BadRecordError(`${where}: no fields`);
  for (const column of ZHEJIANG_COLUMNS) {
    const value = (row as Record<string, unknown>)[column];
    if (typeof value !== 'string') throw new BadRecordError(`${where}: ${column} is missing`);
    // U+FFFD only comes from bytes that are not valid in the file's encoding: the value is lost.
    if (value.includes('\uFFFD')) throw new BadRecordError(`${where}: ${column} holds bytes that are not valid characters`);
  }
  return row as Record<ZhejiangColumn, string>;
}

function fromVocabulary<T>(vocabulary: Map<string, T>, value: string, column: ZhejiangColumn): T {
  const text = normalize.requiredText(value, column);
  const mapped = vocabulary.get(text);
  if (mapped === undefined) throw new BadRecordError(`${column} ${JSON.stringify(text)} is not one of ${[...vocabulary.keys()].join('、')}`);
  return mapped;
}

function required<T>(value: T | null, column: ZhejiangColumn): T {
  if (value === null) throw new BadRecordError(`${column} is missing`);
  return value;
}

function regionCode(value: string): string {
  const text = required(normalize.code(value), '行政区划');
  if (!/^\d{6}$/.test(text)) throw new BadRecordError(`行政区划 ${JSON.stringify(text)} is not a six-digit code`);
  return text;
}

/** 身份证号 is a resident ID by its column; a row without a number names no document at all. */
function residentId(value: string): Pick<UnlicensedPracticeCaseRecord, 'documentType' | 'documentNumber' | 'documentNumberMasked'> {
  const id = normalize.residentIdNumber(value, '身份证号');
  if (id.kind === 'ABSENT') return { documentType: null, documentNumber: null, documentNumberMasked: false };
  return { documentType: 'RESIDENT_ID', documentNumber: id.number, documentNumberMasked: id.kind === 'MASKED' };
}

/** One row of a day's file as a case record; BadRecordError, naming the column, when it cannot be read. */
export function parseZhejiangCase(raw: unknown): UnlicensedPracticeCaseRecord {
  const row = rowOf(raw);
  const sex = normalize.cleanText(row['性别']);
  return {
    caseNumber: normalize.requiredText(row['案件编号'], '案件编号'),
    personName: normalize.cleanText(row['姓名']),
    sex: sex === null ? 'UNKNOWN' : fromVocabulary(SEXES, sex, '性别'),
    ...residentId(row['身份证号']),
    regionCode: regionCode(row['行政区划']),
    place: normalize.cleanText(row['违法地点']),
    kind: normalize.cleanText(row['违法类型']) === null ? null : fromVocabulary(KINDS, row['违法类型'], '违法类型'),
    openedOn: normalize.chineseDate(row['立案日期'], '立案日期'),
    decidedOn: normalize.chineseDate(row['处罚决定日期'], '处罚决定日期'),
    decisionNumber: normalize.cleanText(row['处罚文号']),
    content: normalize.cleanText(row['处罚内容']),
    fineYuan: normalize.yuan(row['罚款金额(元)'], '罚款金额(元)'),
    // The export has no column for confiscated income.
    confiscatedYuan: null,
    transferredToPolice: fromVocabulary(YES_NO, row['移送公安'], '移送公安'),
    status: fromVocabulary(STATUSES, row['案件状态'], '案件状态'),
    sourceUpdatedAt: normalize.beijingTimestamp(row['更新时间'], '更新时间'),
  };
}
