import type { JobHelpers } from 'graphile-worker';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../../src/jobs/worker.js';
import { createPluginRuntime } from '../../src/plugin-runtime/index.js';
import { OUTBOX_SWEEP_TASK } from '../../src/plugin-runtime/outbox-sweep.js';
import { deliveryAlerts } from '../../src/plugin-runtime/outbox/queries.js';
import { entityWriters } from '../../src/plugin-runtime/writers/index.js';
import { CreditOutboxDocument } from '../generated/graphql.js';
import { decidePenalty, institutionWithLicense, localId, startCreditPlatformSetup, type CreditPlatformSetup } from '../support/credit-platform.js';
import { TEST_ID_HASH_KEY } from '../support/plugins.js';
import { quietLogger } from '../support/settings.js';

let setup: CreditPlatformSetup;
beforeAll(async () => {
  setup = await startCreditPlatformSetup({ timeoutMs: 1_000 });
});
afterAll(() => setup.close());

/** One sweep, as the job engine runs it on its schedule. */
async function sweep() {
  const helpers = { abortSignal: new AbortController().signal, logger: quietLogger } as unknown as JobHelpers;
  await setup.runtime().tasks()[OUTBOX_SWEEP_TASK]!({}, helpers);
}

async function twoDecisions() {
  const { institution, license } = await institutionWithLicense(setup.hub);
  const decided = await decidePenalty(setup.hub, institution.id);
  return [`XK-${localId(license.id)}`, `CF-${localId(decided.id)}`];
}

const runs = async () => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM plugin_run`.execute(setup.hub.database.db)).rows[0]!.n;
const refusals = () => setup.emulator.requests.filter((r) => r.outcome === 401).length;

describe('the outbox sweep: delivery resumes by itself', () => {
  it('after a 401 stopped delivery, retries the sink at each sweep, and once the secret is fixed delivers everything queued and clears the alert', async () => {
    const ids = await twoDecisions();
    const refusedBefore = refusals();
    setup.configure({ appSecret: 'not-the-secret' });
    expect(await setup.deliver()).toMatchObject({ status: 'FAILED', errorKind: 'CONFIGURATION' });
    expect(await deliveryAlerts(setup.hub.database.db)).toMatchObject([{ plugin: 'credit-platform' }]);

    // Still refused: one more refused request, the alert stands, nothing is lost.
    await sweep();
    expect(refusals() - refusedBefore).toBe(2);
    expect(await deliveryAlerts(setup.hub.database.db)).toHaveLength(1);
    expect((await setup.outbox()).filter((r) => r.pending || r.in_doubt !== null).map((r) => r.record_id).sort()).toEqual([...ids].sort());

    setup.configure({ appSecret: setup.emulator.appSecret });
    await sweep();
    for (const id of ids) expect(setup.emulator.record(id.startsWith('XK') ? 'xzxk' : 'xzcf', id)).toBeDefined();
    const results = setup.emulator.submissions.flatMap((s) => s.results).filter((r) => ids.includes(r.ID));
    expect(results.map((r) => r.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
    expect(refusals() - refusedBefore).toBe(2);
    const admin = { token: await setup.hub.token({ sub: 'admin', role: 'admin' }) };
    expect((await setup.hub.executeAs(admin, CreditOutboxDocument)).data!.creditOutbox).toMatchObject({ alerts: [], depth: 0, inDoubt: 0 });
  });

  it('does nothing while nothing waits: no run is recorded, no request made', async () => {
    await twoDecisions();
    await setup.deliver();
    const before = { runs: await runs(), requests: setup.emulator.requests.length };
    await sweep();
    expect({ runs: await runs(), requests: setup.emulator.requests.length }).toEqual(before);
  });

  it('is scheduled every five minutes where a sink is configured, and only there', () => {
    const sweeps = setup.runtime().cronItems().filter((item) => item.task === OUTBOX_SWEEP_TASK);
    expect(sweeps).toHaveLength(1);
    const at = (min: number) => sweeps[0]!.match({ min, hour: 3, date: 1, month: 1, dow: 4 });
    expect([0, 5, 10, 55].map(at)).toEqual([true, true, true, true]);
    expect([1, 4, 59].map(at)).toEqual([false, false, false]);
    const noSinks = createPluginRuntime({ db: setup.hub.database.db, pool: setup.hub.database.pool, logger: quietLogger, writers: entityWriters({ idNumberHashKey: TEST_ID_HASH_KEY }) }, [], new Map());
    expect(noSinks.cronItems()).toEqual([]);
  });

  it('runs on a worker that starts: records whose delivery job was lost go at once', async () => {
    const ids = await twoDecisions();
    // The job the decisions queued is gone, as one held by a killed worker is for hours.
    await sql`SELECT graphile_worker.remove_job('plugin-deliver:credit-record')`.execute(setup.hub.database.db);
    const worker = await startWorker(setup.hub.database, quietLogger, { concurrency: 1, pollIntervalMs: 100, shutdownGraceMs: 5_000 }, { extraTasks: setup.runtime().tasks() });
    try {
      const done = new Promise<string>((resolve) => worker.events.on('job:success', ({ job }) => job.task_identifier === OUTBOX_SWEEP_TASK && resolve(job.task_identifier)));
      await setup.runtime().queueOutboxSweep(setup.hub.database.db);
      await done;
    } finally {
      await worker.stop();
    }
    for (const id of ids) expect(setup.emulator.record(id.startsWith('XK') ? 'xzxk' : 'xzcf', id), id).toBeDefined();
    expect((await setup.outbox()).filter((r) => r.pending || r.in_doubt !== null)).toEqual([]);
  });
});
