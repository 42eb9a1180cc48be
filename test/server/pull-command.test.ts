import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import { LocalCopy, openStore } from '../../src/pull/local-copy.js';
import { startRealHub } from '../support/real-hub.js';

let hub: Awaited<ReturnType<typeof startRealHub>>;
let copyDir: string;

beforeAll(async () => {
  hub = await startRealHub({ JIANGUAN_WORKER: 'off' });
  copyDir = await mkdtemp(join(tmpdir(), 'jianguan-copy-'));
});

afterAll(async () => {
  await hub?.cleanup();
  if (copyDir) await rm(copyDir, { recursive: true, force: true });
});

describe('jianguan pull --snapshot DIR --follow', () => {
  it('copies the province, follows new changes, and stops cleanly on SIGINT', async () => {
    const { key } = await createApiKey(hub.database.db, { name: '江苏省监管平台', provinceCode: '320000' });
    const insert = (name: string, region: string) =>
      hub.database.pool.query(
        `INSERT INTO institution (name, uscc, region_code, category, ownership, profit_status, grade) VALUES ($1, $1, $2, 'CLINIC', 'PRIVATE', 'FOR_PROFIT', 'UNGRADED')`,
        [name, region],
      );
    await insert('崇川区第一诊所', '320613');
    const base = hub.url.replace(/\/graphql$/, '');
    const child = spawn(process.execPath, ['bin/jianguan.js', 'pull', '--hub', base, '--snapshot', copyDir, '--follow', '--poll-interval-ms', '100'], {
      env: { ...process.env, JIANGUAN_API_KEY: key },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const messages = () => output.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { msg: string; records?: number; changes?: number });
      await expect.poll(() => messages().find((m) => m.msg === 'snapshot taken')?.records, { timeout: 30_000 }).toBe(1);
      await insert('崇川区第二诊所', '320613');
      await insert('黄浦区诊所', '310101');
      await expect.poll(() => messages().some((m) => m.msg === 'changes applied' && m.changes === 1), { timeout: 30_000 }).toBe(true);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    const store = await openStore(copyDir);
    try {
      const names = [...(await (await LocalCopy.open(store)).records()).values()].map((r) => r.record.name).sort();
      expect(names).toEqual(['崇川区第一诊所', '崇川区第二诊所']);
    } finally {
      await store.close();
    }
  });
});
