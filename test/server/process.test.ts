import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.js';

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

/** Starts `jianguan serve` as an operator would, and collects its structured log lines. */
function serve() {
  const env = { ...process.env, PORT: '0', LOG_LEVEL: 'info', JIANGUAN_DATA_DIR: dataDir, ...(clone ? { DATABASE_URL: clone.url! } : {}) };
  const child = spawn(process.execPath, ['bin/jianguan.js', 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Record<string, any>[] = [];
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const line of parts) if (line.trim()) lines.push(JSON.parse(line));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (message: string) => {
    for (let i = 0; i < 600; i++) {
      const found = lines.find((l) => l.msg === message);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no "${message}" log line; saw ${JSON.stringify(lines)}`);
  };
  return { child, lines, exited, waitFor };
}

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
    expect(server.lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['signal received', 'shutting down: finishing in-flight requests', 'shut down']));
  });

  it('starts again on the same database without re-applying migrations', async () => {
    const server = serve();
    await server.waitFor('hub listening');
    expect(server.lines.some((l) => l.msg === 'migrations applied')).toBe(false);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
