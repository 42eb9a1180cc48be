import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TransientError } from '../../src/plugin-sdk/index.js';
import { PluginBusyError } from '../../src/plugin-runtime/index.js';
import { newIdNumber } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { memorySource, rawCase, testPluginRuntime, TEST_ID_HASH_KEY, type RawCase } from '../support/plugins.js';
import {
  DiscardQuarantinedRecordDocument,
  PluginRunsDocument,
  PluginsDocument,
  QuarantinedRecordsDocument,
  ReleaseQuarantinedRecordDocument,
  TriggerPluginRunDocument,
} from '../generated/graphql.js';
import type { PluginRuntime } from '../../src/plugin-runtime/index.js';

const sources = {
  resumable: { records: [] as RawCase[], batchSize: 10, failAfter: undefined as number | undefined, throwInRead: new TransientError('far side went away') as Error | undefined },
  versions: { records: [] as RawCase[], batchSize: 10 },
  mixed: { records: [] as RawCase[], batchSize: 10 },
  mostlyBad: { records: [] as RawCase[], batchSize: 20 },
  gated: { records: [] as RawCase[], batchSize: 5 },
};

let hub: TestHub;
let runtime: PluginRuntime;
let admin: { token: string };
let releaseGate: () => void = () => undefined;

const cases = (plugin: string) =>
  hub.database.db.selectFrom('unlicensed_practice_case').selectAll().where('plugin', '=', plugin).orderBy('case_number').execute();
const checkpoint = async (plugin: string) =>
  (await hub.database.db.selectFrom('plugin_checkpoint').select('checkpoint').where('plugin', '=', plugin).executeTakeFirst())?.checkpoint;

beforeAll(async () => {
  const gated = memorySource('gated', sources.gated);
  const gate = new Promise<void>((resolve) => (releaseGate = resolve));
  // A read that holds its run open until the test lets it go.
  const stream = gated.streams.cases!;
  const blocking = { ...gated, streams: { cases: { ...stream, async *read(...args: Parameters<typeof stream.read>) { await gate; yield* stream.read(...args); } } } };
  hub = await startTestHub({
    plugins: (database) =>
      (runtime = testPluginRuntime(database, [
        memorySource('resumable', sources.resumable),
        memorySource('versions', sources.versions),
        memorySource('mixed', sources.mixed),
        memorySource('mostly-bad', sources.mostlyBad),
        blocking,
      ])),
  });
  admin = { token: await hub.token({ sub: 'root', role: 'admin' }) };
});
afterAll(() => hub.close());

const ids = (n: number) => Array.from({ length: n }, () => newIdNumber('320613'));

