import { describe, expect, it } from 'vitest';
import { parsePluginsFile, PluginsFileError } from '../../src/plugin-runtime/index.js';
import { installedPlugins } from '../../plugins/index.js';

const file = (plugins: unknown) => JSON.stringify({ plugins });
const problemsOf = (text: string, env: Record<string, string> = {}) => {
  try {
    parsePluginsFile(text, installedPlugins, env);
  } catch (error) {
    if (error instanceof PluginsFileError) return error.problems;
    throw error;
  }
  return [];
};

describe('the plugins file', () => {
  it('configures each named plugin with its settings, secrets from the environment, and its schedule', () => {
    const instances = parsePluginsFile(
      file({ 'registry-zhejiang': { config: { baseUrl: 'https://zj.example/', token: '${ZJ_TOKEN}' }, schedule: '0 7 * * *' } }),
      installedPlugins,
      { ZJ_TOKEN: 'tok-123' },
    );
    expect([...instances.keys()]).toEqual(['registry-zhejiang']);
    expect(instances.get('registry-zhejiang')).toMatchObject({ config: { token: 'tok-123' }, schedule: '0 7 * * *' });
  });

  it('reports every problem at once by plugin and key, never with a secret’s value', () => {
    const problems = problemsOf(
      file({
        'registry-jiangsu': { config: { baseUrl: 'https://js.example', appId: 'hub', appSecret: '${JS_SECRET}' }, schedule: 'every half hour' },
        'registry-zhejiang': { config: { baseUrl: 'not a url', token: '${ZJ_TOKEN}' } },
        'registry-nowhere': { config: {} },
      }),
      { ZJ_TOKEN: 'very-secret-token' },
    );
    expect(problems).toEqual([
      'plugins.registry-jiangsu.config.appSecret: environment variable JS_SECRET is not set',
      expect.stringMatching(/^plugins\.registry-zhejiang\.config\.baseUrl: /),
      'plugins.registry-nowhere: no installed plugin has this name (installed: registry-jiangsu, registry-zhejiang, credit-platform)',
    ]);
    expect(problems.join('\n')).not.toContain('very-secret-token');
    expect(problemsOf(file({ 'registry-zhejiang': { config: { baseUrl: 'https://zj.example', token: 't' }, schedule: 'every half hour' } }))).toEqual([
      'plugins.registry-zhejiang.schedule: not a cron expression (minute hour day month weekday)',
    ]);
  });

  it('refuses a file that is not JSON or not shaped as plugins → name → { config, schedule }', () => {
    expect(problemsOf('{ plugins: ')[0]).toMatch(/^not JSON: /);
    expect(problemsOf(JSON.stringify({ plugin: {} }))).toEqual([expect.stringMatching(/^plugins: /)]);
    expect(problemsOf(file({ 'registry-zhejiang': { settings: {} } }))).toContain('plugins.registry-zhejiang: Unrecognized key: "settings"');
  });
});
