import { idNumber15To18, idNumberProblem, isRealDate } from './id-number.js';
import { ZHEJIANG_KINDS, ZHEJIANG_SEXES, ZHEJIANG_STATUSES, type ZhejiangKind, type ZhejiangRow, type ZhejiangSex, type ZhejiangStatus } from './row.js';

/** What a correct reader understands from one row of a day's file. */
export interface ZhejiangExpectedCase {
  caseNumber: string;
  personName: string | null;
  /** 18 characters, upper case; a 15-digit number converted; null when the row has none. */
  idNumber: string | null;
  /** The row carried a first-generation (15-digit) number, so idNumber was computed from it. */
  idNumberConverted: boolean;
  /** UNKNOWN when the row leaves 性别 empty; any value but 男 or 女 makes the row unreadable. */
  sex: ZhejiangSex | 'UNKNOWN';
  place: string | null;
  regionCode: string;
  kind: ZhejiangKind | null;
  openedOn: string | null;
  decidedOn: string | null;
  decisionNumber: string | null;
  content: string | null;
  /** Yuan as written, without thousands separators (`1,234.50` → `1234.50`). */
  fineYuan: string | null;
  transferredToPolice: boolean;
  status: ZhejiangStatus;
  /** 更新时间 as ISO 8601 with the Beijing offset. */
  sourceUpdatedAt: string;
}

export type ZhejiangReading =
  | { readable: true; record: ZhejiangExpectedCase }
  | { readable: false; caseNumber: string | null; reason: string };

class UnreadableRow extends Error {}

/** Full-width ASCII forms (０-９, Ｘ …) and the ideographic space as their half-width forms. */
const halfWidth = (value: string) => (!/[\uFF01-\uFF5E\u3000]/.test(value) ? value : value.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' '));

/** Outer whitespace — ASCII, ideographic, no-break — is never part of a value; empty means absent. */
function optionalText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function requiredText(value: string, column: string): string {
  const text = optionalText(value);
  if (text === null) throw new UnreadableRow(`${column} is missing`);
  return text;
}

/** The English name of each Chinese value the contract lists for a column. */
const reverse = <K extends string>(catalogue: Record<K, string>) => new Map((Object.keys(catalogue) as K[]).map((key) => [catalogue[key], key]));
const SEXES = reverse(ZHEJIANG_SEXES);
const KINDS = reverse(ZHEJIANG_KINDS);
const STATUSES = reverse(ZHEJIANG_STATUSES);

function lookup<K extends string>(catalogue: Map<string, K>, value: string, column: string): K {
  const text = requiredText(value, column);
  const key = catalogue.get(text);
  if (key === undefined) throw new UnreadableRow(`${column} ${JSON.stringify(text)} is not one the contract lists`);
  return key;
}

