#!/usr/bin/env node
// Runs the compiled CLI (see build.js: compiled at install, and again whenever the sources
// change). Where no build can be written (a read-only installation without one), the TypeScript
// sources run through tsx instead: slower to start, same behaviour.
import { ensureBuilt } from './build.js';

// Libraries read NODE_ENV once, as they load: unset, graphql-js checks on every failed type test
// whether the value comes from a second copy of itself (there is one copy, bundled). The hub's
// own behaviour follows JIANGUAN_PROFILE, never NODE_ENV.
process.env.NODE_ENV ??= 'production';

let entry;
try {
  entry = await ensureBuilt();
} catch (error) {
  process.stderr.write(`jianguan: running from source, could not compile (${error.message})\n`);
  const { register } = await import('tsx/esm/api');
  register();
  entry = '../src/cli/main.ts';
}
await import(entry);
