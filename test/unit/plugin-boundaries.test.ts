import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SDK = join(ROOT, 'src/plugin-sdk/index.ts');

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? sourceFiles(join(folder, e.name)) : Promise.resolve(e.name.endsWith('.ts') ? [join(folder, e.name)] : []))));
  return nested.flat();
}

describe('plugin boundaries', () => {
  it('a plugin imports from the hub nothing but the SDK', async () => {
    const offences: string[] = [];
    for (const file of await sourceFiles(join(ROOT, 'plugins'))) {
      if (file === join(ROOT, 'plugins/index.ts')) continue; // the list of installed plugins
      const pluginFolder = join(ROOT, 'plugins', relative(join(ROOT, 'plugins'), file).split('/').slice(0, file.includes('/examples/') ? 2 : 1).join('/'));
      for (const [, specifier] of (await readFile(file, 'utf8')).matchAll(/from '(\.[^']+)'/g)) {
        const target = resolve(dirname(file), specifier!).replace(/\.js$/, '.ts');
        if (target !== SDK && !target.startsWith(`${pluginFolder}/`)) offences.push(`${relative(ROOT, file)} imports ${specifier}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
