import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.js';
import { parsePluginsFile, PluginsFileError } from '../../src/plugin-runtime/instances.js';
import { registryZhejiang } from '../../plugins/registry-zhejiang/index.js';

/** Whatever a setting's problem, a message that could reach a log never carries a secret. */
describe('bad settings never echo secrets', () => {
  it('in the environment: secrets and URLs (which may carry a password) are named, not shown', () => {
    const secrets = {
      JWT_SECRET: 'tooshort-secret-1',
      ID_NUMBER_HASH_KEY: 'tooshort-secret-2',
      DATABASE_URL: 'mysql://admin:secret-3@db/jianguan',
      JWT_JWKS_URL: 'not a url secret-4',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'collector secret-5',
    };
    let message = '';
    try {
      loadConfig({ ...secrets, PORT: 'eighty' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    for (const name of Object.keys(secrets)) expect(message).toContain(`${name}:`);
    expect(message).not.toMatch(/secret-\d/);
    // Plain values are still shown, to help.
    expect(message).toContain('"eighty"');
  });

  it('in the plugins file: problems are named by plugin and key, without the substituted values', () => {
    const file = JSON.stringify({
      plugins: { 'registry-zhejiang': { config: { baseUrl: '${ZJ_URL}', token: '${ZJ_TOKEN}', extra: '${ZJ_TOKEN}' }, schedule: 'not cron ${ZJ_TOKEN}' } },
    });
    const env = { ZJ_URL: 'ftp://user:secret-6@registry', ZJ_TOKEN: '   ' };
    let problems: string[] = [];
    try {
      parsePluginsFile(file, [registryZhejiang], env);
    } catch (error) {
      expect(error).toBeInstanceOf(PluginsFileError);
      problems = (error as PluginsFileError).problems;
    }
    expect(problems.join('\n')).toMatch(/plugins\.registry-zhejiang\.config\.baseUrl/);
    expect(problems.join('\n')).toMatch(/plugins\.registry-zhejiang\.config\.token/);
    expect(problems.join('\n')).not.toContain('secret-6');
    expect(problems.join('\n')).not.toContain('registry@');
  });
});
