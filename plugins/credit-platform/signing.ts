import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { HttpRequest } from '../../src/plugin-sdk/index.js';
import { platformUrl, type CreditPlatformConfig } from './config.js';

/**
 * A signed request: `X-Timestamp` (Unix ms), a random `X-Nonce` and `X-Signature`, the lowercase
 * hex HMAC-SHA256 under the app secret of `{appKey}{timestamp}{nonce}{sha256 hex of body}`.
 * Called once per attempt, so a resend never reuses a nonce (the platform takes that for a replay).
 */
export function signedRequest(config: CreditPlatformConfig, method: 'GET' | 'POST', path: string, body: string, now: Date): HttpRequest {
  const timestamp = String(now.getTime());
  const nonce = randomBytes(16).toString('hex');
  const bodyHash = createHash('sha256').update(body, 'utf8').digest('hex');
  const signature = createHmac('sha256', config.appSecret).update(`${config.appKey}${timestamp}${nonce}${bodyHash}`).digest('hex');
  const headers: Record<string, string> = { 'X-App-Key': config.appKey, 'X-Timestamp': timestamp, 'X-Nonce': nonce, 'X-Signature': signature, accept: 'application/json' };
  if (method === 'POST') headers['content-type'] = 'application/json; charset=utf-8';
  return { method, url: platformUrl(config, path), headers, ...(method === 'POST' ? { body: Buffer.from(body, 'utf8') } : {}) };
}
