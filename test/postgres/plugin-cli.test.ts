import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startCommand } from '../support/process.js';
import { startZhejiangEmulator, type ZhejiangEmulator } from '../emulators/registry-zhejiang/index.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let clone: TestDatabase;
let emulator: ZhejiangEmulator;
let workDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  clone = await createTestDatabase({ poolMax: 1 });
  await clone.close();
  emulator = await startZhejiangEmulator({ seed: 3 });
  workDir = await mkdtemp(join(tmpdir(), 'jianguan-plugins-cli-'));
  const pluginsFile = join(workDir, 'plugins.json');
  await writeFile(pluginsFile, JSON.stringify({ plugins: { 'registry-zhejiang': { config: { baseUrl: emulator.baseUrl, token: '${ZJ_TOKEN}' }, schedule: '0 23 * * *' } } }));
  env = { LOG_LEVEL: 'warn', JIANGUAN_PLUGINS_FILE: pluginsFile, ZJ_TOKEN: emulator.token, DATABASE_URL: clone.url! };
});
afterAll(async () => {
  await emulator?.close();
  await clone?.drop().catch(() => undefined);
  await rm(workDir, { recursive: true, force: true });
});

async function run(args: string[], extraEnv: Record<string, string> = {}) {
  const command = startCommand(args, { ...env, ...extraEnv });
  try {
    return { code: await command.exited, stdout: command.text.join('\n'), stderr: command.stderr() };
  } finally {
    await command.stop();
  }
}

describe('plugin commands', () => {
  it('lists installed plugins with what is configured, and checks each configured one', async () => {
    const listed = await run(['plugins']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^registry-zhejiang 1\.0\.0 \(source\): configured, schedule "0 23 \* \* \*" \(UTC\)/m);
    expect(listed.stdout).toMatch(/^registry-jiangsu .*: not configured/m);
    const refused = await run(['plugins', 'check'], { ZJ_TOKEN: 'wrong-token' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^registry-zhejiang: configuration failure: /);
  });

  it('stops with the plugin and key named, never the secret, when the plugins file is bad', async () => {
    await writeFile(join(workDir, 'bad.json'), JSON.stringify({ plugins: { 'registry-zhejiang': { config: { baseUrl: 'not a url', token: '${ZJ_TOKEN}' } }, 'registry-nowhere': { config: {} } } }));
    const bad = await run(['plugins'], { JIANGUAN_PLUGINS_FILE: join(workDir, 'bad.json'), ZJ_TOKEN: 'secret-token-value' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('plugins.registry-zhejiang.config.baseUrl');
    expect(bad.stderr).toContain('plugins.registry-nowhere: no installed plugin has this name');
    expect(bad.stderr).not.toContain('secret-token-value');
  });

  it('sync exits non-zero with the reason when the run fails', async () => {
    const refused = startCommand(['sync', 'registry-zhejiang'], { ...env, ZJ_TOKEN: 'wrong-token' });
    try {
      expect(await refused.exited).toBe(2);
      expect(refused.stderr()).toMatch(/registry-zhejiang failed \(CONFIGURATION\)/);
    } finally {
      await refused.stop();
    }
  });
});