describe('the plugin runtime', () => {
  it('commits each batch with its checkpoint, so a run that fails mid-way resumes after what it committed', async () => {
    const numbers = ids(25);
    sources.resumable.records = numbers.map((documentNumber, i) => rawCase(i + 1, { documentNumber }));
    sources.resumable.failAfter = 2;
    const failed = await runtime.run('resumable', 'COMMAND_LINE');
    expect(failed).toMatchObject({ status: 'FAILED', errorKind: 'TRANSIENT', counts: { read: 20, written: 20 } });
    expect(await cases('resumable')).toHaveLength(20);
    expect(await checkpoint('resumable')).toBe(20);

    sources.resumable.failAfter = undefined;
    const resumed = await runtime.run('resumable', 'COMMAND_LINE');
    expect(resumed).toMatchObject({ status: 'SUCCEEDED', counts: { read: 5, written: 5, unchanged: 0, quarantined: 0 } });
    const stored = await cases('resumable');
    expect(stored.map((c) => c.document_number).sort()).toEqual([...numbers].sort());
    expect(stored.every((c) => c.version === 1)).toBe(true);
    // The ID number is matched by its keyed hash, computed with the configured key.
    expect(stored[0]!.id_number_hash).toBe(createHmac('sha256', TEST_ID_HASH_KEY).update(stored[0]!.document_number!).digest('hex'));

    // A fresh read from nothing finds every record already stored, unchanged.
    await hub.database.db.deleteFrom('plugin_checkpoint').where('plugin', '=', 'resumable').execute();
    expect((await runtime.run('resumable', 'COMMAND_LINE')).counts).toEqual({ read: 25, written: 0, unchanged: 25, quarantined: 0 });
  });

  it('never lets an older version of a record overwrite a newer one, whatever the order of arrival', async () => {
    sources.versions.records = [rawCase(1, { status: 'OPEN', decidedOn: null, sourceUpdatedAt: '2024-05-02 09:00:00' })];
    await runtime.run('versions', 'COMMAND_LINE');
    // An older version arrives later: it changes nothing.
    sources.versions.records.push(rawCase(1, { status: 'REVOKED', sourceUpdatedAt: '2024-05-01 09:00:00' }));
    expect((await runtime.run('versions', 'COMMAND_LINE')).counts).toMatchObject({ written: 0, unchanged: 1 });
    expect((await cases('versions'))[0]).toMatchObject({ status: 'OPEN', version: 1 });
    // A newer one wins; within one batch, the newest of two copies is the one kept.
    sources.versions.records.push(rawCase(1, { status: 'CLOSED', sourceUpdatedAt: '2024-05-03 09:00:00' }), rawCase(1, { status: 'REVOKED', sourceUpdatedAt: '2024-05-02 12:00:00' }));
    expect((await runtime.run('versions', 'COMMAND_LINE')).counts).toEqual({ read: 2, written: 1, unchanged: 1, quarantined: 0 });
    const [stored] = await cases('versions');
    expect(stored).toMatchObject({ status: 'CLOSED', version: 2 });
    const receipt = await hub.database.db.selectFrom('unlicensed_practice_case_receipt').select('last_received_at').where('case_id', '=', stored!.id).executeTakeFirstOrThrow();
    expect(receipt.last_received_at.getTime()).toBeGreaterThan(stored!.first_received_at.getTime());
  });

  it('quarantines unreadable records with their raw payload and reason while the rest go through', async () => {
    const good = ids(8).map((documentNumber, i) => rawCase(100 + i, { documentNumber }));
    const badChecksum = rawCase(200, { documentNumber: '110105194912310021' });
    const unknownRegion = rawCase(201, { documentNumber: newIdNumber('320613'), regionCode: '329999' });
    sources.mixed.records = [...good.slice(0, 4), badChecksum, ...good.slice(4), unknownRegion];
    const outcome = await runtime.run('mixed', 'COMMAND_LINE');
    expect(outcome).toMatchObject({ status: 'SUCCEEDED', counts: { read: 10, written: 8, quarantined: 2 } });
    expect((await cases('mixed')).map((c) => c.case_number).sort()).toEqual(good.map((g) => g.caseNumber).sort());

    const held = await hub.executeAs(admin, QuarantinedRecordsDocument, { plugin: 'mixed', status: 'HELD', first: 10 });
    const records = held.data!.quarantinedRecords.edges.map((e) => e.node);
    expect(records).toHaveLength(2);
    const byCase = new Map(records.map((r) => [(r.raw as RawCase).caseNumber, r]));
    expect(byCase.get(badChecksum.caseNumber)!.raw).toEqual(badChecksum);
    expect(byCase.get(badChecksum.caseNumber)!.reason).toMatch(/documentNumber.*GB 11643/);
    expect(byCase.get(unknownRegion.caseNumber)!.reason).toMatch(/regionCode: 329999/);
    expect(byCase.get(unknownRegion.caseNumber)!.runId).toBe(outcome.runId);
  });

  it('releases a quarantined record once it reads, keeps it held with the reason while it does not, and discards with a note', async () => {
    const held = (await hub.executeAs(admin, QuarantinedRecordsDocument, { plugin: 'mixed', status: 'HELD', first: 10 })).data!.quarantinedRecords.edges.map((e) => e.node);
    const region = held.find((r) => /regionCode/.test(r.reason))!;
    const checksum = held.find((r) => /GB 11643/.test(r.reason))!;

    const stillBad = await hub.executeAs(admin, ReleaseQuarantinedRecordDocument, { id: region.id });
    expect(stillBad.data!.releaseQuarantinedRecord).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'id', code: 'STILL_UNREADABLE' }] });

    // The region catalogue gains the county (a new GB/T 2260 code): the record now reads.
    await hub.database.db.insertInto('region').values({ code: '329999', name: '测试新区', level: 'COUNTY', parent_code: '320000' }).execute();
    const released = await hub.executeAs(admin, ReleaseQuarantinedRecordDocument, { id: region.id });
    expect(released.data!.releaseQuarantinedRecord).toMatchObject({ __typename: 'ReleaseQuarantinedRecordSuccess', data: { status: 'RELEASED', resolvedBy: 'root' } });
    expect((await cases('mixed')).some((c) => c.case_number === (region.raw as RawCase).caseNumber)).toBe(true);
    const again = await hub.executeAs(admin, ReleaseQuarantinedRecordDocument, { id: region.id });
    expect(again.data!.releaseQuarantinedRecord).toMatchObject({ __typename: 'InvalidInputError', issues: [{ code: 'ALREADY_RESOLVED' }] });

    const discarded = await hub.executeAs(admin, DiscardQuarantinedRecordDocument, { id: checksum.id, note: '来源系统录入错误，已通知江苏省更正' });
    expect(discarded.data!.discardQuarantinedRecord).toMatchObject({ data: { status: 'DISCARDED', resolutionNote: '来源系统录入错误，已通知江苏省更正' } });
    const missing = await hub.executeAs(admin, DiscardQuarantinedRecordDocument, { id: '999999', note: 'x' });
    expect(missing.data!.discardQuarantinedRecord).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('fails the run without moving the checkpoint or storing anything when a batch is mostly bad', async () => {
    sources.mostlyBad.records = Array.from({ length: 20 }, (_, i) => rawCase(300 + i, { documentNumber: i < 17 ? 'not-a-number' : newIdNumber('320613') }));
    const outcome = await runtime.run('mostly-bad', 'COMMAND_LINE');
    expect(outcome).toMatchObject({ status: 'FAILED', errorKind: 'BAD_BATCH' });
    expect(outcome.error).toMatch(/17 of 20 records/);
    expect(await cases('mostly-bad')).toEqual([]);
    expect(await checkpoint('mostly-bad')).toBeUndefined();
    expect(await hub.database.db.selectFrom('quarantined_record').select('id').where('plugin', '=', 'mostly-bad').execute()).toEqual([]);
  });

  it('runs one run per plugin at a time, and marks a run whose process died as abandoned', async () => {
    const orphan = await hub.database.db.insertInto('plugin_run').values({ plugin: 'gated', trigger: 'SCHEDULE' }).returning('id').executeTakeFirstOrThrow();
    sources.gated.records = [rawCase(400, { documentNumber: newIdNumber('320613') })];
    const first = runtime.run('gated', 'ON_DEMAND');
    await expect.poll(() => hub.database.db.selectFrom('plugin_run').select('status').where('id', '=', orphan.id).executeTakeFirst()).toEqual({ status: 'ABANDONED' });
    await expect(runtime.run('gated', 'COMMAND_LINE')).rejects.toBeInstanceOf(PluginBusyError);
    releaseGate();
    expect((await first).status).toBe('SUCCEEDED');
    expect((await runtime.run('gated', 'COMMAND_LINE')).status).toBe('SUCCEEDED');
  });
});

