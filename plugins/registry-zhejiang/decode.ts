import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { ConfigurationError } from '../../src/plugin-sdk/index.js';

/** The header row of a day's file, exactly as the interface defines it, in order. */
export const ZHEJIANG_COLUMNS = [
  '案件编号',
  '姓名',
  '身份证号',
  '性别',
  '违法地点',
  '行政区划',
  '违法类型',
  '立案日期',
  '处罚决定日期',
  '处罚文号',
  '处罚内容',
  '罚款金额(元)',
  '移送公安',
  '案件状态',
  '更新时间',
] as const;

export type ZhejiangColumn = (typeof ZHEJIANG_COLUMNS)[number];

/**
 * One data row as the file holds it — what the runtime quarantines when it cannot be read, so it
 * names where it came from (`record`: 1 for the first row after the header; not a line number,
 * since quoted fields span lines). A record the CSV reader could not split, or split into the
 * wrong number of fields, carries the reason instead of a row.
 */
export type ZhejiangRawRow =
  | { file: string; record: number; row: Record<ZhejiangColumn, string> }
  | { file: string; record: number; unreadable: string; fields?: string[] };

export type FileEncoding = 'UTF-8' | 'GBK';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The file's text. The interface says GBK unless the file starts with a UTF-8 BOM. GB18030 decodes
 * every GBK byte sequence to the same characters and also reads the four-byte sequences vendors
 * write for rare characters in names (生僻字), which plain GBK would turn into garbage.
 */
function decodeText(bytes: Buffer): { text: string; encoding: FileEncoding } {
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  return { text: iconv.decode(bytes, 'gb18030'), encoding: 'GBK' };
}

interface Parsed {
  fields?: string[];
  error?: string;
}

/**
 * Records in file order; a malformed one (a stray quote) is reported in its place, not dropped,
 * and reading goes on. Both callbacks run in the order the reader meets the records.
 */
function splitRecords(text: string): Parsed[] {
  const parsed: Parsed[] = [];
  parse(text, {
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (fields: string[]) => {
      parsed.push({ fields });
      return null;
    },
    on_skip: (error) => {
      parsed.push({ error: error?.message ?? 'the CSV reader skipped a record' });
    },
  });
  return parsed;
}

const sameHeader = (fields: string[] | undefined) => fields !== undefined && fields.length === ZHEJIANG_COLUMNS.length && fields.every((field, i) => field === ZHEJIANG_COLUMNS[i]);

/**
 * A day's file (already checked against its SHA-256) as raw rows.
 *
 * A header other than the interface's means the registry changed its export: reading the columns
 * by position could put 处罚文号 where 处罚内容 belongs, and quarantining every row would bury the
 * cause. So it is a configuration failure: the run stops before this file, the checkpoint stays,
 * and once the plugin is told the new layout nothing has been lost.
 */
export function decodeDayFile(name: string, bytes: Buffer): { rows: ZhejiangRawRow[]; encoding: FileEncoding } {
  const { text, encoding } = decodeText(bytes);
  const [header, ...data] = splitRecords(text);
  if (!sameHeader(header?.fields)) {
    const found = header?.fields ? header.fields.join(',') : header?.error ?? 'nothing';
    throw new ConfigurationError(`${name}: the header row is not the interface's (read as ${encoding}): expected ${ZHEJIANG_COLUMNS.join(',')}, found ${found.slice(0, 300)}`);
  }
  const rows = data.map(({ fields, error }, index): ZhejiangRawRow => {
    const record = index + 1;
    if (!fields) return { file: name, record, unreadable: `the CSV cannot be read here: ${error}` };
    if (fields.length !== ZHEJIANG_COLUMNS.length) {
      return { file: name, record, unreadable: `the row has ${fields.length} fields, the header ${ZHEJIANG_COLUMNS.length}`, fields };
    }
    return { file: name, record, row: Object.fromEntries(ZHEJIANG_COLUMNS.map((column, i) => [column, fields[i]!])) as Record<ZhejiangColumn, string> };
  });
  return { rows, encoding };
}
