import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.js';

describe('configuration', () => {
  it('applies documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', JIANGUAN_DATA_DIR: './data/pglite', JIANGUAN_PROFILE: 'development', DB_POOL_MAX: 10 });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config).toMatchObject({ JIANGUAN_WORKER: 'on', WORKER_CONCURRENCY: 2, WORKER_POLL_INTERVAL_MS: 2000 });
  });

  it('reports every bad setting at once, by name and value', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JIANGUAN_PROFILE: 'staging', JIANGUAN_WORKER: 'maybe', WORKER_CONCURRENCY: '0' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT: .*"eighty"/m);
      expect(problems).toMatch(/^DATABASE_URL: must be a postgres/m);
      expect(problems).toMatch(/^JIANGUAN_PROFILE: /m);
      expect(problems).toMatch(/^JIANGUAN_WORKER: .*"maybe"/m);
      expect(problems).toMatch(/^WORKER_CONCURRENCY: .*"0"/m);
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(4000);
  });
});
