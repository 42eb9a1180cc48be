import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FaultPlan, PlannedFault } from './faults.js';
import type { StoredFile, ZhejiangStore } from './store.js';

export interface RequestRecord {
  at: number;
  method: string;
  path: string;
  status: number | 'reset' | 'stall';
  outcome: string;
}

const PREFIX = '/export/unlicensed/';
const MANIFEST_PATH = `${PREFIX}manifest.json`;
/** Files go out in pieces, chunked, with no Content-Length: only the manifest's hash vouches for a body. */
const CHUNK_BYTES = 16 * 1024;

type Answer = { kind: 'manifest' } | { kind: 'file'; file: StoredFile } | { kind: 'missing' };

export interface ZhejiangServer {
  server: Server;
  /** Stops answering, cancels stalls and destroys every open connection. */
  close(): Promise<void>;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export function createZhejiangServer(store: ZhejiangStore, plan: FaultPlan, token: string, requests: RequestRecord[]): ZhejiangServer {
  const sockets = new Set<Socket>();
  const stallTimers = new Set<NodeJS.Timeout>();
  const expectedToken = digest(token);

  function authorised(header: string | undefined): boolean {
    const presented = /^Bearer +(\S+) *$/i.exec(header ?? '')?.[1];
    // Compared as digests, in constant time, so neither the length nor a prefix of the token leaks.
    return presented !== undefined && timingSafeEqual(digest(presented), expectedToken);
  }

  function route(path: string): Answer {
    if (path === MANIFEST_PATH) return { kind: 'manifest' };
    if (path.startsWith(PREFIX)) {
      const file = store.listedFile(path.slice(PREFIX.length));
      if (file) return { kind: 'file', file };
    }
    return { kind: 'missing' };
  }

  function manifestBody(): Buffer {
    const files = store.listedFiles().map(({ date, name, sha256, rows }) => ({ date, name, sha256, rows }));
    if (plan.shuffledManifest) plan.random.shuffle(files);
    return Buffer.from(JSON.stringify({ files }), 'utf8');
  }

  /** Writes the body in pieces and ends it; on cutOff, resets the connection half way instead. */
  function writeBody(res: ServerResponse, body: Buffer, cutOff: boolean): void {
    const stopAt = cutOff ? Math.max(1, Math.floor(body.length / 2)) : body.length;
    for (let offset = 0; offset < stopAt; offset += CHUNK_BYTES) {
      const last = offset + CHUNK_BYTES >= stopAt;
      const piece = body.subarray(offset, Math.min(offset + CHUNK_BYTES, stopAt));
      if (last && cutOff) res.write(piece, () => res.socket?.resetAndDestroy());
      else res.write(piece);
    }
    if (!cutOff) res.end();
  }

  function alteredFileBody(bytes: Buffer, fault: PlannedFault | null): { body: Buffer; note: string } {
    if (fault?.kind === 'truncated') {
      const length = plan.random.int(Math.floor(bytes.length / 4), bytes.length - 1);
      return { body: bytes.subarray(0, length), note: `truncated to ${length} of ${bytes.length} bytes` };
    }
    if (fault?.kind === 'corrupted') {
      const body = Buffer.from(bytes);
      const flips = plan.random.int(1, 3);
      for (let i = 0; i < flips; i++) {
        const position = plan.random.int(0, body.length - 1);
        body[position] = body[position]! ^ plan.random.int(1, 255);
      }
      return { body, note: `${flips} byte(s) altered` };
    }
    return { body: bytes, note: `${bytes.length} bytes` };
  }

  function respond(req: IncomingMessage, res: ServerResponse, answer: Answer, fault: PlannedFault | null, log: (status: RequestRecord['status'], outcome: string) => void): void {
    if (fault?.kind === 'reset') {
      log('reset', 'connection reset before any response');
      req.socket.resetAndDestroy();
      return;
    }
    if (fault?.kind === 'rate429') {
      log(429, `rate limited, Retry-After ${fault.retryAfterSeconds}`);
      res.writeHead(429, { 'Retry-After': String(fault.retryAfterSeconds), 'Content-Type': 'text/plain; charset=utf-8' }).end('请求过于频繁');
      return;
    }
    if (fault?.kind === 'http5xx') {
      log(fault.status, 'gateway error');
      res.writeHead(fault.status, { 'Content-Type': 'text/html' }).end(`<html><body><h1>${fault.status}</h1><p>网关错误</p></body></html>`);
      return;
    }
    const cutOff = fault?.kind === 'cutOff';
    if (answer.kind === 'missing') {
      log(404, 'no such listed file');
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('文件不存在');
      return;
    }
    if (answer.kind === 'manifest') {
      const body = manifestBody();
      log(200, `manifest with ${store.listedFiles().length} files${cutOff ? ', connection reset half way' : ''}`);
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
      writeBody(res, body, cutOff);
      return;
    }
    const { body, note } = alteredFileBody(answer.file.bytes, fault);
    log(200, `${answer.file.name}: ${cutOff ? 'connection reset half way' : note}`);
    // No charset: the file's encoding is told by its first bytes (a BOM or not), as the contract says.
    res.writeHead(200, { 'Content-Type': 'text/csv', 'Cache-Control': 'no-store' });
    writeBody(res, body, cutOff);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const entry: RequestRecord = { at: Date.now(), method: req.method ?? '', path: (req.url ?? '/').split('?')[0]!, status: 0, outcome: '' };
    requests.push(entry);
    const log = (status: RequestRecord['status'], outcome: string) => {
      if (entry.status === 'stall') entry.outcome = `${entry.outcome}, then ${status}: ${outcome}`;
      else Object.assign(entry, { status, outcome });
    };
    // Faults come after the token check, so an unauthenticated request never uses up a planned fault.
    if (!authorised(req.headers.authorization)) {
      log(401, 'missing or wrong bearer token');
      res.writeHead(401, { 'WWW-Authenticate': 'Bearer realm="export"', 'Content-Type': 'application/json; charset=utf-8' }).end('{"error":"unauthorized"}');
      return;
    }
    if (entry.method !== 'GET') {
      log(405, 'only GET is served');
      res.writeHead(405, { Allow: 'GET' }).end();
      return;
    }
    const answer = route(entry.path);
    const fault = plan.decide(entry.path, answer.kind === 'missing' ? 'error' : answer.kind);
    if (fault?.kind !== 'stall') return respond(req, res, answer, fault, log);
    Object.assign(entry, { status: 'stall', outcome: Number.isFinite(fault.ms) ? `stalled ${fault.ms} ms` : 'stalled until closed' });
    if (!Number.isFinite(fault.ms)) return;
    const timer = setTimeout(() => {
      stallTimers.delete(timer);
      if (!req.socket.destroyed) respond(req, res, answer, null, log);
    }, fault.ms);
    stallTimers.add(timer);
  }

  const server = createServer(handle);
  /** Closing twice is harmless: the second call waits for the first. */
  let closing: Promise<void> | undefined;
  server.on('connection', (socket) => {
    sockets.add(socket);
    // A reset the emulator causes on purpose must not surface as an unhandled error.
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });

  return {
    server,
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        for (const timer of stallTimers) clearTimeout(timer);
        stallTimers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
