import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';

/**
 * The one place unexpected errors become what a client is told. Failures a client can act on get
 * a code: the database unreachable or the pool exhausted (SERVICE_UNAVAILABLE: retry), a
 * statement cancelled by its timeout (STATEMENT_TIMEOUT). Everything else is logged and masked.
 */

/** By name as well as class: a bundler may load a second copy of graphql. */
export const isGraphQLError = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError || (error instanceof Error && error.name === 'GraphQLError');

/** pg's message when no pooled connection frees up within DB_CONNECTION_TIMEOUT_MS. */
const POOL_EXHAUSTED = /timeout exceeded when trying to connect/i;

/** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
const STATEMENT_TIMEOUT = '57014';

/** Socket errors that mean the database server cannot be reached (or went away). */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/** pg's messages when the server closes a connection under it. */
const CONNECTION_LOST = /^(Connection terminated|Client has encountered a connection error)/;

/**
 * SQLSTATEs of a server that is restarting, shutting down or refusing connections: class 08
 * (connection exception), 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now) and
 * 53300 (too many connections). Each passes; a retry may succeed.
 */
const SERVER_UNAVAILABLE = /^(08...|57P0[123]|53300)$/;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code, syscall } = error as { code?: string; syscall?: string };
  if (code && UNREACHABLE.has(code)) return true;
  // A missing Unix socket: the embedded database's server is gone.
  if (code === 'ENOENT' && syscall === 'connect') return true;
  if (code && SERVER_UNAVAILABLE.test(code)) return true;
  return POOL_EXHAUSTED.test(error.message) || CONNECTION_LOST.test(error.message);
}

export function maskedErrors(logger: Logger) {
  return {
    maskError(error: unknown, message: string, isDev?: boolean) {
      const original = isGraphQLError(error) ? (error.originalError ?? error) : error;
      if (original instanceof Error && POOL_EXHAUSTED.test(original.message)) {
        return new GraphQLError('The hub is busy: no database connection became free in time. Retry shortly.', {
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        });
      }
      if (isDatabaseUnavailable(original)) {
        logger.warn({ err: original }, 'database unavailable');
        return new GraphQLError('The database is unavailable. Retry shortly.', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
      }
      if ((original as { code?: string })?.code === STATEMENT_TIMEOUT) {
        return new GraphQLError('The request took longer than the statement timeout and was cancelled.', {
          extensions: { code: 'STATEMENT_TIMEOUT' },
        });
      }
      if (!isGraphQLError(original)) logger.error({ err: original }, 'unexpected error');
      return maskError(error, message, isDev);
    },
  };
}

/** graphql-js's hints at names a caller got wrong ("Did you mean …?"), wherever they appear. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** graphql-js reports a variable that does not coerce with this prefix, and no code. */
const BAD_VARIABLE = /^Variable "\$/;

function cleaned(error: unknown): unknown {
  const message = (error as { message?: unknown })?.message;
  if (typeof message !== 'string') return error;
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  const addCode = code === undefined && BAD_VARIABLE.test(message);
  if (!addCode && !message.includes('Did you mean')) return error;
  const stripped = message.replace(SUGGESTION, '');
  const extensions = { ...(error as { extensions?: object }).extensions, ...(addCode ? { code: 'BAD_USER_INPUT' } : {}) };
  if (!isGraphQLError(error)) return { ...(error as object), message: stripped, extensions };
  return new GraphQLError(stripped, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.source ? { source: error.source } : {}),
    ...(error.positions ? { positions: error.positions } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.originalError ? { originalError: error.originalError } : {}),
    extensions,
  });
}

/**
 * The last word on every error a client reads, in both profiles: no suggestions — they tell a
 * caller probing the schema the names of fields, arguments, input fields, types and enum values,
 * which production keeps to administrators — and a variable that does not coerce is a
 * BAD_USER_INPUT, like every other bad input.
 */
export function useCleanErrors(): Plugin {
  const clean = <R>(result: R): R => {
    const errors = (result as { errors?: readonly unknown[] } | null)?.errors;
    return Array.isArray(errors) ? { ...result, errors: errors.map(cleaned) } : result;
  };
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map(clean) as never);
      else if (result && typeof result === 'object' && 'errors' in result) setResult(clean(result) as never);
    },
  };
}