describe('plugins in the graph', () => {
  it('shows administrators each plugin with its last run, checkpoint and held records, and its runs', async () => {
    const result = await hub.executeAs(admin, PluginsDocument);
    const resumable = result.data!.plugins.find((p) => p.name === 'resumable')!;
    expect(resumable).toMatchObject({ kind: 'source', configured: true, schedule: null, nextRunAt: null, running: false, heldQuarantinedRecords: 0 });
    expect(resumable.lastRun).toMatchObject({ status: 'SUCCEEDED', recordsRead: 25, recordsUnchanged: 25 });
    expect(resumable.checkpoints).toEqual([expect.objectContaining({ stream: 'cases', checkpoint: 25 })]);
    expect(result.data!.plugins.find((p) => p.name === 'mixed')!.heldQuarantinedRecords).toBe(0);

    const runs = await hub.executeAs(admin, PluginRunsDocument, { plugin: 'resumable', first: 10 });
    expect(runs.data!.pluginRuns.totalCount).toBe(3);
    expect(runs.data!.pluginRuns.edges.map((e) => e.node.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'FAILED']);
    expect(runs.data!.pluginRuns.edges[2]!.node).toMatchObject({ errorKind: 'TRANSIENT', error: 'far side went away', recordsWritten: 20, checkpoint: { cases: 20 } });
  });

  it('queues a run on demand once however often it is triggered, and names an unconfigured plugin', async () => {
    const first = await hub.executeAs(admin, TriggerPluginRunDocument, { plugin: 'resumable' });
    const second = await hub.executeAs(admin, TriggerPluginRunDocument, { plugin: 'resumable' });
    expect(first.data!.triggerPluginRun).toMatchObject({ __typename: 'TriggerPluginRunSuccess', data: { plugin: 'resumable' } });
    // Batches committed earlier queued their matching jobs too; only the sync jobs are looked at here.
    const jobs = await hub.database.db
      .selectFrom('graphile_worker.jobs' as never)
      .select(['task_identifier' as never, 'queue_name' as never, 'key' as never])
      .where('task_identifier' as never, '=', 'plugin-sync' as never)
      .execute();
    expect(jobs).toEqual([{ task_identifier: 'plugin-sync', queue_name: 'plugin:resumable', key: 'plugin-sync:resumable' }]);
    expect(second.data!.triggerPluginRun).toMatchObject({ __typename: 'TriggerPluginRunSuccess' });
    const unknown = await hub.executeAs(admin, TriggerPluginRunDocument, { plugin: 'registry-nowhere' });
    expect(unknown.data!.triggerPluginRun).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'plugin', code: 'NOT_CONFIGURED' }] });
  });

  it('is for administrators only', async () => {
    const regulator = { token: await hub.token({ sub: 'inspector', role: 'regulator', jurisdictions: ['320000'] }) };
    for (const viewer of [regulator, 'public' as const]) {
      const result = await hub.executeAs(viewer, PluginsDocument);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const trigger = await hub.executeAs(viewer, TriggerPluginRunDocument, { plugin: 'resumable' });
      expect(trigger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('plugin metrics', () => {
  it('count runs by outcome, records by outcome, the last duration and the time since the last success, from the database', async () => {
    const response = await hub.hub.fetch('http://hub.test/metrics');
    const text = await response.text();
    const value = (line: RegExp) => Number(text.split('\n').find((l) => line.test(l))?.split(' ').at(-1));
    expect(value(/^jianguan_plugin_runs\{plugin="resumable",outcome="succeeded"\}/)).toBe(2);
    expect(value(/^jianguan_plugin_runs\{plugin="resumable",outcome="failed"\}/)).toBe(1);
    expect(value(/^jianguan_plugin_records\{plugin="resumable",outcome="written"\}/)).toBe(25);
    expect(value(/^jianguan_plugin_records\{plugin="resumable",outcome="unchanged"\}/)).toBe(25);
    expect(value(/^jianguan_plugin_records\{plugin="mixed",outcome="quarantined"\}/)).toBe(2);
    expect(value(/^jianguan_plugin_seconds_since_last_success\{plugin="resumable"\}/)).toBeGreaterThanOrEqual(0);
    expect(text).not.toMatch(/jianguan_plugin_seconds_since_last_success\{plugin="mostly-bad"\}/);
    expect(value(/^jianguan_plugin_last_run_duration_seconds\{plugin="resumable"\}/)).toBeGreaterThanOrEqual(0);
  });
});
