import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { RequestAuthenticator } from './auth.js';
import { parseBatch, submitRecords, withdrawRecords, type ItemResult, type Operation, type Platform } from './batches.js';
import type { AfterStoringFailure, FailureBeforeStoring, FaultInjector } from './faults.js';
import type { RecordKind } from './fields.js';
import { CODES, sendEnvelope, sendFailure, sendTransientFailure, type Envelope } from './responses.js';

/** One batch the platform handled (stored what it could), whether or not the caller heard the answer. */
export interface Submission {
  at: number;
  kind: RecordKind;
  operation: Operation;
  path: string;
  batchNo: string;
  ids: string[];
  results: ItemResult[];
  nonce: string;
  /** `answered`: the 200 was written; otherwise the failure injected after storing, or the caller had already hung up. */
  delivery: 'answered' | AfterStoringFailure | 'caller-gone';
}

/** Every request that reached the emulator, with what it got: an HTTP status, a reset, or silence. */
export interface RequestLogEntry {
  at: number;
  method: string;
  path: string;
  nonce: string | undefined;
  outcome: number | 'reset' | 'stall';
  /** Why a request failed (the 401 reason, the 400 or 413 message). */
  message?: string;
  /** A 429 earned by coming back before the previous 429's Retry-After had passed. */
  beforeRetryAfter?: true;
}

export interface EmulatorCore {
  authenticator: RequestAuthenticator;
  faults: FaultInjector;
  platform: Platform;
  now: () => Date;
  submissions: Submission[];
  requests: RequestLogEntry[];
}

type Route = { type: 'submit'; kind: RecordKind; operation: Operation } | { type: 'read'; kind: RecordKind; id: string };

const ROUTE = /^\/api\/v2\/(xzxk|xzcf)\/(records|withdrawals)(?:\/([^/]+))?$/;

function routeOf(method: string | undefined, path: string): Route | undefined {
  const match = ROUTE.exec(path);
  if (!match) return undefined;
  const kind = match[1] as RecordKind;
  const operation = match[2] as Operation;
  if (match[3] === undefined) return method === 'POST' ? { type: 'submit', kind, operation } : undefined;
  if (method !== 'GET' || operation !== 'records') return undefined;
  try {
    return { type: 'read', kind, id: decodeURIComponent(match[3]) };
  } catch {
    return undefined;
  }
}

interface Answer {
  status: number;
  envelope: Envelope;
  submission?: Omit<Submission, 'delivery'>;
}

/**
 * GET `/api/v2/{kind}/records/{ID}`: 200 with
 * `data: { ID, state: 'PUBLISHED' | 'WITHDRAWN', version, record: {…as stored}, withdrawal: { reason, date } | null }`,
 * or 404 with code `1004` and `data: null` when the platform holds no such record (a record that
 * was only ever REJECTED included).
 */
function read(core: EmulatorCore, kind: RecordKind, id: string): Answer {
  const stored = core.platform.store.get(kind, id);
  if (!stored) return { status: 404, envelope: { code: CODES.recordNotFound, message: '记录不存在', data: null } };
  const data = { ID: stored.ID, state: stored.state, version: stored.version, record: stored.content, withdrawal: stored.withdrawal ?? null };
  return { status: 200, envelope: { code: CODES.success, message: '成功', data } };
}

