import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { authenticate, type App } from './authenticate.js';
import { formatBeijing } from './beijing-time.js';
import { FaultPlan, GATEWAY_FAULTS, type FaultKind, type FaultOptions, type Faults, type PlannedFault } from './faults.js';
import { parseListingQuery } from './listing-query.js';
import { createRandom } from './random.js';
import { answerGateway, answerJson, answerTruncated, jsonBody, MESSAGES, resetConnection } from './responses.js';
import { signedHeaders, splitTarget } from './signature.js';
import { slideAlreadyListed } from './slide.js';
import { CaseStore } from './store.js';
import { toFullWidthDigits } from './text.js';
import type { JiangsuCaseRecord, SortKey } from './types.js';

export const CASES_PATH = '/api/v1/cases';

export interface JiangsuEmulatorOptions {
  appId?: string;
  appSecret?: string;
  /** The emulator's clock: gxsj stamps and the 300 s timestamp check use it. Default: real time. */
  now?: () => Date;
  /** Seeds fault draws and slides. */
  seed?: number;
}

export interface RequestLogEntry {
  /** Wall-clock arrival (Date.now()), for measuring how long a caller waited between tries. */
  at: number;
  /** The emulator clock at arrival. */
  clock: number;
  method: string;
  path: string;
  query: string;
  /** `ok`, `code1001`, `code1002`, `code2001`, `code5000`, `http400`, `http404`, `http405`, `http429`, `http502`… `reset`, `resetMidBody`, `stall`. */
  outcome: string;
  /** A stall with a duration delayed the answer by this much. */
  delayedMs?: number;
  /** Cases updated right after this page was served (slideWhilePaging). */
  slid?: string[];
  /** Time the emulator itself spent on the request (not the wait of a stall), in ms. */
  serviceMs: number;
}

export interface JiangsuEmulator {
  baseUrl: string;
  appId: string;
  appSecret: string;
  /** A known app that has been disabled: its correctly signed requests get 1002. */
  disabledApp: { appId: string; appSecret: string };
  put(record: JiangsuCaseRecord, options?: { gxsj?: string }): void;
  putMany(records: readonly JiangsuCaseRecord[]): void;
  update(ajbh: string, changes: Partial<JiangsuCaseRecord>, options?: { gxsj?: string }): JiangsuCaseRecord;
  putRaw(entry: unknown, sortKey: SortKey): void;
  get(ajbh: string): JiangsuCaseRecord | undefined;
  cases(): JiangsuCaseRecord[];
  setFaults(faults: Partial<Faults>): void;
  failNext(kind: FaultKind, count?: number, options?: FaultOptions): void;
  clearFaults(): void;
  /** Signed headers for `target` (path and raw query) as the default app, at the emulator clock. */
  headersFor(target: string, options?: { method?: string; timestamp?: number }): Record<string, string>;
  readonly requests: RequestLogEntry[];
  close(): Promise<void>;
}

