import { randomUUID } from 'node:crypto';
import { getOperationAST, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestContext } from './context.js';
import type { Logger } from 'pino';
import { currentTally } from '../db/statement-stats.js';

const requestIds = new WeakMap<Request, { id: string; started: number }>();

/** The request id: the caller's `x-request-id` when it is sane, otherwise a new one. */
export function requestIdOf(request: Request): string {
  return requestIds.get(request)?.id ?? 'unknown';
}

/**
 * Gives every request an id (echoed in `x-request-id`) and logs one structured line when it
 * ends, with its duration and SQL statement count.
 */
export function useRequestLogging(options: { logger: Logger; exposeStatementCount: boolean }): Plugin {
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      const id = given && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
      requestIds.set(request, { id, started: performance.now() });
    },
    onResponse({ request, response }) {
      const entry = requestIds.get(request);
      if (!entry) return;
      const tally = currentTally();
      const statements = tally?.statements;
      response.headers.set('x-request-id', entry.id);
      if (options.exposeStatementCount && tally) {
        response.headers.set('x-sql-statements', String(tally.statements));
        response.headers.set('x-sql-bytes', String(tally.bytes));
      }
      const url = new URL(request.url);
      options.logger.info(
        {
          requestId: entry.id,
          method: request.method,
          path: url.pathname,
          status: response.status,
          durationMs: Math.round((performance.now() - entry.started) * 10) / 10,
          statements,
        },
        'request',
      );
    },
  };
}

/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: it can serve traffic). */
export function useHealthEndpoints(options: { isReady: () => Promise<boolean> }): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname === '/healthz') {
        endResponse(Response.json({ status: 'ok' }));
      } else if (url.pathname === '/readyz') {
        const ready = await options.isReady();
        endResponse(Response.json({ status: ready ? 'ready' : 'unavailable' }, { status: ready ? 200 : 503 }));
      }
    },
  };
}

/** The operation's name as the client wrote it, from the request parameters (before parsing). */
export function operationNameOf(params: { query?: string; operationName?: string } | undefined): string | null {
  if (params?.operationName) return params.operationName;
  if (!params?.query) return null;
  try {
    return getOperationAST(parse(params.query))?.name?.value ?? null;
  } catch {
    return null;
  }
}

/** Records the executed operation's name on the context, for audit records. */
export function useOperationName(): Plugin<RequestContext> {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      (args.contextValue as RequestContext).graphqlOperation = operation?.name?.value ?? null;
    },
  };
}