function submit(core: EmulatorCore, route: Extract<Route, { type: 'submit' }>, body: Buffer, context: { at: number; path: string; nonce: string }): Answer {
  const batch = parseBatch(body, route.operation);
  if (!batch.ok) return { status: batch.status, envelope: { code: batch.code, message: batch.message, data: null } };
  const handle = route.operation === 'records' ? submitRecords : withdrawRecords;
  const results = handle(core.platform, route.kind, batch.items);
  const submission = { ...context, kind: route.kind, operation: route.operation, batchNo: batch.batchNo, ids: results.map((r) => r.ID), results };
  return { status: 200, envelope: { code: CODES.success, message: '成功', data: { batchNo: batch.batchNo, results } }, submission };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The HTTP side: route, authenticate, apply the quota and faults, handle, answer (or not). */
export function startServer(core: EmulatorCore): { server: Server; listening: Promise<void>; close: () => Promise<void> } {
  let closing = false;
  /** Requests being delayed: released (and dropped unhandled) when the emulator closes. */
  const delayed = new Set<{ timer: NodeJS.Timeout; release: () => void }>();
  let quotaClosedUntil = 0;

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          delayed.delete(entry);
          resolve();
        }, ms),
        release: resolve,
      };
      delayed.add(entry);
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const at = core.now().getTime();
    const path = new URL(req.url ?? '/', 'http://emulator').pathname;
    let nonce: string | undefined;
    const log = (outcome: RequestLogEntry['outcome'], extra: Partial<RequestLogEntry> = {}) =>
      core.requests.push({ at, method: req.method ?? '', path, nonce, outcome, ...extra });

    const route = routeOf(req.method, path);
    if (!route) {
      log(404);
      return sendFailure(res, 404, CODES.noSuchEndpoint, '接口不存在');
    }
    const auth = core.authenticator.check(req.headers, body);
    nonce = auth.nonce;
    if (!auth.ok) {
      log(401, { message: auth.message });
      return sendFailure(res, 401, CODES.unauthorized, auth.message);
    }

    // The contract says "wait at least that long": coming back sooner finds the quota still closed.
    if (quotaClosedUntil > at) {
      log(429, { beforeRetryAfter: true });
      const retryAfter = String(Math.ceil((quotaClosedUntil - at) / 1000));
      return sendFailure(res, 429, CODES.quotaExceeded, '超出调用频率限制', { 'Retry-After': retryAfter });
    }
    const plan = core.faults.planFor(path);
    if (plan.before) return failBeforeStoring(req, res, plan.before, at, log);
    if (plan.delayMs > 0) {
      await delay(plan.delayMs);
      if (closing) return;
    }

    const answer = route.type === 'read' ? read(core, route.kind, route.id) : submit(core, route, body, { at, path, nonce: auth.nonce });
    if (answer.submission) {
      core.submissions.push({ ...answer.submission, delivery: plan.after ?? (req.socket.destroyed ? 'caller-gone' : 'answered') });
    }
    switch (plan.after) {
      case 'reset':
        log('reset');
        req.socket.resetAndDestroy();
        return;
      case '502':
        log(502);
        return sendTransientFailure(res, 502);
      case 'stall':
        log('stall');
        return;
      case undefined:
        log(answer.status, answer.status === 200 ? {} : { message: answer.envelope.message });
        if (!req.socket.destroyed) sendEnvelope(res, answer.status, answer.envelope);
    }
  }

  function failBeforeStoring(req: IncomingMessage, res: ServerResponse, failure: FailureBeforeStoring, at: number, log: (outcome: RequestLogEntry['outcome']) => void): void {
    switch (failure.kind) {
      case 'rate429':
        quotaClosedUntil = at + failure.retryAfterSeconds * 1000;
        log(429);
        return sendFailure(res, 429, CODES.quotaExceeded, '超出调用频率限制', { 'Retry-After': String(failure.retryAfterSeconds) });
      case 'status':
        log(failure.status);
        return sendTransientFailure(res, failure.status);
      case 'reset':
        log('reset');
        req.socket.resetAndDestroy();
        return;
      case 'stall':
        // No answer at all: the socket stays open until the caller gives up or the emulator closes.
        log('stall');
        return;
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !req.socket.destroyed) sendFailure(res, 500, CODES.serverError, `模拟平台内部错误：${String(error)}`);
    });
  });
  // A stalled request must stay open until close(), however long the test takes.
  server.requestTimeout = 0;
  const listening = new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  const close = () =>
    new Promise<void>((resolve) => {
      closing = true;
      for (const entry of delayed) {
        clearTimeout(entry.timer);
        entry.release();
      }
      delayed.clear();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { server, listening, close };
}
