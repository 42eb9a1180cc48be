import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealHub } from '../support/real-hub.js';

let hub: Awaited<ReturnType<typeof startRealHub>>;
beforeAll(async () => {
  hub = await startRealHub();
});
afterAll(() => hub.cleanup());

describe('the hub over HTTP', () => {
  it('passes every graphql-http server audit', async () => {
    const audits = serverAudits({ url: hub.url });
    const results = await Promise.all(audits.map((audit) => audit.fn()));
    const failures = results.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failures).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });

  it('answers queries with a request id, echoing a sane one and replacing a hostile one', async () => {
    const ask = (requestId: string) =>
      fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': requestId }, body: JSON.stringify({ query: '{ provinces { code } }' }) });
    const echoed = await ask('trace-123');
    expect(echoed.headers.get('x-request-id')).toBe('trace-123');
    expect((await echoed.json()).data.provinces).toHaveLength(34);
    const replaced = await ask('bad id with spaces');
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves GraphiQL to browsers in the development profile', async () => {
    const response = await fetch(hub.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Jianguan');
  });

  it('has liveness and readiness endpoints', async () => {
    const base = hub.url.replace('/graphql', '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('exposes Prometheus metrics for requests, errors and the database pool', async () => {
    await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Probe { provinces { code } }' }) });
    await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Broken { provinces { nope } }' }) });
    const metrics = await (await fetch(hub.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/^graphql_yoga_http_duration_count\{[^}]*operationName="Probe"[^}]*\} [1-9]/m);
    expect(metrics).toMatch(/^graphql_envelop_error_result\{[^}]*operationName="Broken"[^}]*\} 1/m);
    expect(metrics).toMatch(/^jianguan_db_pool_connections [1-9]/m);
    expect(metrics).toMatch(/^jianguan_db_statements_total [1-9]/m);
    expect(metrics).not.toMatch(/url="/);
  });

  it('counts the jobs its worker runs, and shows the queue', async () => {
    const done = new Promise((resolve) => hub.worker!.events.once('job:complete', resolve));
    await hub.database.pool.query(`SELECT graphile_worker.add_job('end-publication-periods', '{"asOf": "2026-01-05"}'::json)`);
    await done;
    const metrics = await (await fetch(hub.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/^jianguan_job_runs_total\{task="end-publication-periods",outcome="success"\} 1$/m);
    expect(metrics).toMatch(/^jianguan_job_duration_seconds_count\{task="end-publication-periods"\} 1$/m);
    expect(metrics).toContain('# TYPE jianguan_jobs gauge');
  });

  it('does not answer batched requests', async () => {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ provinces { code } }' }, { query: '{ provinces { name } }' }]),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });
});
