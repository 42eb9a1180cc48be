import { Kysely, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import type { AuditContext } from '../../auth/audit.js';
import { visibleInBulk } from '../../auth/scope.js';
import type { DB } from '../../db/schema.generated.js';
import { todayInChina } from '../../domain/today.js';
import { lineRowsSql, linesOfRows, type LineRow } from './current-lines.js';
import type { ExportType } from './export-types.js';
import { encodePosition, positionAfterSnapshot } from './feed-cursor.js';

/** Rows fetched from the database cursor at a time: memory is bounded by this, not by the province. */
export const SNAPSHOT_BATCH_ROWS = 2_000;

export interface SnapshotEnd {
  end: true;
  /** Records in the snapshot. */
  count: number;
  /** Follow the change feed from here: it holds every change the snapshot does not show. */
  cursor: string;
}

/** A Kysely bound to one checked-out connection, so that statements built with it run inside its transaction. */
function onConnection(client: pg.PoolClient): Kysely<DB> {
  const connection = { query: client.query.bind(client), release: () => undefined };
  const pool = { connect: async () => connection, end: async () => undefined };
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
}

/**
 * Everything the viewer may see of the given types, as NDJSON chunks, from one database snapshot
 * (a repeatable-read transaction), ended by a line with the count and the feed cursor. Rows come
 * through a server-side cursor a batch at a time and the next batch is fetched only when the
 * previous chunk was taken, so a slow client slows the reading instead of filling memory. Ending
 * the iteration early (the client left) closes the transaction and frees the connection.
 *
 * While the transaction is open this connection is the only one used: on the embedded database
 * all connections share one session and a second one would wait for this transaction forever.
 */
export async function* snapshotChunks(
  pool: pg.Pool,
  audit: AuditContext,
  types: readonly ExportType[],
  progress: { records: number } = { records: 0 },
): AsyncGenerator<Uint8Array, SnapshotEnd> {
  const client = await pool.connect();
  const db = onConnection(client);
  let broken: Error | undefined;
  let open = false;
  let end: SnapshotEnd;
  try {
    // Read only, unless personal information is read: its audit rows are written in the same statements.
    const readsPersonalInformation = types.some((t) => t.personalInformation) && audit.viewer.kind === 'REGULATOR';
    await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ${readsPersonalInformation ? '' : ' READ ONLY'}`);
    open = true;
    // The first statement fixes the transaction's snapshot; it is also where the feed takes over.
    const { rows } = await client.query<{ snapshot: string }>('SELECT pg_current_snapshot()::text AS snapshot');
    // Plan each cursor for reading all of its rows, not for the first few.
    await client.query('SET LOCAL cursor_tuple_fraction = 1');
    // Computed lines (记分状态) are as of one day for the whole snapshot.
    const asOf = todayInChina();
    for (const exportType of types) {
      const cursor = `snapshot_${exportType.table}_${exportType.type.toLowerCase()}`;
      await sql`DECLARE ${sql.raw(cursor)} NO SCROLL CURSOR FOR ${lineRowsSql(exportType, visibleInBulk(audit.viewer, exportType.table, 'r'))}`.execute(db);
      const fetchBatch = () => client.query<LineRow>(`FETCH ${SNAPSHOT_BATCH_ROWS} FROM ${cursor}`);
      let next: Promise<pg.QueryResult<LineRow>> | null = fetchBatch();
      while (next) {
        const batch: pg.QueryResult<LineRow> = await next;
        // The next batch is read while this one is encoded and sent: PostgreSQL and Node work at
        // once, and no more than two batches are ever held. A short batch was the cursor's last.
        next = batch.rows.length === SNAPSHOT_BATCH_ROWS ? fetchBatch() : null;
        next?.catch(() => undefined); // (awaited above, or failed with the transaction)
        if (batch.rows.length === 0) break;
        const lines = (await linesOfRows(db, audit, exportType, batch.rows, asOf)).filter((line) => line !== null);
        progress.records += lines.length;
        yield ndjson(lines);
      }
      await client.query(`CLOSE ${cursor}`);
    }
    await client.query('COMMIT');
    open = false;
    end = { end: true, count: progress.records, cursor: encodePosition(positionAfterSnapshot(rows[0]!.snapshot)) };
  } catch (error) {
    broken = error as Error;
    throw error;
  } finally {
    // Committed even when the client left: the audit rows of what it was sent must stay.
    if (open) await client.query('COMMIT').catch((error: Error) => (broken = error));
    client.release(broken);
  }
  yield ndjson([JSON.stringify(end)]);
  return end;
}

/**
 * Lines as NDJSON bytes, each encoded straight into one buffer: joining a batch into one string
 * and encoding that costs several times more, and the lines are most of what a snapshot does in Node.
 */
function ndjson(lines: readonly string[]): Uint8Array {
  let length = 0;
  for (const line of lines) length += Buffer.byteLength(line) + 1;
  const bytes = Buffer.allocUnsafe(length);
  let offset = 0;
  for (const line of lines) {
    offset += bytes.write(line, offset);
    bytes[offset++] = 0x0a;
  }
  return bytes;
}
