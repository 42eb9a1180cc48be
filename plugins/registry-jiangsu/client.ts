import { ConfigurationError, TransientError, type HttpResponse, type PluginContext } from '../../src/plugin-sdk/index.js';
import type { JiangsuConfig } from './config.js';
import { signedHeaders } from './signing.js';

export const CASES_PATH = '/api/v1/cases';

export interface PageRequest {
  /** `yyyy-MM-dd HH:mm:ss`, Beijing time; null lists every case. */
  updatedFrom: string | null;
  pageNo: number;
  pageSize: number;
}

export interface ListedPage {
  /** Entries as sent; each may be anything, a record that cannot be read included. */
  list: unknown[];
  /** The page number and size the registry says it used (it clamps the size), else those asked for. */
  pageNo: number;
  pageSize: number;
}

/** The path and raw query of one listing request, built once so that what is signed is what is sent. */
export function listingTarget(config: JiangsuConfig, page: PageRequest): { url: string; path: string; query: string } {
  let base: URL;
  try {
    base = new URL(config.baseUrl);
  } catch (error) {
    throw new ConfigurationError(`baseUrl is not a URL: ${config.baseUrl}`, { cause: error });
  }
  const path = `${base.pathname.replace(/\/+$/, '')}${CASES_PATH}`;
  const parameters = [...(page.updatedFrom === null ? [] : [`updatedFrom=${encodeURIComponent(page.updatedFrom)}`]), `pageNo=${page.pageNo}`, `pageSize=${page.pageSize}`];
  const query = parameters.join('&');
  return { url: `${base.origin}${path}?${query}`, path, query };
}

/** One signed listing request; the SDK's client retries what is transient, with a fresh signature each time. */
export function fetchPage(config: JiangsuConfig, ctx: PluginContext, page: PageRequest): Promise<ListedPage> {
  const target = listingTarget(config, page);
  return ctx.http.request(
    () => {
      // Signed per attempt: a retry after a long Retry-After must not carry a stale timestamp.
      const timestamp = String(ctx.clock.now().getTime());
      return { method: 'GET', url: target.url, headers: { Accept: 'application/json', ...signedHeaders(config.appSecret, { appId: config.appId, timestamp, method: 'GET', path: target.path, query: target.query }) } };
    },
    (response) => interpretListing(response, page),
  );
}

const REFUSED_BY_CONFIGURATION: Record<string, string> = {
  '1001': 'signature invalid or timestamp out of range: check appSecret and the clock',
  '1002': 'app id unknown or disabled: check appId',
};

/** The registry's answer as a page, or the error that tells the runtime what to do about it. */
export function interpretListing(response: HttpResponse, page: PageRequest): ListedPage {
  if (response.status !== 200) {
    // 408, 429, 500, 502–504 never get here: the SDK retries them. Any other 4xx means the URL,
    // the credentials or the request is wrong, which retrying cannot mend.
    const message = `registry answered HTTP ${response.status}`;
    if (response.status === 404 || response.status === 405) throw new ConfigurationError(`${message}: check baseUrl`);
    if (response.status >= 400 && response.status < 500) throw new ConfigurationError(`${message}${describe(response)}`);
    throw new TransientError(message);
  }
  let body: unknown;
  try {
    body = response.json();
  } catch (error) {
    // A gateway page or a body cut short: the next attempt may get the real answer.
    throw new TransientError('registry answered HTTP 200 with a body that is not JSON', { cause: error });
  }
  const envelope = isObject(body) ? body : {};
  const code = typeof envelope.code === 'string' || typeof envelope.code === 'number' ? String(envelope.code) : null;
  const message = typeof envelope.message === 'string' ? envelope.message : '';
  if (code === '0000') return listedPage(envelope.data, page);
  if (code !== null && code in REFUSED_BY_CONFIGURATION) throw new ConfigurationError(`registry refused the request (${code} ${message}): ${REFUSED_BY_CONFIGURATION[code]}`);
  // 2001 (too many requests) and 5000 (internal error) are to be retried; so is a code this
  // reader does not know, since the contract gives only 1001 and 1002 as reasons to stop.
  throw new TransientError(`registry answered code ${code ?? '(none)'}${message ? ` ${message}` : ''}`);
}

function listedPage(data: unknown, page: PageRequest): ListedPage {
  if (!isObject(data) || !Array.isArray(data.list)) throw new TransientError('registry answered code 0000 without data.list');
  return { list: data.list, pageNo: positive(data.pageNo) ?? page.pageNo, pageSize: Math.min(positive(data.pageSize) ?? page.pageSize, page.pageSize) };
}

/** The registry's own code and message, when an error answer carries them. */
function describe(response: HttpResponse): string {
  try {
    const body = response.json();
    if (isObject(body) && typeof body.message === 'string') return ` (${String(body.code ?? '')} ${body.message})`;
  } catch {
    // A gateway's HTML page says nothing more than the status.
  }
  return '';
}

function positive(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
