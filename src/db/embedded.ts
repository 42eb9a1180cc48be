import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir, type DataDirLock } from './embedded-lock.js';

/**
 * The embedded database: PGlite (PostgreSQL in WebAssembly) served on a private Unix socket, so the
 * rest of the hub talks to it through the same `pg` driver it uses for a real server.
 */
export interface EmbeddedServer {
  /** Connection settings for `pg`: the socket's directory and port. */
  host: string;
  port: number;
  pglite: PGlite;
  /** Persisted only: records the hub's URL in the lock, for commands refused while it runs. */
  noteUrl(url: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Directory persisted between runs; omitted, the database lives in memory. */
  dataDir?: string;
  /** A dumped data directory to start from (tests start from a migrated template). */
  loadDataDir?: Blob;
  /** At least the pool size: the socket server refuses connections beyond it. */
  maxConnections: number;
}

const SOCKET_PORT = 5432;

export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedServer> {
  let dataDir: string | undefined;
  let lock: DataDirLock | undefined;
  if (options.dataDir) {
    dataDir = resolve(options.dataDir);
    await mkdir(dataDir, { recursive: true });
    lock = await lockDataDir(dataDir);
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: { pg_trgm },
    });
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const socketDir = await mkdtemp(join(tmpdir(), 'jianguan-'));
  const server = new PGLiteSocketServer({
    db: pglite,
    path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`),
    maxConnections: options.maxConnections,
  });
  await server.start();
  return {
    host: socketDir,
    port: SOCKET_PORT,
    pglite,
    noteUrl: async (url) => lock?.noteUrl(url),
    async stop() {
      await server.stop();
      await pglite.close();
      await rm(socketDir, { recursive: true, force: true });
      await lock?.release();
    },
  };
}
