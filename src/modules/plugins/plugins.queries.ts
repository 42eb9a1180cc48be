import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';

/** The latest run of each plugin, and the latest successful one, in one statement. */
export async function latestRuns(db: Kysely<DB>, plugins: readonly string[]) {
  if (plugins.length === 0) return new Map<string, { last?: RunRow; lastSuccess?: RunRow }>();
  const rows = await sql<RunRow & { which: 'last' | 'lastSuccess' }>`
    SELECT r.*, w.which FROM unnest(${plugins}::text[]) AS p (name)
    CROSS JOIN LATERAL (VALUES ('last'), ('lastSuccess')) AS w (which)
    CROSS JOIN LATERAL (
      SELECT * FROM plugin_run WHERE plugin = p.name AND (w.which = 'last' OR status = 'SUCCEEDED') ORDER BY id DESC LIMIT 1
    ) AS r`.execute(db);
  const byPlugin = new Map<string, { last?: RunRow; lastSuccess?: RunRow }>();
  for (const { which, ...run } of rows.rows) {
    const entry = byPlugin.get(run.plugin) ?? {};
    entry[which] = run;
    byPlugin.set(run.plugin, entry);
  }
  return byPlugin;
}

export type RunRow = {
  id: string;
  plugin: string;
  trigger: string;
  status: string;
  started_at: Date;
  finished_at: Date | null;
  records_read: number;
  records_written: number;
  records_unchanged: number;
  records_quarantined: number;
  batches: number;
  checkpoint: unknown;
  error_kind: string | null;
  error: string | null;
};

export const checkpointsOf = (db: Kysely<DB>, plugin: string) =>
  db.selectFrom('plugin_checkpoint').selectAll().where('plugin', '=', plugin).orderBy('stream').execute();

export async function heldQuarantineCounts(db: Kysely<DB>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('quarantined_record').select(['plugin', (eb) => eb.fn.countAll<string>().as('n')]).where('status', '=', 'HELD').groupBy('plugin').execute();
  return new Map(rows.map((r) => [r.plugin, Number(r.n)]));
}
