import type pg from 'pg';
import { Readable } from 'node:stream';
import { hashApiKey } from '../src/auth/api-keys.js';

export interface SnapshotRun {
  gzip: boolean;
  records: number;
  megabytes: number;
  seconds: number;
  recordsPerSecond: number;
  /** The hub's resident memory just before, and the most it reached while serving the snapshot. */
  rssBeforeMb: number;
  peakRssMb: number;
}

export interface FeedRun {
  changes: number;
  seconds: number;
  changesPerSecond: number;
  pages: number;
}

export interface PullReport {
  province: string;
  snapshots: SnapshotRun[];
  feed: FeedRun;
}

/**
 * The snapshot half of the pull (`npm run bench -- --only snapshot`): the largest province's whole
 * snapshot, plain and gzipped, read as fast as the client can while the hub's memory is sampled.
 */
export async function benchSnapshot(base: string, pool: pg.Pool, rssMb: () => Promise<number>, log: (line: string) => void) {
  const { rows } = await pool.query<{ province: string }>(`SELECT left(region_code, 2) || '0000' AS province FROM institution GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const province = rows[0]!.province;
  const key = `jgk_bench_${Date.now()}`;
  await pool.query(`INSERT INTO api_key (name, province_code, key_hash, key_prefix) VALUES ('bench', $1, $2, $3)`, [province, hashApiKey(key), key.slice(0, 10)]);
  const headers = { 'x-api-key': key };

  const snapshots: SnapshotRun[] = [];
  let cursor = '';
  for (const gzip of [false, true]) {
    log(`snapshot of ${province}${gzip ? ' (gzip)' : ''}…`);
    const rssBefore = await rssMb();
    let peak = rssBefore;
    const sampler = setInterval(() => void rssMb().then((mb) => (peak = Math.max(peak, mb))), 20);
    const started = performance.now();
    const response = await fetch(`${base}/export/snapshot`, { headers: { ...headers, ...(gzip ? { 'accept-encoding': 'gzip' } : {}) } });
    // Count what arrives without decoding it into objects: the client should not be the bottleneck.
    let bytes = 0;
    let newlines = 0;
    let last = '';
    const body = Readable.fromWeb(response.body as never);
    for await (const chunk of body as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
      last = chunk.subarray(Math.max(0, chunk.length - 400)).toString();
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const end = JSON.parse(last.trim().split('\n').at(-1)!) as { count: number; cursor: string };
    if (end.count !== newlines - 1) throw new Error(`snapshot said ${end.count} records but sent ${newlines - 1} lines`);
    cursor = end.cursor;
    snapshots.push({
      gzip,
      records: end.count,
      // fetch undoes gzip, so this is the NDJSON's size either way.
      megabytes: Math.round(bytes / 1e5) / 10,
      seconds: Math.round(seconds * 100) / 100,
      recordsPerSecond: Math.round(end.count / seconds),
      rssBeforeMb: rssBefore,
      peakRssMb: peak,
    });
  }
  if (snapshots[0]!.records !== snapshots[1]!.records) throw new Error('the gzipped snapshot carried different records');
  return { province, headers, snapshots, cursor };
}

/**
 * A provincial system's pull of the seeded province's largest province: the whole snapshot (plain
 * and gzipped), read as fast as the client can, while the hub's resident memory is sampled; then
 * the change feed after the province's institutions and practitioners all changed once.
 */
export async function benchPull(base: string, pool: pg.Pool, rssMb: () => Promise<number>, log: (line: string) => void): Promise<PullReport> {
  const { province, headers, snapshots, cursor: snapshotCursor } = await benchSnapshot(base, pool, rssMb, log);
  let cursor = snapshotCursor;

  log('change feed…');
  await pool.query(`UPDATE institution SET version = version + 1 WHERE left(region_code, 2) = $1`, [province.slice(0, 2)]);
  await pool.query(`UPDATE practitioner SET version = version + 1 WHERE left(region_code, 2) = $1`, [province.slice(0, 2)]);
  let changes = 0;
  let pages = 0;
  const started = performance.now();
  for (;;) {
    const response = await fetch(`${base}/export/changes?after=${cursor}&limit=10000`, { headers });
    const lines = (await response.text()).trim().split('\n');
    const end = JSON.parse(lines.at(-1)!) as { count: number; cursor: string; hasMore: boolean };
    changes += end.count;
    pages++;
    cursor = end.cursor;
    if (!end.hasMore) break;
  }
  const seconds = (performance.now() - started) / 1000;
  return { province, snapshots, feed: { changes, pages, seconds: Math.round(seconds * 100) / 100, changesPerSecond: Math.round(changes / seconds) } };
}

export function pullTable(report: PullReport): string[] {
  return [
    '',
    `Provincial pull of ${report.province} (its largest province):`,
    '',
    '| run | records | MB sent | seconds | records/s | hub RSS before MiB | hub peak RSS during MiB |',
    '|---|---|---|---|---|---|---|',
    ...report.snapshots.map(
      (s) => `| snapshot${s.gzip ? ' (gzip)' : ''} | ${s.records} | ${s.megabytes} | ${s.seconds} | ${s.recordsPerSecond} | ${s.rssBeforeMb} | ${s.peakRssMb} |`,
    ),
    `| change feed (${report.feed.pages} pages of ≤ 10,000) | ${report.feed.changes} | – | ${report.feed.seconds} | ${report.feed.changesPerSecond} | – | – |`,
  ];
}
