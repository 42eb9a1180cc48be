import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from './schema.generated.js';
import { startEmbedded, type EmbeddedServer } from './embedded.js';
import { prepareRepeatedReads } from './prepared-statements.js';
import { StatementStats, tallyBytesRead } from './statement-stats.js';
import { StartupFailure, briefCause } from '../startup-failure.js';

export interface DatabaseSettings {
  /** External PostgreSQL; when absent the embedded database is started. */
  url?: string;
  /** Embedded only: persisted directory (absent: in memory). */
  dataDir?: string;
  /** Embedded only: start from this dumped data directory. */
  loadDataDir?: Blob;
  poolMax: number;
  /** Embedded only: connections kept for pools made later with `createPool` (the job worker's). */
  reservedConnections?: number;
  statementTimeoutMs: number;
  connectionTimeoutMs: number;
  /**
   * PostgreSQL only: refuse to open a server that does not answer (default). A process starting
   * against a missing database should stop and say so; a hub already serving rides out an outage,
   * answering SERVICE_UNAVAILABLE until the server is back — `false` opens it either way.
   */
  requireReachable?: boolean;
}

export interface Database {
  db: Kysely<DB>;
  pool: pg.Pool;
  kind: 'postgres' | 'embedded';
  stats: StatementStats;
  /** Embedded only: a gzipped dump of the data directory (a backup, or a template for tests). */
  dumpDataDir?: () => Promise<Blob>;
  /** Embedded and persisted: tells processes refused by its lock where this hub serves. */
  noteServingUrl(url: string): Promise<void>;
  /** Another pool on the same database, e.g. for the job worker; closed with the database. */
  createPool(max: number): pg.Pool;
  /** True when a trivial statement succeeds. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

// Dates stay `yyyy-MM-dd` strings: converting them to JS Dates would shift them by the time zone.
const DATE_OID = 1082;
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  },
};

export async function openDatabase(settings: DatabaseSettings, logger: Logger): Promise<Database> {
  let embedded: EmbeddedServer | undefined;
  let connection: pg.PoolConfig;
  if (settings.url) {
    connection = { connectionString: settings.url };
  } else {
    embedded = await startEmbedded({
      ...(settings.dataDir ? { dataDir: settings.dataDir } : {}),
      ...(settings.loadDataDir ? { loadDataDir: settings.loadDataDir } : {}),
      maxConnections: settings.poolMax + (settings.reservedConnections ?? 0) + 2,
    });
    connection = { host: embedded.host, port: embedded.port, user: 'postgres', database: 'postgres' };
  }

  const makePool = (max: number) => {
    const made = new pg.Pool({
      ...connection,
      types,
      max,
      connectionTimeoutMillis: settings.connectionTimeoutMs,
      ...(settings.statementTimeoutMs > 0 ? { statement_timeout: settings.statementTimeoutMs } : {}),
      application_name: 'jianguan',
    });
    // A server restart makes idle and checked-out clients emit 'error'. Without a listener on each
    // client Node treats it as unhandled and the whole process dies; with one, the pool discards
    // the broken client and the next query gets a fresh connection.
    made.on('error', (error) => logger.warn({ err: error }, 'idle database connection lost'));
    made.on('connect', (client) => {
      client.on('error', (error) => logger.warn({ err: error }, 'database connection lost'));
      tallyBytesRead(client);
      // The embedded database's socket serves every connection from one session: names would collide.
      if (!embedded) prepareRepeatedReads(client);
    });
    return made;
  };
  const pool = makePool(settings.poolMax);
  const extraPools: pg.Pool[] = [];
  if (settings.url && settings.requireReachable !== false) await checkReachable(pool, settings.url);

  const stats = new StatementStats();
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    log: () => stats.record(),
  });

  return {
    db,
    pool,
    kind: embedded ? 'embedded' : 'postgres',
    stats,
    ...(embedded ? { dumpDataDir: () => embedded.pglite.dumpDataDir('gzip') } : {}),
    noteServingUrl: async (url) => embedded?.noteUrl(url),
    async ping() {
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    createPool(max) {
      const made = makePool(max);
      extraPools.push(made);
      return made;
    },
    async close() {
      await Promise.all(extraPools.filter((extra) => !extra.ended).map((extra) => extra.end()));
      await db.destroy();
      await embedded?.stop();
    },
  };
}

/** Where a database URL points, without its credentials: `host:port/name`. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname || '/'}`;
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}

/**
 * One statement before anything else, so an unreachable server or a wrong name, user or password
 * stops the command with one line naming the database and the cause, not as a failed migration.
 */
async function checkReachable(pool: pg.Pool, url: string) {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StartupFailure(`cannot reach the database ${describeDatabaseUrl(url)} (DATABASE_URL): ${briefCause(error)}`, 1, { cause: error });
  }
}
