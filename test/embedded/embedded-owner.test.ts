import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDataDir } from '../support/database.js';
import { runCommand, startCommand, PROCESS_TEST_TIMEOUT } from '../support/process.js';

/**
 * The embedded database has one owner: a second process on the same directory would write over
 * the first one's changes, so it refuses, saying what to do, and changes nothing.
 */
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function dataDir() {
  const dir = await createTestDataDir();
  dirs.push(dir);
  return dir;
}
const quiet = { LOG_LEVEL: 'warn', DATABASE_URL: '' };
const createKey = (env: Record<string, string>) => runCommand(['api-key', 'create', '--name', '测试平台', '--province', '320000'], env);
const seedSmall = (env: Record<string, string>, ...extra: string[]) => runCommand(['seed', '--institutions', '3', '--practitioners', '5', ...extra], env);

describe('one owner of the embedded database', { timeout: PROCESS_TEST_TIMEOUT }, () => {
  it('while the hub runs, a command that changes data refuses with what to do, exit 3, and changes nothing; after the hub stops it works', async () => {
    const env = { ...quiet, JIANGUAN_DATA_DIR: await dataDir() };
    const hub = startCommand('serve', { ...env, PORT: '0', LOG_LEVEL: 'info' });
    const { url } = await hub.waitFor('hub listening');

    const refused = await createKey(env);
    expect(refused.code).toBe(3);
    expect(refused.stdout).toBe('');
    const message = refused.stderr.trim();
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain(`in use by \`jianguan serve\` (pid ${hub.child.pid}, serving ${url})`);
    expect(message).toContain('stop that process first');
    expect((await seedSmall(env)).code).toBe(3);
    const secondHub = startCommand('serve', { ...env, PORT: '0' });
    expect(await secondHub.exited).toBe(3);
    expect(secondHub.stderr()).toContain(`in use by \`jianguan serve\` (pid ${hub.child.pid}`);

    hub.child.kill('SIGTERM');
    expect(await hub.exited).toBe(0);
    const created = await createKey(env);
    expect(created.code).toBe(0);
    const key = JSON.parse(created.stdout) as { id: string };
    // The key is kept: the next owner of the directory sees it.
    const listed = await runCommand(['api-key', 'list'], env);
    expect(listed.stdout).toContain(key.id);
  });

  it('a lock left by a process that is gone (killed, or the machine restarted) is taken over', async () => {
    const dir = await dataDir();
    await writeFile(join(dir, 'jianguan.lock'), JSON.stringify({ pid: 2 ** 22 + 7, command: 'jianguan serve', since: '2026-01-01T00:00:00Z' }));
    const listed = await runCommand(['api-key', 'list'], { ...quiet, JIANGUAN_DATA_DIR: dir });
    expect(listed.code).toBe(0);
  });

  it('seeding a database that holds data says how to start over in one line; --reset starts over', async () => {
    const env = { ...quiet, JIANGUAN_DATA_DIR: await dataDir() };
    expect((await seedSmall(env)).code).toBe(0);
    const again = await seedSmall(env);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toEqual([expect.stringContaining('the database already holds data')]);
    expect(again.stderr).toContain('npm run seed -- --reset');
    expect(again.stderr).toContain(env.JIANGUAN_DATA_DIR);
    expect((await seedSmall(env, '--reset')).code).toBe(0);
  });
});
