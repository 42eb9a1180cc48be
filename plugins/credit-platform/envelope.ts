import { ConfigurationError, TransientError, type HttpResponse } from '../../src/plugin-sdk/index.js';

/** The platform's answer `{ code, message, data }`; a body that is not one is null. */
export interface Envelope {
  code: string;
  message: string;
  data: unknown;
}

export function envelopeOf(response: HttpResponse): Envelope | null {
  try {
    const body = JSON.parse(response.text().replace(/^\uFEFF/, '')) as Record<string, unknown>;
    if (!body || typeof body !== 'object') return null;
    return { code: String(body.code ?? ''), message: String(body.message ?? ''), data: body.data ?? null };
  } catch {
    return null;
  }
}

/** The batch was more than the platform takes now: the caller splits it. */
export class BatchTooLargeError extends Error {
  constructor() {
    super('the platform refused the batch as too large (HTTP 413)');
    this.name = 'BatchTooLargeError';
  }
}

/**
 * Failures shared by every endpoint. 401 or code 1001 (signature, timestamp or nonce refused)
 * stops delivery: the app key or secret is wrong, or the clock is off. 429 and 5xx never reach
 * here (the HTTP client retries them, honouring Retry-After).
 */
export function refuse(response: HttpResponse, envelope: Envelope | null, what: string): never {
  if (response.status === 401 || envelope?.code === '1001') {
    throw new ConfigurationError(`the platform refused the request's signature for ${what} (HTTP ${response.status}, ${envelope?.message || 'code 1001'}): check appKey and appSecret, and the clock`);
  }
  if (response.status === 413) throw new BatchTooLargeError();
  if (response.status === 404 || response.status === 403) throw new ConfigurationError(`${what}: HTTP ${response.status} (${envelope?.message ?? 'no answer body'}): check baseUrl`);
  if (response.status >= 400 && response.status < 500) throw new Error(`${what}: the platform refused the request (HTTP ${response.status}: ${envelope?.message ?? response.text().slice(0, 200)})`);
  throw new TransientError(`${what}: HTTP ${response.status}${envelope ? ` code ${envelope.code} ${envelope.message}` : ''}`);
}
