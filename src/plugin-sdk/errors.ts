/**
 * The three ways a plugin can fail, each with its own consequence in the runtime:
 * - ConfigurationError: stop at once, tell the operator what to fix (bad credentials, a disabled
 *   account, a wrong URL). Retrying cannot help.
 * - TransientError: the far side is busy or unreachable; the HTTP client retries it with backoff,
 *   and a run that still fails ends without moving its checkpoint, to be resumed later.
 * - BadRecordError: one record cannot be read; the runtime quarantines it with this reason and
 *   goes on with the others.
 */
export class ConfigurationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigurationError';
  }
}

export class TransientError extends Error {
  /** Seconds the far side asked us to wait (`Retry-After`), if it said. */
  readonly retryAfterSeconds: number | undefined;
  constructor(message: string, options?: { cause?: unknown; retryAfterSeconds?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TransientError';
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

export class BadRecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadRecordError';
  }
}

export type FailureKind = 'CONFIGURATION' | 'TRANSIENT' | 'BAD_BATCH' | 'ABORTED' | 'INTERNAL';

/** How the runtime classifies anything a plugin threw. */
export function failureKindOf(error: unknown): FailureKind {
  if (error instanceof ConfigurationError) return 'CONFIGURATION';
  if (error instanceof TransientError) return 'TRANSIENT';
  if (error instanceof Error && error.name === 'AbortError') return 'ABORTED';
  return 'INTERNAL';
}
