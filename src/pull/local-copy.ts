import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { ChangeLine, EndLine, RecordLine } from './hub-client.js';

/** Where a consumer keeps its copy: a PostgreSQL database, or an embedded one in a directory. */
export interface SqlStore {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  transaction<T>(work: (store: SqlStore) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `postgres://…` uses that database; anything else is a directory for an embedded one (`memory://`: in memory). */
export async function openStore(destination: string): Promise<SqlStore> {
  if (/^postgres(ql)?:\/\//.test(destination)) {
    const client = new pg.Client({ connectionString: destination });
    await client.connect();
    const store: SqlStore = {
      query: async (text, params) => client.query(text, params as unknown[]) as never,
      async transaction(work) {
        await client.query('BEGIN');
        try {
          const result = await work(store);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      },
      close: () => client.end(),
    };
    return store;
  }
  const pglite = await PGlite.create(destination === 'memory://' ? undefined : destination);
  const nested = () => Promise.reject(new Error('transactions do not nest'));
  return {
    query: (text, params) => pglite.query(text, params) as never,
    transaction: (work) => pglite.transaction((tx) => work({ query: (text, params) => tx.query(text, params) as never, transaction: nested, close: async () => undefined })),
    close: () => pglite.close(),
  };
}

const BATCH = 2_000;

/**
 * The consumer's copy of its province: one row per record, and the feed cursor it has reached.
 * A snapshot replaces the copy and a page of changes is applied in one transaction each, together
 * with the cursor, so after a crash the copy resumes exactly where its data stands.
 */
export class LocalCopy {
  private constructor(readonly store: SqlStore) {}

  static async open(store: SqlStore): Promise<LocalCopy> {
    await store.query(`CREATE TABLE IF NOT EXISTS pulled_record (id text PRIMARY KEY, type text NOT NULL, record jsonb NOT NULL)`);
    await store.query(`CREATE TABLE IF NOT EXISTS pull_state (singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton), cursor text NOT NULL, types text)`);
    return new LocalCopy(store);
  }

  /** The cursor to follow from, and the types it was taken for; null before the first snapshot. */
  async position(): Promise<{ cursor: string; types: string[] | null } | null> {
    const { rows } = await this.store.query<{ cursor: string; types: string | null }>('SELECT cursor, types FROM pull_state');
    const row = rows[0];
    return row ? { cursor: row.cursor, types: row.types ? row.types.split(',') : null } : null;
  }

  /** Replaces the copy with a snapshot; only a complete one (ended by its last line) is kept. */
  async loadSnapshot(lines: AsyncIterable<RecordLine | EndLine>, types: readonly string[] | null): Promise<EndLine> {
    return this.store.transaction(async (tx) => {
      await tx.query('DELETE FROM pulled_record');
      let batch: RecordLine[] = [];
      let end: EndLine | undefined;
      for await (const line of lines) {
        if ('end' in line) {
          end = line;
          break;
        }
        batch.push(line);
        if (batch.length >= BATCH) {
          await upsert(tx, batch);
          batch = [];
        }
      }
      if (!end) throw new Error('the snapshot was cut short (no last line): nothing was kept');
      await upsert(tx, batch);
      await saveCursor(tx, end.cursor, types);
      return end;
    });
  }

  /** Applies a page of changes in order, with the cursor to continue from. */
  async apply(changes: readonly ChangeLine[], cursor: string): Promise<void> {
    await this.store.transaction(async (tx) => {
      for (let i = 0; i < changes.length; ) {
        // Consecutive changes of one kind go in one statement; the order between kinds is kept.
        const op = changes[i]!.op;
        let j = i;
        while (j < changes.length && changes[j]!.op === op) j++;
        const run = changes.slice(i, j);
        if (op === 'UPSERT') await upsert(tx, latestOf(run as RecordLine[]));
        else await tx.query('DELETE FROM pulled_record WHERE id = ANY($1::text[])', [run.map((c) => c.id)]);
        i = j;
      }
      await tx.query('UPDATE pull_state SET cursor = $1', [cursor]);
    });
  }

  /** Every record of the copy, by global id. */
  async records(): Promise<Map<string, { type: string; record: Record<string, unknown> }>> {
    const { rows } = await this.store.query<{ id: string; type: string; record: Record<string, unknown> }>('SELECT id, type, record FROM pulled_record');
    return new Map(rows.map((r) => [r.id, { type: r.type, record: r.record }]));
  }
}

/** The last upsert of each id in a run (one statement may not touch a row twice). */
const latestOf = (lines: RecordLine[]) => [...new Map(lines.map((l) => [l.id, l])).values()];

async function upsert(store: SqlStore, lines: readonly RecordLine[]) {
  if (lines.length === 0) return;
  await store.query(
    `INSERT INTO pulled_record (id, type, record) SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[])
     ON CONFLICT (id) DO UPDATE SET type = excluded.type, record = excluded.record`,
    [lines.map((l) => l.id), lines.map((l) => l.type), lines.map((l) => JSON.stringify(l.record))],
  );
}

async function saveCursor(store: SqlStore, cursor: string, types: readonly string[] | null) {
  await store.query(
    `INSERT INTO pull_state (cursor, types) VALUES ($1, $2) ON CONFLICT (singleton) DO UPDATE SET cursor = excluded.cursor, types = excluded.types`,
    [cursor, types?.join(',') ?? null],
  );
}