export async function startJiangsuEmulator(options: JiangsuEmulatorOptions = {}): Promise<JiangsuEmulator> {
  const now = options.now ?? (() => new Date());
  const random = createRandom(options.seed ?? 32);
  const faults = new FaultPlan(random);
  const store = new CaseStore(() => formatBeijing(now()));
  const app: App = { appId: options.appId ?? 'jianguan-hub', appSecret: options.appSecret ?? 'jiangsu-emulator-secret', enabled: true };
  const disabled: App = { appId: `${app.appId}-disabled`, appSecret: `${app.appSecret}-disabled`, enabled: false };
  const apps = new Map([app, disabled].map((a) => [a.appId, a]));
  const requests: RequestLogEntry[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  function serveListing(request: IncomingMessage, response: ServerResponse, entry: RequestLogEntry, fault: PlannedFault | null): void {
    const startedAt = performance.now();
    try {
      answerListing(request, response, entry, fault);
    } finally {
      entry.serviceMs += performance.now() - startedAt;
    }
  }

  function answerListing(request: IncomingMessage, response: ServerResponse, entry: RequestLogEntry, fault: PlannedFault | null): void {
    const auth = authenticate(request.headers, { method: entry.method, path: entry.path, query: entry.query }, apps, now().getTime());
    if (!auth.ok) {
      entry.outcome = `code${auth.code}`;
      return answerJson(response, 200, jsonBody(auth.code, auth.message));
    }
    if (fault?.kind === 'code2001' || fault?.kind === 'code5000') {
      entry.outcome = fault.kind;
      const code = fault.kind.slice(4) as '2001' | '5000';
      return answerJson(response, 200, jsonBody(code, MESSAGES[code]));
    }
    const parsed = parseListingQuery(entry.query);
    if (!parsed.ok) {
      entry.outcome = 'http400';
      return answerJson(response, 400, jsonBody('4000', `请求参数错误：${parsed.problem}`));
    }
    const { updatedFrom, pageNo, pageSize } = parsed.query;
    const page = store.page(updatedFrom, pageNo, pageSize);
    const list = page.entries.map(({ record, raw }) => {
      if (!record) return raw;
      return typeof record.gxsj === 'string' && faults.fullWidthGxsj() ? { ...record, gxsj: toFullWidthDigits(record.gxsj) } : record;
    });
    const body = jsonBody('0000', MESSAGES['0000'], { pageNo, pageSize, total: page.total, list });
    const slid = slideAlreadyListed(store, page, faults.slideCount(), random);
    if (slid.length > 0) entry.slid = slid;
    if (fault?.kind === 'resetMidBody') {
      entry.outcome = 'resetMidBody';
      return answerTruncated(response, body);
    }
    entry.outcome = 'ok';
    answerJson(response, 200, body);
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const { path, query } = splitTarget(request.url ?? '');
    const entry: RequestLogEntry = { at: Date.now(), clock: now().getTime(), method: request.method ?? '', path, query, outcome: '', serviceMs: 0 };
    requests.push(entry);
    if (path !== CASES_PATH) {
      entry.outcome = 'http404';
      return answerGateway(response, 404);
    }
    if (request.method !== 'GET') {
      entry.outcome = 'http405';
      return answerGateway(response, 405, { Allow: 'GET' });
    }
    const decidedAt = performance.now();
    const fault = faults.decide(Date.now());
    entry.serviceMs = performance.now() - decidedAt;
    if (fault && GATEWAY_FAULTS.has(fault.kind)) {
      if (fault.kind === 'stall') {
        if (fault.ms === null) {
          entry.outcome = 'stall';
          return;
        }
        entry.delayedMs = fault.ms;
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!response.destroyed) serveListing(request, response, entry, null);
        }, fault.ms);
        timers.add(timer);
        return;
      }
      entry.outcome = fault.kind;
      if (fault.kind === 'reset') return resetConnection(response);
      if (fault.kind === 'http429') return answerGateway(response, 429, { 'Retry-After': String(fault.retryAfterSeconds) });
      return answerGateway(response, Number(fault.kind.slice(4)));
    }
    serveListing(request, response, entry, fault);
  }

  const server = createServer((request, response) => {
    // The body of a GET is not read; draining it keeps the connection usable.
    request.resume();
    try {
      handle(request, response);
    } catch (error) {
      // A bug in the emulator must show up as a failed test, not as a retryable 5000.
      response.destroy(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    appId: app.appId,
    appSecret: app.appSecret,
    disabledApp: { appId: disabled.appId, appSecret: disabled.appSecret },
    put: (record, putOptions) => store.put(record, putOptions?.gxsj),
    putMany: (records) => records.forEach((record) => store.put(record)),
    update: (ajbh, changes, updateOptions) => store.update(ajbh, changes, updateOptions?.gxsj),
    putRaw: (entry, sortKey) => store.putRaw(entry, sortKey),
    get: (ajbh) => store.get(ajbh),
    cases: () => store.cases(),
    setFaults: (partial) => faults.set(partial),
    failNext: (kind, count, failOptions) => faults.failNext(kind, count, failOptions),
    clearFaults: () => faults.clear(),
    headersFor: (target, headerOptions) => signedHeaders(app, target, { timestamp: now().getTime(), ...headerOptions }),
    requests,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
