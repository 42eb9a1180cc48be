import { sql, type Kysely } from 'kysely';
import { Gauge, type Registry } from 'prom-client';
import type { DB } from '../db/schema.generated.js';

interface PluginTotals {
  plugin: string;
  running: string;
  succeeded: string;
  failed: string;
  abandoned: string;
  written: string | null;
  unchanged: string | null;
  quarantined: string | null;
  since_success: number | null;
  last_duration: number | null;
}

const readTotals = (db: Kysely<DB>) =>
  sql<PluginTotals>`
    SELECT plugin,
      count(*) FILTER (WHERE status = 'RUNNING') AS running, count(*) FILTER (WHERE status = 'SUCCEEDED') AS succeeded,
      count(*) FILTER (WHERE status = 'FAILED') AS failed, count(*) FILTER (WHERE status = 'ABANDONED') AS abandoned,
      sum(records_written) AS written, sum(records_unchanged) AS unchanged, sum(records_quarantined) AS quarantined,
      extract(epoch FROM clock_timestamp() - max(finished_at) FILTER (WHERE status = 'SUCCEEDED'))::float8 AS since_success,
      (SELECT extract(epoch FROM r.finished_at - r.started_at)::float8 FROM plugin_run r
        WHERE r.plugin = plugin_run.plugin AND r.finished_at IS NOT NULL ORDER BY r.id DESC LIMIT 1) AS last_duration
    FROM plugin_run GROUP BY plugin`
    .execute(db)
    .then((result) => result.rows)
    // Before the migration that makes plugin_run there is nothing to count.
    .catch((): PluginTotals[] => []);

/**
 * Plugin metrics read from `plugin_run` at each scrape: every process (hub or worker) shows every
 * run, including those `jianguan sync` made, and nothing is lost when a process restarts.
 */
export function registerPluginMetrics(registry: Registry, db: Kysely<DB>) {
  // The registry collects its metrics concurrently: the four gauges share one read per scrape.
  let current: Promise<PluginTotals[]> | null = null;
  const totals = () => {
    if (!current) {
      current = readTotals(db);
      void current.finally(() => setTimeout(() => (current = null), 250).unref());
    }
    return current;
  };
  const gauge = (name: string, help: string, labelNames: string[], fill: (gauge: Gauge, row: PluginTotals) => void) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        this.reset();
        for (const row of await totals()) fill(this, row);
      },
    });
  gauge('jianguan_plugin_runs', 'Plugin runs recorded, by plugin and outcome (running, succeeded, failed, abandoned).', ['plugin', 'outcome'], (g, row) => {
    for (const outcome of ['running', 'succeeded', 'failed', 'abandoned'] as const) g.set({ plugin: row.plugin, outcome }, Number(row[outcome]));
  });
  gauge('jianguan_plugin_records', 'Records plugins read, by plugin and outcome (written, unchanged, quarantined).', ['plugin', 'outcome'], (g, row) => {
    for (const outcome of ['written', 'unchanged', 'quarantined'] as const) g.set({ plugin: row.plugin, outcome }, Number(row[outcome] ?? 0));
  });
  gauge('jianguan_plugin_last_run_duration_seconds', 'How long the last finished run of each plugin took.', ['plugin'], (g, row) => {
    if (row.last_duration !== null) g.set({ plugin: row.plugin }, row.last_duration);
  });
  gauge('jianguan_plugin_seconds_since_last_success', 'Seconds since the last successful run of each plugin ended (absent until one has).', ['plugin'], (g, row) => {
    if (row.since_success !== null) g.set({ plugin: row.plugin }, row.since_success);
  });
}
