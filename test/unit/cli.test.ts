import { describe, expect, it } from 'vitest';
import { runCommand, PROCESS_TEST_TIMEOUT } from '../support/process.js';

// In its own process group, killed when the test ends even if the command hangs.
const run = runCommand;

describe('jianguan CLI', { timeout: PROCESS_TEST_TIMEOUT }, () => {
  it('lists its commands and the configuration variables', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed']) expect(stdout).toContain(command);
    expect(stdout).toContain('DATABASE_URL');
  });

  it.each([
    ['serve', /migrations and serve GraphQL/],
    ['migrate', /Apply pending migrations/],
    ['seed', /--institutions <n>[\s\S]*--seed <n>/],
  ])('%s --help describes the command', async (command, pattern) => {
    const { code, stdout } = await run([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(pattern);
  });

  it('stops with a message naming each bad setting', async () => {
    const { code, stderr } = await run(['migrate'], { PORT: 'eighty', DB_POOL_MAX: '0' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/PORT: .*"eighty"/);
    expect(stderr).toMatch(/DB_POOL_MAX: /);
  });

  it('rejects a bad option value', async () => {
    const { code, stderr } = await run(['seed', '--institutions', 'many']);
    expect(code).not.toBe(0);
    expect(stderr).toContain('--institutions must be a whole number');
  });

  it('an unreachable database stops a command with one line naming the database and the cause, never its password', async () => {
    const { code, stderr } = await run(['migrate'], { DATABASE_URL: 'postgres://jianguan:s3cret-pw@127.0.0.1:1/nowhere' });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('cannot reach the database 127.0.0.1:1/nowhere')]);
    expect(stderr).toContain('ECONNREFUSED');
    expect(stderr).not.toMatch(/Migration|s3cret-pw|\bat /);
  });
});
