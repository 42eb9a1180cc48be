import { describe, expect, it } from 'vitest';
import { EMBEDDED_SERVING_ROLE } from '../../src/db/serving.js';
import { startRealHub } from '../support/real-hub.js';

describe('serve on the embedded database', () => {
  it('migrates as its one user, then serves as the serving role', async () => {
    const hub = await startRealHub({ JIANGUAN_WORKER: 'on' });
    try {
      expect((await hub.database.pool.query('SELECT current_user AS role')).rows[0].role).toBe(EMBEDDED_SERVING_ROLE);
      await expect(hub.database.pool.query('ALTER TABLE audit_log DISABLE TRIGGER ALL')).rejects.toMatchObject({ code: '42501' });
      await expect(hub.database.pool.query('DELETE FROM audit_log')).rejects.toMatchObject({ code: '42501' });
      const answer = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ institutions(first: 1) { edges { cursor } } }' }) }).then((r) => r.json());
      expect(answer).toEqual({ data: { institutions: { edges: [] } } });
    } finally {
      await hub.cleanup();
    }
  });
});