/** The contract's `yyyy/M/d`, as yyyy-MM-dd. */
function contractDate(value: string, column: string): string | null {
  const text = optionalText(value);
  if (text === null) return null;
  const parts = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  const compact = parts ? `${parts[1]}${parts[2]!.padStart(2, '0')}${parts[3]!.padStart(2, '0')}` : '';
  if (!parts || !isRealDate(compact)) throw new UnreadableRow(`${column} ${JSON.stringify(text)} is not a yyyy/M/d date`);
  return `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
}

function beijingTimestamp(value: string, column: string): string {
  const text = requiredText(value, column);
  const parts = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!parts || !isRealDate(`${parts[1]}${parts[2]}${parts[3]}`) || Number(parts[4]) > 23 || Number(parts[5]) > 59 || Number(parts[6]) > 59) {
    throw new UnreadableRow(`${column} ${JSON.stringify(text)} is not yyyy-MM-dd HH:mm:ss`);
  }
  return `${parts[1]}-${parts[2]}-${parts[3]}T${parts[4]}:${parts[5]}:${parts[6]}+08:00`;
}

/** Full-width digits, spaces anywhere, a lowercase x and 15-digit numbers are all ways of writing a valid number. */
function idNumber(value: string): { number: string | null; converted: boolean } {
  const compact = halfWidth(value).replace(/\s+/g, '').toUpperCase();
  if (compact === '') return { number: null, converted: false };
  if (/^\d{15}$/.test(compact)) {
    if (!isRealDate(`19${compact.slice(6, 12)}`)) throw new UnreadableRow(`身份证号 ${JSON.stringify(value)}: the birth date is not a real date`);
    return { number: idNumber15To18(compact), converted: true };
  }
  const problem = idNumberProblem(compact);
  if (problem) throw new UnreadableRow(`身份证号 ${JSON.stringify(value)}: ${problem}`);
  return { number: compact, converted: false };
}

/** Yuan with at most two decimals, thousands separated by commas or not. */
function yuan(value: string, column: string): string | null {
  const text = optionalText(halfWidth(value));
  if (text === null) return null;
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/.test(text)) throw new UnreadableRow(`${column} ${JSON.stringify(text)} is not an amount of yuan`);
  return text.replace(/,/g, '');
}

function regionCode(value: string): string {
  const text = requiredText(halfWidth(value), '行政区划');
  if (!/^\d{6}$/.test(text)) throw new UnreadableRow(`行政区划 ${JSON.stringify(text)} is not a 6-digit code`);
  return text;
}

function yesNo(value: string, column: string): boolean {
  const text = requiredText(value, column);
  if (text !== '是' && text !== '否') throw new UnreadableRow(`${column} ${JSON.stringify(text)} is neither 是 nor 否`);
  return text === '是';
}

/**
 * What a correct client must understand from a row, or why it cannot read it at all. Rows it
 * cannot read are set aside; they never replace a readable version of a case.
 */
export function understandZhejiangRow(row: ZhejiangRow): ZhejiangReading {
  const caseNumber = optionalText(row['案件编号']);
  try {
    if (caseNumber === null) throw new UnreadableRow('案件编号 is missing');
    const id = idNumber(row['身份证号']);
    const record: ZhejiangExpectedCase = {
      caseNumber,
      // A case with no name, kind or opening date is still a case: those stay unknown.
      personName: optionalText(row['姓名']),
      idNumber: id.number,
      idNumberConverted: id.converted,
      sex: optionalText(row['性别']) === null ? 'UNKNOWN' : lookup(SEXES, row['性别'], '性别'),
      place: optionalText(row['违法地点']),
      regionCode: regionCode(row['行政区划']),
      kind: optionalText(row['违法类型']) === null ? null : lookup(KINDS, row['违法类型'], '违法类型'),
      openedOn: contractDate(row['立案日期'], '立案日期'),
      decidedOn: contractDate(row['处罚决定日期'], '处罚决定日期'),
      decisionNumber: optionalText(row['处罚文号']),
      content: optionalText(row['处罚内容']),
      fineYuan: yuan(row['罚款金额(元)'], '罚款金额(元)'),
      transferredToPolice: yesNo(row['移送公安'], '移送公安'),
      status: lookup(STATUSES, row['案件状态'], '案件状态'),
      sourceUpdatedAt: beijingTimestamp(row['更新时间'], '更新时间'),
    };
    return { readable: true, record };
  } catch (error) {
    if (error instanceof UnreadableRow) return { readable: false, caseNumber, reason: error.message };
    throw error;
  }
}

/**
 * The contract's merge rule: per case, the readable row with the latest 更新时间, whichever file
 * it came in and in whatever order the files were listed.
 */
export class LatestCases {
  private readonly latest = new Map<string, { row: ZhejiangRow; updatedAt: string }>();

  /** Takes in one listed file's rows. */
  add(rows: readonly ZhejiangRow[]): void {
    for (const row of rows) {
      const reading = understandZhejiangRow(row);
      if (reading.readable) this.offer(row, reading.record.caseNumber, reading.record.sourceUpdatedAt);
    }
  }

  /** Takes in one readable row, already read. */
  offer(row: ZhejiangRow, caseNumber: string, sourceUpdatedAt: string): void {
    const current = this.latest.get(caseNumber);
    if (!current || sourceUpdatedAt > current.updatedAt) this.latest.set(caseNumber, { row, updatedAt: sourceUpdatedAt });
  }

  /** The winning rows, ordered by case number. */
  rows(): ZhejiangRow[] {
    return [...this.latest.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry.row);
  }
}

/** The merge rule over files given in listing order. */
export function latestRowPerCase(files: Iterable<readonly ZhejiangRow[]>): ZhejiangRow[] {
  const latest = new LatestCases();
  for (const rows of files) latest.add(rows);
  return latest.rows();
}
