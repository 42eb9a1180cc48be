import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import { pull } from '../../src/pull/follow.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { expectCopyToMatchHub, pullUntilCaughtUp, startConsumer } from '../support/pull.js';

/**
 * The change feed under real concurrency (PostgreSQL only: the embedded database runs one
 * transaction at a time): transactions that commit out of order, long ones that commit late,
 * rows moving between provinces, while a consumer takes its snapshot and follows.
 */
let hub: TestHub;
let writers: pg.Pool;
let apiKey: string;
let counties: Record<'32' | '31' | '33', string[]>;
let serial = 0;

const institutionIds = async (client: pg.Pool | pg.PoolClient, province: string) =>
  (await client.query<{ id: string }>(`SELECT id FROM institution WHERE left(region_code, 2) = $1 ORDER BY random() LIMIT 1`, [province])).rows[0]?.id;

async function insertInstitution(client: pg.Pool | pg.PoolClient, region: string): Promise<string> {
  const n = ++serial;
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO institution (name, uscc, region_code, category, ownership, profit_status, grade)
     VALUES ($1, $2, $3, 'CLINIC', 'PRIVATE', 'FOR_PROFIT', 'UNGRADED') RETURNING id`,
    [`诊所${n}`, `T-${process.pid}-${n}`, region],
  );
  return rows[0]!.id;
}

beforeAll(async () => {
  hub = await startTestHub();
  writers = hub.database.createPool(8);
  apiKey = (await createApiKey(hub.database.db, { name: '江苏省监管平台', provinceCode: '320000' })).key;
  const { rows } = await hub.database.pool.query<{ code: string }>(`SELECT code FROM region WHERE level = 'COUNTY' AND left(code, 2) IN ('31', '32', '33') ORDER BY code`);
  counties = { '31': [], '32': [], '33': [] };
  for (const { code } of rows) counties[code.slice(0, 2) as '32'].push(code);
  for (const province of ['32', '31', '33'] as const) for (let i = 0; i < 5; i++) await insertInstitution(writers, counties[province][i]!);
});

afterAll(async () => {
  await writers?.end();
  await hub?.close();
});

async function follow(consumer: Awaited<ReturnType<typeof startConsumer>>) {
  await pull(consumer.client, consumer.copy, { pageSize: 50 });
  return consumer.copy.records();
}

/**
 * Follows until the copy holds `id`. The feed's horizon is the oldest transaction running on the
 * whole server, so a transaction elsewhere (another database, another test) may delay a change;
 * it never skips one.
 */
const followUntilHeld = (consumer: Awaited<ReturnType<typeof startConsumer>>, type: string, id: string) =>
  expect.poll(async () => (await follow(consumer)).has(Buffer.from(`${type}:${id}`).toString('base64')), { timeout: 30_000, interval: 100 }).toBe(true);

describe('transactions that commit out of order', () => {
  it('a long transaction holding an older xid is not skipped by a consumer that read past later commits', async () => {
    const consumer = await startConsumer(hub, { apiKey });
    try {
      await follow(consumer);
      const long = await writers.connect();
      const short = await writers.connect();
      try {
        await long.query('BEGIN');
        const late = await insertInstitution(long, counties['32'][1]!);
        await short.query('BEGIN');
        const early = await insertInstitution(short, counties['32'][2]!);
        await short.query('COMMIT');
        // The later commit is held back while an older transaction runs…
        const held = await follow(consumer);
        expect(held.has(Buffer.from(`Institution:${early}`).toString('base64'))).toBe(false);
        await long.query('COMMIT');
        // …and both arrive once it commits.
        await followUntilHeld(consumer, 'Institution', late);
        await followUntilHeld(consumer, 'Institution', early);
      } finally {
        long.release();
        short.release();
      }
    } finally {
      await consumer.close();
    }
  });

  it('a change written late by a transaction that took its xid first still reaches a consumer that already moved past later xids', async () => {
    const consumer = await startConsumer(hub, { apiKey });
    try {
      await follow(consumer);
      const first = await writers.connect();
      const second = await writers.connect();
      try {
        await first.query('BEGIN');
        await first.query('SELECT pg_current_xact_id()');
        await second.query('BEGIN');
        const younger = await insertInstitution(second, counties['32'][3]!);
        // The older transaction writes after the younger one did, and commits first.
        const older = await insertInstitution(first, counties['32'][4]!);
        await first.query('COMMIT');
        // The consumer reads the older transaction's change while the younger one is still open…
        await followUntilHeld(consumer, 'Institution', older);
        await second.query('COMMIT');
        // …and still gets the younger one's change, written before it, when it commits.
        await followUntilHeld(consumer, 'Institution', younger);
      } finally {
        first.release();
        second.release();
      }
    } finally {
      await consumer.close();
    }
  });
});

/** One writer: random transactions, some long, some rolled back, moving rows between provinces. */
async function write(until: number, seed: number) {
  let state = seed;
  const random = (n: number) => (state = (state * 48271) % 2147483647) % n;
  const province = () => (['32', '31', '33'] as const)[random(3)]!;
  const county = (p: '32' | '31' | '33') => counties[p][random(counties[p].length)]!;
  while (Date.now() < until) {
    const client = await writers.connect();
    try {
      await client.query('BEGIN');
      for (let step = 0, steps = 1 + random(4); step < steps; step++) {
        const kind = random(8);
        if (kind === 0) await insertInstitution(client, county(province()));
        else if (kind === 1) {
          const id = await institutionIds(client, province());
          if (id) await client.query(`UPDATE institution SET name = name || '·', version = version + 1 WHERE id = $1`, [id]);
        } else if (kind === 2) {
          const id = await institutionIds(client, province());
          if (id) await client.query(`UPDATE institution SET region_code = $2 WHERE id = $1`, [id, county(province())]);
        } else if (kind === 3 || kind === 4) {
          const n = ++serial;
          const { rows } = await client.query<{ id: string }>(
            `INSERT INTO practitioner (name, id_number, profession, region_code) VALUES ($1, $2, 'NURSE', $3) RETURNING id`,
            [`护士${n}`, `ID${process.pid}-${n}`, county(province())],
          );
          const site = await institutionIds(client, province());
          if (site) {
            await client.query(`INSERT INTO practice_registration (practitioner_id, institution_id, site_kind, valid_from) VALUES ($1, $2, 'ADDITIONAL', '2025-01-01')`, [rows[0]!.id, site]);
          }
          await client.query(`INSERT INTO license (kind, number, holder_practitioner_id, issuing_authority, valid_from) VALUES ('NURSE_PRACTICE', $1, $2, '卫生健康委员会', '2025-01-01')`, [`N${process.pid}-${n}`, rows[0]!.id]);
        } else if (kind === 5) {
          await client.query(`UPDATE practitioner SET region_code = $1, version = version + 1 WHERE id = (SELECT id FROM practitioner ORDER BY random() LIMIT 1)`, [county(province())]);
        } else if (kind === 6) {
          const id = await institutionIds(client, province());
          if (id) {
            await client.query(
              `INSERT INTO penalty (decision_number, subject_institution_id, violation_type, facts, legal_basis, categories, content, decided_on, authority_name, authority_uscc, severity, recorded_by)
               VALUES ($1, $2, '超范围执业', '事实', '依据', '{WARNING}', '警告', '2026-01-05', '卫生健康委员会', '12110000400686291H', 'GENERAL', 'test')`,
              [`罚${process.pid}-${++serial}`, id],
            );
          }
        } else {
          // A long transaction: it holds its xid while others commit around it.
          await new Promise((resolve) => setTimeout(resolve, 100 + random(400)));
        }
      }
      await client.query(random(10) === 0 ? 'ROLLBACK' : 'COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      // Two writers moving the same rows can deadlock; PostgreSQL aborts one, as in production.
      if ((error as { code?: string }).code !== '40P01') throw error;
    } finally {
      client.release();
    }
  }
}

describe('concurrent writers while a consumer snapshots and follows', () => {
  it('leaves the consumer with exactly the province’s rows, nothing from elsewhere', async () => {
    let consumer = await startConsumer(hub, { apiKey });
    const copy = consumer.copy;
    const until = Date.now() + 4_000;
    let writersDone = false;
    const writing = Promise.all([1, 2, 3, 4].map((seed) => write(until, seed * 7919))).finally(() => (writersDone = true));
    try {
      // Snapshot while the writers write, then follow; every few pages the consumer "restarts"
      // with a new client on its stored copy.
      let pulls = 0;
      let pullsWhileWriting = 0;
      while (!writersDone) {
        await pull(consumer.client, copy, { pageSize: 20 });
        if (!writersDone) pullsWhileWriting++;
        if (++pulls % 3 === 0) consumer = { ...(await startConsumerClient()), copy, close: consumer.close };
      }
      await writing;
      expect(pullsWhileWriting).toBeGreaterThan(1);
      await pullUntilCaughtUp(consumer.client, copy, hub.database.pool, { pageSize: 200 });
      const held = await expectCopyToMatchHub(copy, consumer.client, hub.database.pool, '320000');
      expect(held.size).toBeGreaterThan(10);
    } finally {
      await consumer.close();
    }
  });
});

async function startConsumerClient() {
  const { client, close } = await startConsumer(hub, { apiKey });
  await close();
  return { client };
}
