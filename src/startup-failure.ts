/**
 * A start-up or command failure the operator can act on: the process prints its message as one
 * line (no stack trace) and exits with `exitCode`. Anything else is a bug and is logged in full.
 */
export class StartupFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StartupFailure';
  }
}

/** The short cause of a failure: `ECONNREFUSED` rather than a stack, the message if there is no code. */
export function briefCause(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return briefCause(error.errors[0]);
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && !message.includes(code)) return `${code} (${message})`;
  return message || (typeof code === 'string' ? code : 'unknown error');
}
