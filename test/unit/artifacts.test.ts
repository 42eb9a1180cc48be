import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderClientTypes, renderRowTypes, renderSdl, ROW_TYPES_PATH, SDL_PATH } from '../../scripts/artifacts.js';

/** Generated artifacts are committed; each must equal what its source produces now. */
describe('committed artifacts', () => {
  it('schema/schema.graphql is the SDL printed from the schema builder', async () => {
    expect(await readFile(SDL_PATH, 'utf8'), 'run `npm run generate`').toBe(renderSdl());
  });

  it('client types in test/generated match the operations and the schema', async () => {
    const rendered = await renderClientTypes();
    expect(rendered.size).toBeGreaterThan(0);
    for (const [file, content] of rendered) {
      expect(await readFile(file, 'utf8'), `${file} drifted: run \`npm run generate\``).toBe(content);
    }
  });

  it('row types match the migrated database', async () => {
    expect(await readFile(ROW_TYPES_PATH, 'utf8'), 'run `npm run generate`').toBe(await renderRowTypes());
  }, 60_000);
});
