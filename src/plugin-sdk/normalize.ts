import { idNumberCheckChar, idNumberProblem } from '../domain/identifiers/id-number.js';
import { BadRecordError } from './errors.js';

/**
 * Registries write the same value many ways. These turn what they send into one form, and throw
 * BadRecordError (the record is quarantined) when a value cannot be read at all.
 */

/** Full-width ASCII (０-９, Ａ-Ｚ, ＋, －, ．, ，…) and the ideographic space to their half-width forms. */
export function halfWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Trims ASCII, full-width and other Unicode spaces; NFC. Empty becomes null. */
export function cleanText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' && typeof value !== 'number') throw new BadRecordError(`expected text, got ${typeof value}`);
  const text = String(value).normalize('NFC').replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, '');
  return text === '' ? null : text;
}

/** Like cleanText, but a missing value is a bad record naming `field`. */
export function requiredText(value: unknown, field: string): string {
  const text = cleanText(value);
  if (text === null) throw new BadRecordError(`${field} is missing`);
  return text;
}

/** A code written with half- or full-width digits, trimmed; null when empty. */
export function code(value: unknown): string | null {
  const text = cleanText(value);
  return text === null ? null : halfWidth(text).replace(/\s+/g, '');
}

const pad = (n: string) => n.padStart(2, '0');

function isoDate(y: string, m: string, d: string, field: string, raw: string): string {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) throw new BadRecordError(`${field} is not a real date: ${JSON.stringify(raw)}`);
  return iso;
}

/**
 * A date in any of the forms registries use — `2024-03-05`, `2024/3/5`, `2024年3月5日`, `20240305`,
 * with half- or full-width digits — as yyyy-MM-dd; null when empty.
 */
export function chineseDate(value: unknown, field: string): string | null {
  const text = code(value);
  if (text === null) return null;
  const separated = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (separated) return isoDate(separated[1]!, separated[2]!, separated[3]!, field, text);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return isoDate(compact[1]!, compact[2]!, compact[3]!, field, text);
  throw new BadRecordError(`${field} is not a date: ${JSON.stringify(text)}`);
}

/** `yyyy-MM-dd HH:mm:ss` in Beijing time (UTC+8, no zone written) as ISO 8601 with +08:00. */
export function beijingTimestamp(value: unknown, field: string): string {
  // Not `code`: it removes every space, the one between date and time included.
  const cleaned = cleanText(value);
  const text = cleaned === null ? null : halfWidth(cleaned).replace(/\s+/g, ' ');
  if (text === null) throw new BadRecordError(`${field} is missing`);
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4]) > 59) throw new BadRecordError(`${field} is not yyyy-MM-dd HH:mm:ss: ${JSON.stringify(text)}`);
  isoDate(m[1]!.slice(0, 4), m[1]!.slice(5, 7), m[1]!.slice(8, 10), field, text);
  return `${m[1]}T${m[2]}:${m[3]}:${m[4]}+08:00`;
}

/**
 * An amount of yuan written as a decimal, possibly with thousands separators or full-width
 * digits, as a plain decimal string with exactly two places (分), as the hub stores and shows
 * amounts; null when empty.
 */
export function yuan(value: unknown, field: string): string | null {
  const text = code(value);
  if (text === null) return null;
  const plain = text.replace(/,(?=\d{3}(\D|$))/g, '');
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(plain);
  if (!m) throw new BadRecordError(`${field} is not an amount of yuan: ${JSON.stringify(text)}`);
  return `${m[1]!.replace(/^0+(?=\d)/, '')}.${(m[2] ?? '').padEnd(2, '0')}`;
}

/** A first-generation (15-digit) number as the 18-character number it stands for (born 19xx). */
export function idNumber15To18(fifteen: string): string {
  const first17 = `${fifteen.slice(0, 6)}19${fifteen.slice(6)}`;
  return first17 + idNumberCheckChar(first17)!;
}

export type ReadIdNumber = { kind: 'FULL'; number: string } | { kind: 'MASKED'; number: string } | { kind: 'ABSENT' };

/**
 * A resident ID number (居民身份证号码) as registries write it: half- or full-width, with spaces, a
 * lowercase `x`, 15 digits (converted), or masked with `*` (kept masked: it identifies no one).
 * A full number must pass GB 11643's check; one that does not is a bad record.
 */
export function residentIdNumber(value: unknown, field: string): ReadIdNumber {
  const text = code(value);
  if (text === null) return { kind: 'ABSENT' };
  const upper = text.toUpperCase();
  if (upper.includes('*')) {
    if (!/^[\dX*]{15,18}$/.test(upper)) throw new BadRecordError(`${field} is not a masked ID number: ${JSON.stringify(text)}`);
    return { kind: 'MASKED', number: upper };
  }
  const number = /^\d{15}$/.test(upper) ? idNumber15To18(upper) : upper;
  const problem = idNumberProblem(number);
  if (problem) throw new BadRecordError(`${field} fails GB 11643 (${problem.toLowerCase().replace('_', ' ')})`);
  return { kind: 'FULL', number };
}
