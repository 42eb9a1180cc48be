import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startCommand, PROCESS_TEST_TIMEOUT } from '../support/process.js';

let clone: TestDatabase;
beforeAll(async () => {
  clone = await createTestDatabase({ poolMax: 1 });
  await clone.close();
});
afterAll(() => clone.drop());

const successes = (metrics: string) =>
  Number(/jianguan_job_runs_total\{task="end-publication-periods",outcome="success"\} (\d+)/.exec(metrics)?.[1] ?? 0);

describe('jianguan worker processes beside a hub', { timeout: PROCESS_TEST_TIMEOUT }, () => {
  it('share one queue: every job runs exactly once, and each answers health and metrics; SIGTERM stops them cleanly', async () => {
    const env = { PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: clone.url!, WORKER_POLL_INTERVAL_MS: '200' };
    const hub = startCommand('serve', { ...env, JIANGUAN_WORKER: 'off' });
    const workers = [startCommand('worker', env), startCommand('worker', env)];
    await hub.waitFor('hub listening');
    const urls = await Promise.all(workers.map(async (w) => (await w.waitFor('worker running')).url as string));
    await Promise.all(workers.map((w) => w.waitFor('job worker started')));
    for (const url of urls) expect((await fetch(`${url}/readyz`)).status).toBe(200);

    const client = new pg.Client({ connectionString: clone.url });
    await client.connect();
    try {
      for (let day = 1; day <= 20; day++) {
        await client.query(`SELECT graphile_worker.add_job('end-publication-periods', json_build_object('asOf', $1::text))`, [`2026-01-${String(day).padStart(2, '0')}`]);
      }
      let done = 0;
      for (let i = 0; i < 200 && done < 20; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const counts = await Promise.all(urls.map(async (url) => successes(await (await fetch(`${url}/metrics`)).text())));
        done = counts.reduce((a, b) => a + b, 0);
      }
      expect(done).toBe(20);
      const left = await client.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs`);
      expect(left.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }

    for (const process of [hub, ...workers]) process.child.kill('SIGTERM');
    expect(await Promise.all([hub, ...workers].map((p) => p.exited))).toEqual([0, 0, 0]);
    for (const worker of workers) expect(worker.lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down: finishing running jobs', 'job worker stopped', 'shut down']));
  });
});
