import iconv from 'iconv-lite';
import { ZHEJIANG_HEADER, type ZhejiangRow } from './row.js';

export type ZhejiangEncoding = 'gbk' | 'utf8-bom';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Quotes a field only when the contract says it must be: when it holds a comma, a quote or a line
 * break. Anything else — surrounding spaces included — goes out bare, as the vendor's writer does.
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The text of a day's file: the header, then one record per row, every record ended by CRLF. */
export function renderDayText(rows: readonly ZhejiangRow[]): string {
  const lines = [ZHEJIANG_HEADER.map(csvField).join(',')];
  for (const row of rows) lines.push(ZHEJIANG_HEADER.map((column) => csvField(row[column])).join(','));
  return lines.map((line) => `${line}\r\n`).join('');
}

/**
 * The bytes of a day's file. GBK cannot hold every character; iconv-lite would write `?` for the
 * rest and the file would silently say something else, so a row that does not survive the round
 * trip is refused.
 */
export function renderDayFile(rows: readonly ZhejiangRow[], encoding: ZhejiangEncoding): Buffer {
  const text = renderDayText(rows);
  if (encoding === 'utf8-bom') return Buffer.concat([UTF8_BOM, Buffer.from(text, 'utf8')]);
  const bytes = iconv.encode(text, 'gbk');
  // iconv-lite writes an unencodable character as `?` (0x3F), a byte GBK never uses inside a
  // two-byte character: more 0x3F bytes than `?` characters means something was replaced.
  if (countOf(bytes, 0x3f) !== text.split('?').length - 1) {
    const offending = [...text].find((character) => iconv.decode(iconv.encode(character, 'gbk'), 'gbk') !== character);
    throw new Error(`a GBK file cannot hold ${JSON.stringify(offending)}; publish this day as utf8-bom or change the row`);
  }
  return bytes;
}

function countOf(bytes: Buffer, byte: number): number {
  let count = 0;
  for (let at = bytes.indexOf(byte); at !== -1; at = bytes.indexOf(byte, at + 1)) count += 1;
  return count;
}
