// Compiles the hub's TypeScript to JavaScript, so that starting the hub or a command does not
// compile hundreds of files first. Plain JavaScript itself: it runs before anything is compiled.
//
// The output goes to .build/<fingerprint>/ where the fingerprint covers every source file's path,
// size and modification time: an edited source gets a new build on the next start, and an
// unchanged tree reuses the last one. Each build is written to a temporary folder and renamed
// into place, so processes starting at once never see half a build. `npm ci` builds once
// (`prepare`); `bin/jianguan.js` builds when the sources changed since.
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILDS = join(ROOT, '.build');
/** Compiled: the hub's code. Copied as they are: files read at run time beside it. */
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
  for (const folder of [...new Set([...COMPILED, ...COPIED]), 'bin']) {
    for await (const path of files(join(ROOT, folder))) {
      const { size, mtimeMs } = await stat(path);
      hash.update(`${relative(ROOT, path)}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function compile(outdir) {
  const { build } = await import('esbuild');
  const entryPoints = [];
  for (const folder of COMPILED) {
    for await (const path of files(join(ROOT, folder))) if (path.endsWith('.ts') && !path.endsWith('.d.ts')) entryPoints.push(path);
  }
  // One file in, one file out (no bundling): migrations stay separate modules loaded by name.
  await build({ entryPoints, outdir, outbase: ROOT, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error' });
  for (const folder of COPIED) {
    await cp(join(ROOT, folder), join(outdir, folder), { recursive: true, filter: (source) => !source.endsWith('.ts') });
  }
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
