import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TIMESTAMP_WINDOW_MS = 300_000;
export const NONCE_MEMORY_MS = 10 * 60_000;

export type AuthResult = { ok: true; nonce: string } | { ok: false; message: string; nonce: string | undefined };

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The contract's request authentication: `X-App-Key`, `X-Timestamp` (Unix ms, within 300 s of the
 * platform's clock, either way), `X-Nonce` (not reused within 10 minutes) and `X-Signature`, the
 * lowercase hex HMAC-SHA256 under the app secret of `{appKey}{timestamp}{nonce}{sha256 hex of body}`.
 * Every failure is the same 401 / 1001 to the caller; the message says which check failed.
 */
export class RequestAuthenticator {
  /** Nonce → when it was first presented on an authentic request. Map order is arrival order. */
  private readonly seenNonces = new Map<string, number>();

  constructor(
    private readonly appKey: string,
    private readonly appSecret: string,
    private readonly now: () => Date,
  ) {}

  check(headers: IncomingHttpHeaders, body: Buffer): AuthResult {
    const nonce = header(headers, 'x-nonce');
    const fail = (message: string): AuthResult => ({ ok: false, message, nonce });
    const appKey = header(headers, 'x-app-key');
    if (appKey === undefined) return fail('缺少请求头X-App-Key');
    if (appKey !== this.appKey) return fail('应用标识不存在');
    const timestamp = header(headers, 'x-timestamp');
    // Unix milliseconds as plain decimal digits; a value in seconds is simply far off.
    if (timestamp === undefined || !/^\d{1,16}$/.test(timestamp)) return fail('请求头X-Timestamp须为Unix毫秒时间戳');
    const now = this.now().getTime();
    if (Math.abs(now - Number(timestamp)) > TIMESTAMP_WINDOW_MS) return fail('时间戳超出允许范围（前后300秒）');
    if (nonce === undefined) return fail('缺少请求头X-Nonce');
    const signature = header(headers, 'x-signature');
    if (signature === undefined) return fail('缺少请求头X-Signature');
    const expected = signatureFor(this.appKey, this.appSecret, timestamp, nonce, body);
    // The contract says lowercase hex: upper-case hex is a different string and fails like any other.
    if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
      return fail('签名校验失败');
    }
    // Only an authentic request uses up its nonce: anyone could otherwise burn the caller's nonces.
    this.forgetNoncesBefore(now - NONCE_MEMORY_MS);
    const seenAt = this.seenNonces.get(nonce);
    if (seenAt !== undefined && now - seenAt < NONCE_MEMORY_MS) return fail('随机数已使用（重放请求）');
    this.seenNonces.delete(nonce);
    this.seenNonces.set(nonce, now);
    return { ok: true, nonce };
  }

  private forgetNoncesBefore(cutoff: number): void {
    for (const [nonce, seenAt] of this.seenNonces) {
      if (seenAt >= cutoff) break;
      this.seenNonces.delete(nonce);
    }
  }
}

export function signatureFor(appKey: string, appSecret: string, timestamp: string, nonce: string, body: Buffer | string): string {
  const bodyHash = createHash('sha256').update(body).digest('hex');
  return createHmac('sha256', appSecret).update(`${appKey}${timestamp}${nonce}${bodyHash}`).digest('hex');
}
