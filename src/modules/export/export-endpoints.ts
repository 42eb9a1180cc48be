import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { Logger } from 'pino';
import { writeAudit, type AuditContext } from '../../auth/audit.js';
import type { Viewer } from '../../auth/viewer.js';
import type { DB } from '../../db/schema.generated.js';
import { requestIdOf } from '../../server/plugins.js';
import { selectExportTypes, UnknownExportTypeError } from './export-types.js';
import { decodePosition, encodePosition } from './feed-cursor.js';
import { readChanges } from './feed.js';
import type { PullLimits } from './pull-limits.js';
import { mayPull } from './routing.js';
import { snapshotChunks } from './snapshot.js';

export const MAX_FEED_LINES = 10_000;
export const DEFAULT_FEED_LINES = 1_000;

export interface ExportEndpointDeps {
  db: Kysely<DB>;
  pool: pg.Pool;
  authenticate: (request: Request) => Promise<Viewer>;
  limits: PullLimits;
  logger: Logger;
}

type FetchAPI = { Response: typeof Response };

/**
 * `GET /export/snapshot` and `GET /export/changes`: a province's data as NDJSON, for provincial
 * systems (and regulators and administrators over their scope). Errors have the graph's shape,
 * `{"errors": [{"message", "extensions": {"code"}}]}`, with the HTTP status they call for.
 */
export function useExportEndpoints(deps: ExportEndpointDeps): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith('/export/')) return;
      try {
        endResponse(await route(deps, request, url, fetchAPI));
      } catch (error) {
        endResponse(errorResponse(fetchAPI, error, deps.logger));
      }
    },
  };
}

async function route(deps: ExportEndpointDeps, request: Request, url: URL, fetchAPI: FetchAPI): Promise<Response> {
  const kind = url.pathname === '/export/snapshot' ? 'Snapshot' : url.pathname === '/export/changes' ? 'Changes' : null;
  if (!kind) throw new GraphQLError(`No export at ${url.pathname}; there are /export/snapshot and /export/changes`, { extensions: { code: 'NOT_FOUND', http: { status: 404 } } });
  if (request.method !== 'GET') throw new GraphQLError('Use GET', { extensions: { code: 'METHOD_NOT_ALLOWED', http: { status: 405, headers: { allow: 'GET' } } } });
  const viewer = await deps.authenticate(request);
  if (viewer.kind === 'PUBLIC') throw new GraphQLError('Send the province’s x-api-key (or a bearer token)', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  if (!mayPull(viewer)) throw new GraphQLError('Exports are for provincial systems, regulators and administrators', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  const types = parseTypes(url.searchParams.get('types'));
  const audit: AuditContext = { viewer, requestId: requestIdOf(request), graphqlOperation: null };
  await deps.limits.admit(viewer);
  // Every use of an API key is audited, and so is every export, before anything is read.
  if (viewer.kind === 'PROVINCIAL_SYSTEM') await writeAudit(deps.db, audit, { operation: 'API_KEY_USE' });
  await writeAudit(deps.db, audit, { operation: 'EXPORT', entityType: kind, entityIds: types.map((t) => t.type) });
  if (kind === 'Snapshot') return snapshotResponse(deps, request, fetchAPI, audit, types);
  return changesResponse(deps, request, url, fetchAPI, audit, types);
}

function parseTypes(value: string | null) {
  try {
    return selectExportTypes(value?.split(',').map((t) => t.trim()).filter(Boolean));
  } catch (error) {
    if (error instanceof UnknownExportTypeError) throw new GraphQLError(`types: ${error.message}`, { extensions: { code: 'BAD_USER_INPUT', field: 'types', http: { status: 400 } } });
    throw error;
  }
}

function snapshotResponse(deps: ExportEndpointDeps, request: Request, fetchAPI: FetchAPI, audit: AuditContext, types: ReturnType<typeof parseTypes>) {
  const progress = { records: 0 };
  const chunks = snapshotChunks(deps.pool, audit, types, progress);
  const finished = () => deps.limits.charge(audit.viewer, progress.records).catch((error) => deps.logger.warn({ err: error }, 'could not charge exported records'));
  return streamedResponse(fetchAPI, request, chunks, finished);
}

async function changesResponse(deps: ExportEndpointDeps, request: Request, url: URL, fetchAPI: FetchAPI, audit: AuditContext, types: ReturnType<typeof parseTypes>) {
  const after = url.searchParams.get('after');
  if (!after) throw new GraphQLError('after is required: the cursor of a snapshot’s last line, or of the last change you applied', { extensions: { code: 'BAD_USER_INPUT', field: 'after', http: { status: 400 } } });
  const limit = Number(url.searchParams.get('limit') ?? DEFAULT_FEED_LINES);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FEED_LINES) {
    throw new GraphQLError(`limit must be between 1 and ${MAX_FEED_LINES}`, { extensions: { code: 'BAD_USER_INPUT', field: 'limit', http: { status: 400 } } });
  }
  const page = await readChanges(deps.db, audit, { position: decodePosition(after), limit, types });
  await deps.limits.charge(audit.viewer, page.changes.length);
  const lines = page.changes.map((c) =>
    c.line ? `{"cursor":${JSON.stringify(c.cursor)},"op":"UPSERT",${c.line.slice(1)}` : JSON.stringify({ cursor: c.cursor, op: 'DELETE', type: c.type, id: c.id }),
  );
  lines.push(JSON.stringify({ end: true, count: page.changes.length, cursor: encodePosition(page.next), hasMore: page.hasMore }));
  async function* body() {
    yield `${lines.join('\n')}\n`;
  }
  return streamedResponse(fetchAPI, request, body(), async () => undefined);
}

/**
 * NDJSON pulled from `chunks` only as fast as the client takes it (a stream's pull), gzipped
 * when the client accepts it. A client that leaves ends the iteration at once.
 */
function streamedResponse(fetchAPI: FetchAPI, request: Request, chunks: AsyncGenerator<string | Uint8Array, unknown>, finished: () => Promise<unknown>) {
  const encoder = new TextEncoder();
  let done = false;
  const stop = async () => {
    if (done) return;
    done = true;
    await chunks.return(undefined).catch(() => undefined);
    await finished();
  };
  request.signal?.addEventListener('abort', () => void stop(), { once: true });
  let body: ReadableStream<Uint8Array> = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) {
          controller.close();
          await stop();
        } else {
          controller.enqueue(typeof next.value === 'string' ? encoder.encode(next.value) : next.value);
        }
      } catch (error) {
        controller.error(error);
        await stop();
      }
    },
    cancel: stop,
  });
  const headers: Record<string, string> = { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' };
  if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
    body = body.pipeThrough(new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
    headers['content-encoding'] = 'gzip';
  }
  return new fetchAPI.Response(body, { status: 200, headers });
}

const STATUS_OF_CODE: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, CURSOR_EXPIRED: 410, RATE_LIMITED: 429 };

function errorResponse(fetchAPI: FetchAPI, error: unknown, logger: Logger) {
  const known = error instanceof GraphQLError;
  if (!known) logger.error({ err: error }, 'export failed');
  const http = (known ? (error.extensions.http as { status?: number; headers?: Record<string, string> } | undefined) : undefined) ?? {};
  const { http: _omitted, ...extensions } = known ? error.extensions : { code: 'INTERNAL_SERVER_ERROR' };
  const status = http.status ?? STATUS_OF_CODE[String(extensions.code)] ?? (known ? 400 : 500);
  const message = known ? error.message : 'Unexpected error.';
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...(http.headers ?? {}) },
  });
}
