import type { IncomingHttpHeaders } from 'node:http';
import { MESSAGES } from './responses.js';
import { signatureMatches } from './signature.js';

/** The contract's tolerance for the caller's clock, either way. */
export const MAX_CLOCK_SKEW_MS = 300_000;

export interface App {
  appId: string;
  appSecret: string;
  enabled: boolean;
}

export type AuthOutcome = { ok: true; appId: string } | { ok: false; code: '1001' | '1002'; message: string };

/**
 * The app is looked up first (unknown or disabled: 1002), then the timestamp and the signature
 * (1001). A repeated header arrives joined with ", " and so never matches.
 */
export function authenticate(
  headers: IncomingHttpHeaders,
  request: { method: string; path: string; query: string },
  apps: ReadonlyMap<string, App>,
  nowMs: number,
): AuthOutcome {
  const appId = single(headers['x-app-id']);
  const app = appId === null ? undefined : apps.get(appId);
  if (!app || !app.enabled) return { ok: false, code: '1002', message: MESSAGES['1002'] };

  const timestamp = single(headers['x-timestamp']);
  const signature = single(headers['x-signature']);
  if (timestamp === null || signature === null) return { ok: false, code: '1001', message: MESSAGES.missingCredentials };
  if (!/^\d{1,16}$/.test(timestamp) || Math.abs(nowMs - Number(timestamp)) > MAX_CLOCK_SKEW_MS) {
    return { ok: false, code: '1001', message: MESSAGES.staleTimestamp };
  }
  const parts = { appId: app.appId, timestamp, method: request.method, path: request.path, query: request.query };
  if (!signatureMatches(app.appSecret, parts, signature)) return { ok: false, code: '1001', message: MESSAGES.badSignature };
  return { ok: true, appId: app.appId };
}

function single(value: string | string[] | undefined): string | null {
  return typeof value === 'string' ? value : null;
}
