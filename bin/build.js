// Compiles the hub's TypeScript to JavaScript, so that starting the hub or a command does not
// compile hundreds of files first. Plain JavaScript itself: it runs before anything is compiled.
//
// The output goes to .build/<fingerprint>/ where the fingerprint covers every source file's path,
// size and modification time: an edited source gets a new build on the next start, and an
// unchanged tree reuses the last one. Each build is written to a temporary folder and renamed
// into place, so processes starting at once never see half a build. `npm ci` builds once
// (`prepare`); `bin/jianguan.js` builds when the sources changed since.
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILDS = join(ROOT, '.build');
/** Compiled: the hub's code (its fingerprint covers these). Copied as they are: files read at run time beside it. */
const COMPILED = ['src', 'plugins', 'migrations'];
const COPIED = ['rules', 'migrations'];
/** Builds kept besides the newest, for processes still running an older one. */
const KEEP = 3;

async function* files(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

async function fingerprint() {
  const hash = createHash('sha256');
  const paths = [];
  for (const folder of [...new Set([...COMPILED, ...COPIED]), 'bin']) for await (const path of files(join(ROOT, folder))) paths.push(path);
  // The libraries are bundled too: a changed lockfile is a new build.
  paths.push(join(ROOT, 'package-lock.json'));
  for (const path of paths) {
    const { size, mtimeMs } = await stat(path);
    hash.update(`${relative(ROOT, path)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Stays outside the bundle, loaded from node_modules as it is: PGlite finds its WebAssembly and
 * data files beside its own module, pg-native is an optional addon pg asks for by name,
 * GraphiQL's 9 MB page is loaded only when first requested, and TypeScript (9 MB) is required by
 * graphile-worker's configuration loader only for a TypeScript configuration file, which the hub
 * never has.
 */
const EXTERNAL = ['@electric-sql/pglite', '@electric-sql/pglite/*', '@electric-sql/pglite-socket', 'pg-native', '@graphql-yoga/render-graphiql', 'typescript'];

async function compile(outdir) {
  const { build } = await import('esbuild');
  // The CLI and the TypeScript migrations (loaded by name when they run) are the entry points;
  // everything they import, the hub's code and its libraries, is bundled, and code they share
  // goes into chunks. A few files instead of about 2,000 modules: resolving and reading each module
  // was most of a start's time.
  const entryPoints = [join(ROOT, 'src', 'cli', 'main.ts')];
  for await (const path of files(join(ROOT, 'migrations'))) if (path.endsWith('.ts') && !path.endsWith('.d.ts')) entryPoints.push(path);
  await build({
    entryPoints,
    outdir,
    outbase: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    entryNames: '[dir]/[name]',
    chunkNames: 'chunks/[name]-[hash]',
    // Bundled CommonJS libraries call require(): give every output file one.
    banner: { js: "import { createRequire as __jianguanRequire } from 'node:module'; const require = __jianguanRequire(import.meta.url);" },
    logLevel: 'error',
  });
  for (const folder of COPIED) {
    await cp(join(ROOT, folder), join(outdir, folder), { recursive: true, filter: (source) => !source.endsWith('.ts') });
  }
  // Marks the build's root for src/project-files.ts, and makes its .js files ES modules.
  await writeFile(join(outdir, 'package.json'), `${JSON.stringify({ private: true, type: 'module' })}\n`);
}

async function removeOldBuilds(current) {
  const builds = await readdir(BUILDS, { withFileTypes: true });
  const dated = await Promise.all(
    builds.filter((b) => b.isDirectory() && b.name !== current).map(async (b) => ({ name: b.name, mtimeMs: (await stat(join(BUILDS, b.name))).mtimeMs })),
  );
  const old = dated.sort((a, b) => b.mtimeMs - a.mtimeMs).slice(KEEP);
  await Promise.all(old.map((b) => rm(join(BUILDS, b.name), { recursive: true, force: true })));
}

/** The compiled CLI's entry point, building it first if the sources changed. */
export async function ensureBuilt() {
  const name = await fingerprint();
  const folder = join(BUILDS, name);
  const entry = join(folder, 'src', 'cli', 'main.js');
  const built = await stat(entry).then(() => true, () => false);
  if (!built) {
    const temporary = join(BUILDS, `.tmp-${name}-${process.pid}`);
    await mkdir(dirname(temporary), { recursive: true });
    try {
      await compile(temporary);
      await rename(temporary, folder).catch(async (error) => {
        // Another process finished the same build first: use that one.
        if (!['ENOTEMPTY', 'EEXIST'].includes(error.code)) throw error;
      });
    } finally {
      await rm(temporary, { recursive: true, force: true });
    }
    await removeOldBuilds(name).catch(() => undefined);
  }
  return pathToFileURL(entry).href;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  await ensureBuilt();
  process.stdout.write(`jianguan: compiled in ${Math.round(performance.now() - started)} ms\n`);
}
