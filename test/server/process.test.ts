import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.js';
import { startCommand } from '../support/process.js';

let clone: TestDatabase | undefined;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'jianguan-serve-'));
  if (testDatabaseKind === 'postgres') {
    clone = await createTestDatabase({ poolMax: 1 });
    await clone.close();
  }
});
afterAll(async () => {
  await clone?.drop().catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
});

const start = (command: 'serve' | 'worker', extraEnv: Record<string, string> = {}) =>
  startCommand(command, { PORT: '0', LOG_LEVEL: 'info', JIANGUAN_DATA_DIR: dataDir, ...(clone ? { DATABASE_URL: clone.url! } : {}), ...extraEnv });
const serve = () => start('serve');

describe('jianguan serve', () => {
  it('applies migrations, serves, logs each request with its id, and shuts down cleanly on SIGTERM', async () => {
    const server = serve();
    const listening = await server.waitFor('hub listening');
    expect(listening.database).toBe(testDatabaseKind);
    const response = await fetch(listening.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'probe-1' },
      body: JSON.stringify({ query: '{ region(code: "320613") { name } }' }),
    });
    expect((await response.json()).data.region.name).toBe('崇川区');
    const requestLine = await server.waitFor('request');
    expect(requestLine).toMatchObject({ requestId: 'probe-1', method: 'POST', path: '/graphql', status: 200, service: 'jianguan' });
    expect(requestLine.statements).toBeGreaterThan(0);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.lines.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['job worker started', 'signal received', 'shutting down: finishing in-flight requests and jobs', 'job worker stopped', 'shut down']),
    );
  });

  it('starts again on the same database without re-applying migrations', async () => {
    const server = serve();
    await server.waitFor('hub listening');
    expect(server.lines.some((l) => l.msg === 'migrations applied')).toBe(false);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});

describe('jianguan worker', () => {
  it('refuses to start without DATABASE_URL: the embedded database belongs to `serve`', async () => {
    const worker = start('worker', { DATABASE_URL: '' });
    expect(await worker.exited).toBe(2);
    expect(worker.stderr()).toContain('jianguan worker needs DATABASE_URL');
  });

  it('a hub started with JIANGUAN_WORKER=off runs no jobs', async () => {
    const server = start('serve', { JIANGUAN_WORKER: 'off' });
    const listening = await server.waitFor('hub listening');
    expect(listening.jobs).toBe(false);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.lines.some((l) => l.msg === 'job worker started')).toBe(false);
  });
});
