import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import pino from 'pino';
import codegenConfig from '../codegen.js';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrator.js';
import { printedSchema } from '../src/graphql/schema.js';

/**
 * The committed artifacts derived from the source of truth, rendered in memory. `npm run generate`
 * writes them; a test compares them with what is committed.
 */
export const SDL_PATH = 'schema/schema.graphql';
export const ROW_TYPES_PATH = 'src/db/schema.generated.ts';

export const renderSdl = () => printedSchema();

/** Client types from the operations, against the SDL as currently printed. */
export async function renderClientTypes(sdl = renderSdl()): Promise<Map<string, string>> {
  const outputs = await generate({ ...codegenConfig, schema: sdl, silent: true }, false);
  return new Map(outputs.map((o: { filename: string; content: string }) => [o.filename, o.content]));
}

/** Row types introspected from a freshly migrated embedded database. */
export async function renderRowTypes(): Promise<string> {
  // kysely-codegen opens up to ten connections of its own; the socket server must accept them.
  const database = await openDatabase({ poolMax: 12, statementTimeoutMs: 0, connectionTimeoutMs: 10_000 }, pino({ level: 'silent' }));
  const outDir = await mkdtemp(join(tmpdir(), 'jianguan-rows-'));
  try {
    await migrateToLatest(database.db);
    const options = database.pool.options as { host: string; port: number };
    const url = `postgres://postgres@localhost/postgres?host=${encodeURIComponent(options.host)}&port=${options.port}`;
    const outFile = join(outDir, 'rows.ts');
    await promisify(execFile)(process.execPath, [
      'node_modules/kysely-codegen/dist/cli/bin.js',
      '--dialect', 'postgres', '--url', url, '--out-file', outFile,
      '--date-parser', 'string', '--exclude-pattern', 'kysely_*', '--log-level', 'error',
    ]);
    return await readFile(outFile, 'utf8');
  } finally {
    await database.close();
    await rm(outDir, { recursive: true, force: true });
  }
}
