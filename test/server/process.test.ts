import { Agent, request } from 'node:http';
import { createServer, connect, type AddressInfo } from 'node:net';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestDataDir, testDatabaseKind, type TestDatabase } from '../support/database.js';
import { startCommand, startProgram, PROCESS_TEST_TIMEOUT } from '../support/process.js';

let clone: TestDatabase | undefined;
let dataDir = '';
beforeAll(async () => {
  if (testDatabaseKind === 'postgres') {
    clone = await createTestDatabase({ poolMax: 1 });
    await clone.close();
  } else {
    dataDir = await createTestDataDir();
  }
});
afterAll(async () => {
  await clone?.drop().catch(() => undefined);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const databaseEnv = (): Record<string, string> => (clone ? { DATABASE_URL: clone.url! } : { JIANGUAN_DATA_DIR: dataDir });
const start = (command: 'serve' | 'worker', extraEnv: Record<string, string> = {}) =>
  startCommand(command, { PORT: '0', LOG_LEVEL: 'info', ...databaseEnv(), ...extraEnv });
const serve = () => start('serve');

/** True while any process of the group lives. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('jianguan serve', { timeout: PROCESS_TEST_TIMEOUT }, () => {
  it('serves, logs each request with its id, and shuts down cleanly on SIGTERM', async () => {
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

  it('a port in use stops start-up: exit 1 and one line naming the port', async () => {
    const occupant = createServer();
    await new Promise<void>((resolve) => occupant.listen(0, '127.0.0.1', resolve));
    const port = (occupant.address() as AddressInfo).port;
    try {
      const server = start('serve', { PORT: String(port) });
      expect(await server.exited).toBe(1);
      expect(server.stderr().trim().split('\n')).toEqual([expect.stringContaining(`port ${port}`)]);
      expect(server.stderr()).toContain('already in use');
      expect(server.lines.some((l) => l.msg === 'hub listening')).toBe(false);
    } finally {
      occupant.close();
    }
  });

  it('SIGTERM to `npm start` reaches the hub: it shuts down cleanly and the whole process tree exits 0', async () => {
    const npm = startProgram('npm', ['start', '--silent'], { PORT: '0', LOG_LEVEL: 'info', ...databaseEnv() });
    await npm.waitFor('hub listening');
    process.kill(npm.child.pid!, 'SIGTERM');
    expect(await npm.exited).toBe(0);
    expect(npm.lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['signal received', 'shut down']));
    expect(groupAlive(npm.child.pid!)).toBe(false);
  });

  it('shutdown does not wait the grace period for idle keep-alive connections (a browser tab left open)', async () => {
    // A grace period longer than the test's timeout: waiting it out would fail the test.
    const server = start('serve', { SHUTDOWN_GRACE_MS: '600000' });
    const url = new URL((await server.waitFor('hub listening')).url);
    // A keep-alive connection that answered a request and stays open, as a browser keeps it…
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      const req = request(url, { method: 'GET', path: '/healthz', agent }, (res) => res.resume().on('end', resolve));
      req.on('error', reject).end();
    });
    // …and one opened without a request yet, as a browser opens spare connections.
    const spare = connect(Number(url.port), url.hostname);
    await new Promise((resolve) => spare.once('connect', resolve));
    spare.on('error', () => undefined);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.lines.some((l) => l.msg === 'grace period over: closing remaining connections')).toBe(false);
    agent.destroy();
    spare.destroy();
  });
});

describe('jianguan worker', { timeout: PROCESS_TEST_TIMEOUT }, () => {
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
