import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditPlatform } from '../../plugins/credit-platform/index.js';
import { withSourceUnit } from '../../plugins/credit-platform/records.js';
import { deriveDesired, type OutboxRow } from '../../src/plugin-runtime/outbox/derive.js';
import { decidePenalty, institutionWithLicense, SOURCE_UNIT, startCreditPlatformSetup, type CreditPlatformSetup } from '../support/credit-platform.js';
import { PROCESS_TEST_TIMEOUT, PROCESS_WAIT_MS, startCommand } from '../support/process.js';

let setup: CreditPlatformSetup;
let pluginsFile: string;
let dir: string;
beforeAll(async () => {
  setup = await startCreditPlatformSetup();
  dir = await mkdtemp(join(tmpdir(), 'jianguan-credit-worker-'));
  pluginsFile = join(dir, 'plugins.json');
  const config = { baseUrl: setup.emulator.baseUrl, appKey: setup.emulator.appKey, appSecret: '${CREDIT_PLATFORM_SECRET}', ...SOURCE_UNIT };
  await writeFile(pluginsFile, JSON.stringify({ plugins: { 'credit-platform': { config } } }));
});
afterAll(async () => {
  await setup.close();
  await rm(dir, { recursive: true, force: true });
});

/** `jianguan worker` on the test database with the sink configured, as an operator runs it (killed with its group when the test ends). */
const startWorker = () =>
  startCommand('worker', {
    PORT: '0',
    LOG_LEVEL: 'info',
    DATABASE_URL: setup.hub.database.url!,
    JIANGUAN_PLUGINS_FILE: pluginsFile,
    CREDIT_PLATFORM_SECRET: setup.emulator.appSecret,
    WORKER_POLL_INTERVAL_MS: '200',
  });

async function until(what: string, done: () => boolean | Promise<boolean>, describe: () => string) {
  const deadline = Date.now() + PROCESS_WAIT_MS;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen; ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function decisions(count: number) {
  for (let i = 0; i < count; i++) {
    const { institution } = await institutionWithLicense(setup.hub);
    await decidePenalty(setup.hub, institution.id);
  }
}

const outboxRows = async () =>
  (await sql<OutboxRow & { status: string; pending: boolean; in_doubt: unknown }>`SELECT record_id, kind, license_id::text, penalty_id::text, status, pending, in_doubt FROM credit_delivery ORDER BY record_id`.execute(setup.hub.database.db)).rows;

describe('jianguan worker killed with SIGKILL mid-delivery', { timeout: PROCESS_TEST_TIMEOUT }, () => {
  it('a restarted worker delivers every record exactly once: what was in flight is read back, what came meanwhile is sent', async () => {
    await decisions(4);
    // The platform stores the penalties' batch and never answers: the worker is killed while it waits.
    setup.emulator.failNext('stallAfterStoring', 1, { path: /xzcf\/records$/ });
    const first = startWorker();
    try {
      await until('a penalty batch sent', () => setup.emulator.submissions.some((s) => s.kind === 'xzcf'), () => JSON.stringify(first.lines.slice(-5)));
      first.kill();
      await first.exited;
    } finally {
      await first.stop();
    }
    const killed = await outboxRows();
    expect(killed.filter((r) => r.in_doubt !== null).map((r) => r.kind)).toEqual(['CF', 'CF', 'CF', 'CF']);
    expect(setup.emulator.records('xzcf')).toHaveLength(4);

    // Decisions made while no worker runs: their delivery job waits behind the killed worker's lock.
    await decisions(2);
    const second = startWorker();
    try {
      await until(
        'every record delivered',
        async () => (await outboxRows()).every((r) => r.status === 'ACCEPTED' && !r.pending && r.in_doubt === null),
        () => JSON.stringify(second.lines.slice(-5)),
      );
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      await second.stop();
    }

    // Record for record: the platform holds exactly the hub's records, each as the hub derives it now.
    const rows = await outboxRows();
    expect(rows).toHaveLength(12);
    const stored = [...setup.emulator.records('xzxk'), ...setup.emulator.records('xzcf')];
    expect(stored.map((r) => r.ID).sort()).toEqual(rows.map((r) => r.record_id).sort());
    const desired = await deriveDesired(setup.hub.database.db, rows);
    const config = creditPlatform.configSchema.parse({ baseUrl: setup.emulator.baseUrl, appKey: setup.emulator.appKey, appSecret: setup.emulator.appSecret, ...SOURCE_UNIT });
    for (const row of rows) {
      const mapped = desired.get(row.record_id)!.mapped;
      if (!mapped.ok) throw new Error(`${row.record_id} cannot be mapped: ${mapped.reason}`);
      const platformCopy = setup.emulator.record(row.kind === 'XK' ? 'xzxk' : 'xzcf', row.record_id)!;
      expect(platformCopy.content, row.record_id).toEqual(withSourceUnit(config, { kind: row.kind, id: row.record_id, fields: mapped.fields }));
      // Stored once: never replaced by a second version.
      expect(platformCopy.version, row.record_id).toBe(1);
    }
    // Each ID accepted once; the batch in flight was read back (GET), never sent again.
    const results = setup.emulator.submissions.flatMap((s) => s.results);
    expect(results.filter((r) => r.status !== 'ACCEPTED')).toEqual([]);
    expect(results.map((r) => r.ID).sort()).toEqual(rows.map((r) => r.record_id).sort());
    expect(setup.emulator.requests.filter((r) => r.method === 'GET')).toHaveLength(4);
  });
});
