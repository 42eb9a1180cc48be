import { isBeijingTimestamp } from './beijing-time.js';

/**
 * Parameters of `GET /api/v1/cases`, read from the raw query string the way a form-decoding
 * server does (`+` and `%20` are both a space). Unknown parameters are ignored; a known one that
 * is malformed or repeated is the caller's error.
 */
export const MAX_PAGE_SIZE = 200;
/** The contract names no default page size; a small one punishes callers that rely on it. */
export const DEFAULT_PAGE_SIZE = 20;

export interface ListingQuery {
  updatedFrom: string | null;
  pageNo: number;
  pageSize: number;
}

export type ParsedListingQuery = { ok: true; query: ListingQuery } | { ok: false; problem: string };

export function parseListingQuery(raw: string): ParsedListingQuery {
  const values = new Map<string, string>();
  for (const segment of raw.split('&')) {
    if (segment === '') continue;
    const equals = segment.indexOf('=');
    const name = decode(equals < 0 ? segment : segment.slice(0, equals));
    const value = decode(equals < 0 ? '' : segment.slice(equals + 1));
    if (name === null || value === null) return { ok: false, problem: '查询参数编码错误' };
    if (values.has(name)) return { ok: false, problem: `参数 ${name} 重复` };
    values.set(name, value);
  }

  const updatedFrom = values.get('updatedFrom') ?? null;
  if (updatedFrom !== null && !isBeijingTimestamp(updatedFrom)) {
    return { ok: false, problem: 'updatedFrom 格式应为 yyyy-MM-dd HH:mm:ss' };
  }
  const pageNo = values.has('pageNo') ? positiveInteger(values.get('pageNo')!) : 1;
  if (pageNo === null) return { ok: false, problem: 'pageNo 应为从 1 开始的整数' };
  const requestedSize = values.has('pageSize') ? positiveInteger(values.get('pageSize')!) : DEFAULT_PAGE_SIZE;
  if (requestedSize === null) return { ok: false, problem: 'pageSize 应为正整数' };
  return { ok: true, query: { updatedFrom, pageNo, pageSize: Math.min(requestedSize, MAX_PAGE_SIZE) } };
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** ASCII digits only, at least 1; a value too large to be exact still counts (as "very large"). */
function positiveInteger(text: string): number | null {
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 ? Math.min(value, Number.MAX_SAFE_INTEGER) : null;
}
