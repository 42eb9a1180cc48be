import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { startupLines, type StartupTimes } from './startup.js';

export interface Row {
  scenario: string;
  connections: number;
  hub: { requestsPerSecond: number; p50Ms: number; p99Ms: number; statements: number; failures: number };
  baseline: { requestsPerSecond: number; p50Ms: number; p99Ms: number; statements: number; failures: number };
  /** Hand-written throughput over the hub's (1 = no overhead; goal ≤ 2). */
  overhead: number;
  sameAnswer: boolean;
}

export interface Report {
  at: string;
  scale: { institutions: number; practitioners: number };
  secondsPerRun: number;
  hubPeakMemoryMb: number;
  rows: Row[];
  /** Medians of a few starts, measured before the load runs. */
  startup?: StartupTimes;
}

export const RESULTS_DIR = 'bench/results';

/** Prints the table, with the change against the previous run's requests/s where there is one. */
export async function writeReport(report: Report): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const previous: Report | null = await readFile(`${RESULTS_DIR}/latest.json`, 'utf8').then((t) => JSON.parse(t), () => null);
  const lines = [
    `Jianguan benchmark, ${report.at}: ${report.scale.institutions} institutions, ${report.scale.practitioners} practitioners, ${report.secondsPerRun} s a run`,
    '',
    '| scenario | conns | hub req/s | hub p50 ms | hub p99 ms | hub SQL/req | SQL req/s | SQL p50 ms | SQL p99 ms | SQL stmts | overhead (SQL ÷ hub req/s) | same answer | failures | Δ hub req/s |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of report.rows) {
    const before = previous?.rows.find((r) => r.scenario === row.scenario && r.connections === row.connections);
    const delta = before ? `${(((row.hub.requestsPerSecond - before.hub.requestsPerSecond) / before.hub.requestsPerSecond) * 100).toFixed(1)}%` : '–';
    lines.push(
      `| ${row.scenario} | ${row.connections} | ${row.hub.requestsPerSecond} | ${row.hub.p50Ms} | ${row.hub.p99Ms} | ${row.hub.statements} | ` +
        `${row.baseline.requestsPerSecond} | ${row.baseline.p50Ms} | ${row.baseline.p99Ms} | ${row.baseline.statements} | ${row.overhead.toFixed(2)} | ` +
        `${row.sameAnswer ? 'yes' : 'NO'} | ${row.hub.failures + row.baseline.failures} | ${delta} |`,
    );
  }
  lines.push('', `Hub peak resident memory: ${report.hubPeakMemoryMb} MiB`);
  if (report.startup) lines.push('', ...startupLines(report.startup));
  const table = lines.join('\n');
  if (previous) await writeFile(`${RESULTS_DIR}/previous.json`, JSON.stringify(previous, null, 2));
  await writeFile(`${RESULTS_DIR}/latest.json`, JSON.stringify(report, null, 2));
  await writeFile(`${RESULTS_DIR}/latest.md`, `${table}\n`);
  return table;
}
