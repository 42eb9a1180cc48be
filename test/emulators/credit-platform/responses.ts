import type { ServerResponse } from 'node:http';

/**
 * Every JSON answer is the contract's envelope `{ code, message, data }`. The contract fixes
 * `0000` (success) and `1001` (authentication); the other codes are this emulator's, and a caller
 * should branch on the HTTP status, which the contract does fix:
 *
 * | HTTP | code | when |
 * |---|---|---|
 * | 200 | `0000` | batch handled (per-record results in `data`), or a record read |
 * | 400 | `1002` | body not UTF-8 JSON, or not `{ batchNo: string, records: [] }` / `{ batchNo, items: [] }` |
 * | 401 | `1001` | app key, timestamp, nonce or signature rejected |
 * | 404 | `1004` | GET of a record the platform does not hold (`data: null`) |
 * | 404 | `1006` | no such endpoint (method and path) |
 * | 413 | `1003` | more than 500 records or items |
 * | 429 | `1005` | quota exceeded; `Retry-After` header in seconds |
 * | 500, 503 | `9999` | transient failure |
 * | 502, 504 | — | an HTML page from the gateway, not JSON, as a real proxy in front would send |
 */
export const CODES = {
  success: '0000',
  unauthorized: '1001',
  badRequest: '1002',
  batchTooLarge: '1003',
  recordNotFound: '1004',
  quotaExceeded: '1005',
  noSuchEndpoint: '1006',
  serverError: '9999',
} as const;

export interface Envelope {
  code: string;
  message: string;
  data: unknown;
}

export function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

export function sendFailure(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendEnvelope(res, status, { code, message, data: null }, headers);
}

const STATUS_TEXT: Record<number, string> = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

/** A transient failure: JSON from the platform itself (500, 503), an HTML page from its gateway (502, 504). */
export function sendTransientFailure(res: ServerResponse, status: number): void {
  if (status === 500 || status === 503) return sendFailure(res, status, CODES.serverError, '系统繁忙，请稍后重试');
  const title = `${status} ${STATUS_TEXT[status] ?? 'Error'}`;
  const body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  res.writeHead(status, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
