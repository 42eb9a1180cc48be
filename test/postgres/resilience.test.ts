import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealHub } from '../support/real-hub.js';
import { TEST_POSTGRES_ADMIN_URL } from '../support/settings.js';

/** Behaviour that needs a real server to misbehave: dropped connections, locks held by others. */
let hub: Awaited<ReturnType<typeof startRealHub>>;
let admin: pg.Client;
beforeAll(async () => {
  hub = await startRealHub({ DB_POOL_MAX: '3', DB_CONNECTION_TIMEOUT_MS: '300', SHUTDOWN_GRACE_MS: '10000' });
  admin = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await admin.connect();
});
afterAll(async () => {
  await admin.end();
  await hub.cleanup();
});

const query = (body: string) =>
  fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: body }) }).then((r) => r.json());
const databaseName = () => new URL(hub.env.DATABASE_URL!).pathname.slice(1);

describe('against a real PostgreSQL server', () => {
  it('survives the server killing its connections (as on a restart) and serves the next request', async () => {
    expect((await query('{ provinces { code } }')).data.provinces).toHaveLength(34);
    // A checked-out client and idle ones both lose their server.
    const held = await hub.database.pool.connect();
    const { rowCount } = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [databaseName()]);
    expect(rowCount).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    held.release(true);
    let answer: any;
    for (let attempt = 0; attempt < 3 && !answer?.data; attempt++) answer = await query('{ region(code: "110105") { name } }');
    expect(answer.data.region.name).toBe('朝阳区');
  });

  it('tells the client clearly when no connection frees up in time', async () => {
    const clients = await Promise.all([1, 2, 3].map(() => hub.database.pool.connect()));
    try {
      const answer = await query('{ institutions(first: 1) { edges { cursor } } }');
      expect(answer.errors[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
      expect(answer.errors[0].message).toMatch(/busy/);
    } finally {
      for (const client of clients) client.release();
    }
  });

  it('cancels a statement that runs past the statement timeout and says so', async () => {
    const slow = await startRealHub({ DB_STATEMENT_TIMEOUT_MS: '200' });
    const locker = new pg.Client({ connectionString: slow.env.DATABASE_URL });
    await locker.connect();
    try {
      await locker.query('BEGIN; LOCK TABLE institution IN ACCESS EXCLUSIVE MODE');
      const answer = await fetch(slow.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ institutions(first: 1) { edges { cursor } } }' }) }).then((r) => r.json());
      expect(answer.errors[0]).toMatchObject({ extensions: { code: 'STATEMENT_TIMEOUT' } });
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
      await slow.cleanup();
    }
  });

  it('finishes an in-flight request during shutdown, then fails readiness and stops', async () => {
    const locker = new pg.Client({ connectionString: hub.env.DATABASE_URL });
    await locker.connect();
    await locker.query('BEGIN; LOCK TABLE institution IN ACCESS EXCLUSIVE MODE');
    const inFlight = query('{ institutions(first: 1) { edges { cursor } } }');
    await new Promise((r) => setTimeout(r, 300)); // the request is now waiting on the lock
    const stopping = hub.shutdown();
    await new Promise((r) => setTimeout(r, 100));
    await expect(fetch(hub.url.replace('/graphql', '/readyz'))).rejects.toThrow(); // no new connections
    await locker.query('COMMIT');
    await locker.end();
    expect((await inFlight).data.institutions.edges).toEqual([]);
    await stopping;
  });
});
