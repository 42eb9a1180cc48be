import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The interface signs `{appId}\n{timestamp}\n{METHOD}\n{path}\n{query}` with HMAC-SHA256 keyed by
 * the caller's secret, in lowercase hex. `query` is the raw query string exactly as sent, so any
 * re-encoding or re-ordering of parameters between signing and sending breaks the signature.
 */
export interface SignedParts {
  appId: string;
  timestamp: string;
  method: string;
  path: string;
  query: string;
}

export function signingString(parts: SignedParts): string {
  return `${parts.appId}\n${parts.timestamp}\n${parts.method}\n${parts.path}\n${parts.query}`;
}

export function sign(secret: string, parts: SignedParts): string {
  return createHmac('sha256', secret).update(signingString(parts), 'utf8').digest('hex');
}

/** Only the documented form matches: 64 lowercase hex characters, compared in constant time. */
export function signatureMatches(secret: string, parts: SignedParts, given: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(given)) return false;
  return timingSafeEqual(Buffer.from(sign(secret, parts), 'hex'), Buffer.from(given, 'hex'));
}

/** The request target as sent, split at the first `?`; nothing is decoded. */
export function splitTarget(target: string): { path: string; query: string } {
  const mark = target.indexOf('?');
  return mark < 0 ? { path: target, query: '' } : { path: target.slice(0, mark), query: target.slice(mark + 1) };
}

/** Headers for a request to `target` (path plus raw query), for tests that play the caller. */
export function signedHeaders(
  credentials: { appId: string; appSecret: string },
  target: string,
  options: { method?: string; timestamp?: number } = {},
): Record<string, string> {
  const { path, query } = splitTarget(target);
  const timestamp = String(options.timestamp ?? Date.now());
  const method = options.method ?? 'GET';
  return {
    'X-App-Id': credentials.appId,
    'X-Timestamp': timestamp,
    'X-Signature': sign(credentials.appSecret, { appId: credentials.appId, timestamp, method, path, query }),
  };
}
