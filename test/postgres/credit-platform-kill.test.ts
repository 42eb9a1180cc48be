import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decidePenalty, institutionWithLicense, SOURCE_UNIT, startCreditPlatformSetup, type CreditPlatformSetup } from '../support/credit-platform.js';

let setup: CreditPlatformSetup;
let dir: string;
beforeAll(async () => {
  setup = await startCreditPlatformSetup();
  dir = await mkdtemp(join(tmpdir(), 'jianguan-credit-'));
});
afterAll(async () => {
  await setup.close();
  await rm(dir, { recursive: true, force: true });
});

/** `jianguan sync credit-platform` on the test database, as an operator runs it. */
async function startSync() {
  const file = join(dir, 'plugins.json');
  const config = { baseUrl: setup.emulator.baseUrl, appKey: setup.emulator.appKey, appSecret: '${CREDIT_PLATFORM_SECRET}', ...SOURCE_UNIT };
  await writeFile(file, JSON.stringify({ plugins: { 'credit-platform': { config } } }));
  const env = { ...process.env, DATABASE_URL: setup.hub.database.url!, JIANGUAN_PLUGINS_FILE: file, CREDIT_PLATFORM_SECRET: setup.emulator.appSecret, LOG_LEVEL: 'warn' };
  const child = spawn(process.execPath, ['bin/jianguan.js', 'sync', 'credit-platform'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe('jianguan sync credit-platform killed mid-batch', () => {
  it('reconciles the batch it had sent against the read endpoint on restart: every record stored once, nothing resent blindly', async () => {
    const penaltyIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { institution } = await institutionWithLicense(setup.hub);
      penaltyIds.push((await decidePenalty(setup.hub, institution.id)).id);
    }
    // The platform stores the penalties' batch and never answers: the process is killed while it waits.
    setup.emulator.failNext('stallAfterStoring', 1, { path: /xzcf\/records$/ });
    const first = await startSync();
    try {
      for (let i = 0; i < 400 && !setup.emulator.submissions.some((s) => s.kind === 'xzcf'); i++) await new Promise((r) => setTimeout(r, 50));
      expect(setup.emulator.submissions.some((s) => s.kind === 'xzcf')).toBe(true);
      first.child.kill('SIGKILL');
      await first.exited;
    } finally {
      if (first.child.exitCode === null) first.child.kill('SIGKILL');
    }
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM credit_delivery WHERE in_doubt IS NOT NULL`.execute(setup.hub.database.db);
    expect(rows[0]!.n).toBe(3);

    const second = await startSync();
    try {
      expect(await second.exited, second.output()).toBe(0);
    } finally {
      if (second.child.exitCode === null) second.child.kill('SIGKILL');
    }
    expect(second.output()).toMatch(/credit-platform run \d+ succeeded/);
    expect(setup.emulator.records('xzcf')).toHaveLength(3);
    expect(setup.emulator.records('xzxk')).toHaveLength(3);
    // The penalties were sent once: the restart read them back instead of sending them again.
    expect(setup.emulator.submissions.filter((s) => s.kind === 'xzcf')).toHaveLength(1);
    expect(setup.emulator.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
    expect(setup.emulator.submissions.flatMap((s) => s.results).filter((r) => r.status !== 'ACCEPTED')).toEqual([]);
    const states = await setup.outbox();
    expect(states.every((r) => r.status === 'ACCEPTED' && !r.pending && r.in_doubt === null)).toBe(true);
  });
});
