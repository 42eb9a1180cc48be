import { createHmac } from 'node:crypto';

/** What the registry signs, exactly as the request is sent: nothing is re-encoded in between. */
export interface SignedRequest {
  appId: string;
  /** Unix time in milliseconds, as sent in `X-Timestamp`. */
  timestamp: string;
  method: string;
  /** The URL path as sent, percent-encoded where the URL is. */
  path: string;
  /** The raw query string as sent, without `?`. */
  query: string;
}

export function signingString(request: SignedRequest): string {
  return `${request.appId}\n${request.timestamp}\n${request.method}\n${request.path}\n${request.query}`;
}

/** Lowercase hex HMAC-SHA256 of the signing string, keyed by the application's secret. */
export function signature(appSecret: string, request: SignedRequest): string {
  return createHmac('sha256', appSecret).update(signingString(request), 'utf8').digest('hex');
}

/** The three authentication headers of one request. */
export function signedHeaders(appSecret: string, request: SignedRequest): Record<string, string> {
  return { 'X-App-Id': request.appId, 'X-Timestamp': request.timestamp, 'X-Signature': signature(appSecret, request) };
}
