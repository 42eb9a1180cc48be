import {
  BrokenCircuitError,
  ConsecutiveBreaker,
  ExponentialBackoff,
  circuitBreaker,
  handleType,
  retry,
  wrap,
  type IBackoff,
  type IBackoffFactory,
  type IRetryBackoffContext,
} from 'cockatiel';
import { TransientError } from './errors.js';

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: Buffer;
  text(): string;
  json(): unknown;
}

export interface HttpClientOptions {
  /** Milliseconds one attempt may take, answer body included, before it counts as a transient failure. */
  timeoutMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** First backoff delay; later ones grow exponentially, with jitter, up to maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Consecutive failed attempts after which calls fail fast for breakerCooldownMs. */
  breakerThreshold: number;
  breakerCooldownMs: number;
}

export const DEFAULT_HTTP_OPTIONS: HttpClientOptions = {
  timeoutMs: 30_000,
  maxAttempts: 6,
  initialDelayMs: 500,
  maxDelayMs: 30_000,
  breakerThreshold: 10,
  breakerCooldownMs: 30_000,
};

export interface HttpClient {
  /**
   * Sends the request `build` makes — called anew for every attempt, so timestamps, nonces and
   * signatures are fresh — and gives the answer to `interpret`. 429 (honouring `Retry-After`),
   * 408, 500, 502, 503, 504, resets and timeouts are retried with exponential backoff and jitter;
   * `interpret` may throw TransientError too (for errors a service reports inside a 200), or
   * ConfigurationError, which is never retried.
   */
  request<T>(build: () => HttpRequest | Promise<HttpRequest>, interpret: (response: HttpResponse) => T | Promise<T>, options?: { maxAttempts?: number }): Promise<T>;
}

const RETRIED_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** `Retry-After` as seconds (it may also be an HTTP date). */
export function retryAfterSeconds(headers: Headers, now: Date): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

/** Backs off exponentially, but never for less than the `Retry-After` the failure carried. */
function honouringRetryAfter(inner: IBackoffFactory<IRetryBackoffContext<unknown>>): IBackoffFactory<IRetryBackoffContext<unknown>> {
  return {
    next(context): IBackoff<IRetryBackoffContext<unknown>> {
      const step = inner.next(context);
      const error = 'error' in context.result ? context.result.error : undefined;
      const floorMs = error instanceof TransientError && error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : 0;
      return { duration: Math.max(step.duration, floorMs), next: honouringRetryAfter(step).next };
    },
  };
}

async function attempt(request: HttpRequest, timeoutMs: number, signal: AbortSignal, now: () => Date): Promise<HttpResponse> {
  const attemptSignal = AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]);
  let response: Response;
  let body: Buffer;
  try {
    response = await fetch(request.url, { method: request.method ?? 'GET', headers: request.headers ?? {}, body: (request.body as BodyInit | undefined) ?? null, signal: attemptSignal });
    body = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    if (signal.aborted) throw signal.reason ?? error;
    // A reset, refused connection, stall or a body cut short: the far side may answer next time.
    const reason = attemptSignal.aborted ? `no answer within ${timeoutMs} ms` : ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
    throw new TransientError(`${request.method ?? 'GET'} ${new URL(request.url).pathname}: ${reason}`, { cause: error });
  }
  if (RETRIED_STATUSES.has(response.status)) {
    const wait = retryAfterSeconds(response.headers, now());
    throw new TransientError(`${request.method ?? 'GET'} ${new URL(request.url).pathname}: HTTP ${response.status}`, wait === undefined ? {} : { retryAfterSeconds: wait });
  }
  return {
    status: response.status,
    headers: response.headers,
    body,
    text: () => body.toString('utf8'),
    json: () => JSON.parse(body.toString('utf8')) as unknown,
  };
}

/** One client per run: its circuit breaker remembers failures across that run's calls. */
export function createHttpClient(signal: AbortSignal, now: () => Date, overrides: Partial<HttpClientOptions> = {}): HttpClient {
  const options = { ...DEFAULT_HTTP_OPTIONS, ...overrides };
  const breaker = circuitBreaker(handleType(TransientError), { halfOpenAfter: options.breakerCooldownMs, breaker: new ConsecutiveBreaker(options.breakerThreshold) });
  const backoff = honouringRetryAfter(new ExponentialBackoff({ initialDelay: options.initialDelayMs, maxDelay: options.maxDelayMs }));
  const policies = new Map<number, ReturnType<typeof retry>>();
  const retryPolicy = (maxAttempts: number) => {
    let policy = policies.get(maxAttempts);
    if (!policy) policies.set(maxAttempts, (policy = retry(handleType(TransientError), { maxAttempts: maxAttempts - 1, backoff })));
    return policy;
  };
  return {
    async request(build, interpret, callOptions) {
      const policy = wrap(retryPolicy(callOptions?.maxAttempts ?? options.maxAttempts), breaker);
      try {
        return await policy.execute(async () => interpret(await attempt(await build(), options.timeoutMs, signal, now)), signal);
      } catch (error) {
        if (error instanceof BrokenCircuitError) {
          throw new TransientError(`failing fast: ${options.breakerThreshold} consecutive attempts failed; trying again after ${options.breakerCooldownMs} ms`, { cause: error });
        }
        throw error;
      }
    },
  };
}
