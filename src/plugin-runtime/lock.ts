import type pg from 'pg';

/** Runs of a plugin held by this process (the embedded database's one session cannot tell them apart). */
const heldHere = new Set<string>();

export interface PluginLock {
  release(): Promise<void>;
}

/**
 * One run per plugin at a time, across every process on the database: a session-level advisory
 * lock on a connection held for the whole run. If the process dies, PostgreSQL ends its session
 * and the lock with it, so a crashed run never blocks the next. Returns null when a run holds it.
 */
export async function tryLockPlugin(pool: pg.Pool, plugin: string): Promise<PluginLock | null> {
  if (heldHere.has(plugin)) return null;
  heldHere.add(plugin);
  let client: pg.PoolClient | undefined;
  try {
    client = await pool.connect();
    const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(hashtextextended('jianguan-plugin:' || $1, 0)) AS locked`, [plugin]);
    if (!rows[0]?.locked) {
      client.release();
      heldHere.delete(plugin);
      return null;
    }
  } catch (error) {
    client?.release();
    heldHere.delete(plugin);
    throw error;
  }
  const held = client;
  return {
    async release() {
      try {
        await held.query(`SELECT pg_advisory_unlock(hashtextextended('jianguan-plugin:' || $1, 0))`, [plugin]);
        held.release();
      } catch (error) {
        // A broken connection took the lock with it; do not return it to the pool.
        held.release(error as Error);
      } finally {
        heldHere.delete(plugin);
      }
    },
  };
}
