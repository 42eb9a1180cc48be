import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { SyncMeasurement } from './sync.js';
import type { MatchingResult } from './matching.js';
import { startupLines, type StartupTimes } from './startup.js';

export interface Row {
  scenario: string;
  connections: number;
  /** peakMemoryMb: the peak resident memory of the hub that served this scenario alone, from its start. */
  hub: { requestsPerSecond: number; p50Ms: number; p99Ms: number; statements: number; bytes: number; failures: number; peakMemoryMb: number };
  baseline: { requestsPerSecond: number; p50Ms: number; p99Ms: number; statements: number; bytes: number; failures: number };
  /** Hand-written throughput over the hub's (1 = no overhead; goal ≤ 2). */
  overhead: number;
  sameAnswer: boolean;
}

import { pullTable, type PullReport } from './pull.js';

export interface Report {
  at: string;
  scale: { institutions: number; practitioners: number };
  secondsPerRun: number;
  hubPeakMemoryMb: number;
  rows: Row[];
  /** Source plugin syncs from a local emulator into PostgreSQL. */
  sync?: SyncMeasurement[];
  /** Records per second delivered to a local credit-platform emulator (licenses and penalties, no faults). */
  creditDelivery?: { records: number; seconds: number; recordsPerSecond: number };
  /** Snapshot and change-feed throughput of a provincial system's pull. */
  pull?: PullReport;
  /** 上网比对 of many cases against the seeded practitioners (bench/matching.ts). */
  matching?: MatchingResult;
  /** Medians of a few starts, measured before the load runs. */
  startup?: StartupTimes;
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

export const RESULTS_DIR = 'bench/results';

/** Prints the table, with the change against the previous run's requests/s where there is one. */
export async function writeReport(report: Report): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const previous: Report | null = await readFile(`${RESULTS_DIR}/latest.json`, 'utf8').then((t) => JSON.parse(t), () => null);
  const lines = [
    `Jianguan benchmark, ${report.at}: ${report.scale.institutions} institutions, ${report.scale.practitioners} practitioners, ${report.secondsPerRun} s a run`,
    '',
    '| scenario | conns | hub req/s | hub p50 ms | hub p99 ms | hub SQL/req | hub KiB/req | SQL req/s | SQL p50 ms | SQL p99 ms | SQL stmts | SQL KiB/req | hub ÷ SQL req/s | hub peak MiB | same answer | failures | Δ hub req/s |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of report.rows) {
    const before = previous?.rows.find((r) => r.scenario === row.scenario && r.connections === row.connections);
    const delta = before ? `${(((row.hub.requestsPerSecond - before.hub.requestsPerSecond) / before.hub.requestsPerSecond) * 100).toFixed(1)}%` : '–';
    lines.push(
      `| ${row.scenario} | ${row.connections} | ${row.hub.requestsPerSecond} | ${row.hub.p50Ms} | ${row.hub.p99Ms} | ${row.hub.statements} | ${kib(row.hub.bytes)} | ` +
        `${row.baseline.requestsPerSecond} | ${row.baseline.p50Ms} | ${row.baseline.p99Ms} | ${row.baseline.statements} | ${kib(row.baseline.bytes)} | ${(1 / row.overhead).toFixed(2)} | ${row.hub.peakMemoryMb} | ` +
        `${row.sameAnswer ? 'yes' : 'NO'} | ${row.hub.failures + row.baseline.failures} | ${delta} |`,
    );
  }
  if (report.pull) lines.push(...pullTable(report.pull));
  lines.push('', `Hub peak resident memory: ${report.hubPeakMemoryMb} MiB`);
  if (report.sync?.length) {
    lines.push('', '| plugin sync (emulator → PostgreSQL, no faults) | cases | seconds | records/s | peak memory MiB |', '|---|---|---|---|---|');
    for (const s of report.sync) lines.push(`| ${s.plugin} | ${s.cases} | ${s.seconds} | ${s.recordsPerSecond} | ${s.peakMemoryMb} |`);
  }
  if (report.creditDelivery) {
    const d = report.creditDelivery;
    lines.push('', `Credit-platform delivery: ${d.records} records (licenses and penalties) in ${d.seconds} s, ${d.recordsPerSecond} records/s to a local emulator (goal 5,000)`);
  }
  const m = report.matching;
  if (m) {
    const alerts = Object.entries(m.alerts).map(([kind, n]) => `${kind} ${n}`).join(', ');
    lines.push(
      '',
      `上网比对: ${m.cases} cases against ${m.practitioners} practitioners matched in ${m.matchSeconds.toFixed(1)} s (${m.casesPerSecond} cases/s), ` +
        `indexed (no scan per case): ${m.indexed ? 'yes' : 'NO'}; alerts: ${alerts}; 情节严重: ${m.seriousCases}. ` +
        `Ingest through the plugin writer with matching queued: ${m.ingestPerSecond} records/s. Practitioners hashed first: ${m.practitionersHashed} in ${m.hashSeconds.toFixed(1)} s.`,
    );
  }
  if (report.startup) lines.push('', ...startupLines(report.startup));
  const table = lines.join('\n');
  if (previous) await writeFile(`${RESULTS_DIR}/previous.json`, JSON.stringify(previous, null, 2));
  await writeFile(`${RESULTS_DIR}/latest.json`, JSON.stringify(report, null, 2));
  await writeFile(`${RESULTS_DIR}/latest.md`, `${table}\n`);
  return table;
}
