import { describe, expect, it } from 'vitest';
import type { SourcePlugin } from '../plugin.js';
import { createTestContext } from './context.js';
import { canonicalLine, MemoryStore, syncInto } from './memory-store.js';

export interface SourceFixture<Config> {
  /** A working configuration against the far side the fixture started. */
  config: Config;
  /** Configurations `check` must refuse as configuration failures (wrong secret, unknown account…). */
  badConfigs: Record<string, Config>;
  /**
   * What the store must hold after a full read, per stream: the far side's current records as a
   * correct reader understands them. Called after each read, so a far side that changes while
   * it is read is judged by its final state.
   */
  expected?: () => Record<string, object[]>;
  /** Stops a far side that changes while it is read (so "nothing new" can be asserted); optional. */
  quiesce?(): void;
  close(): Promise<void>;
}

export interface SourceKitOptions<Config> {
  /** Names the fixture in test titles, e.g. `with 429s and resets`. */
  mode: string;
  /** Starts a fresh far side with data (an emulator) for one test. */
  start(): Promise<SourceFixture<Config>>;
  /** Settings `configSchema` must refuse (missing keys, wrong types). */
  malformedConfigs: unknown[];
  /** A seed for the crash points; runs differ by seed, and a failure prints it. */
  seed?: number;
}

function expectedLines<Config>(plugin: SourcePlugin<Config>, fixture: SourceFixture<Config>): string[] | undefined {
  if (!fixture.expected) return undefined;
  return Object.entries(fixture.expected())
    .flatMap(([name, records]) => records.map((record) => canonicalLine(`${name}/${plugin.streams[name]!.key(record as never)}`, record)))
    .sort();
}

async function withFixture<Config>(options: SourceKitOptions<Config>, work: (fixture: SourceFixture<Config>) => Promise<void>) {
  const fixture = await options.start();
  try {
    await work(fixture);
  } finally {
    await fixture.close();
  }
}

/**
 * The conformance tests every source plugin passes, in its own test file, once per far-side
 * mode: configuration refused cleanly, records matching the entity contract, repeatable full
 * reads, a final checkpoint that yields nothing new, and crash-resume equal to a clean run.
 */
export function describeSourceConformance<Config>(plugin: SourcePlugin<Config>, options: SourceKitOptions<Config>) {
  describe(`${plugin.name} conformance (${options.mode})`, () => {
    it('refuses malformed settings and answers check with a typed configuration failure, never a throw', async () => {
      for (const malformed of options.malformedConfigs) expect(plugin.configSchema.safeParse(malformed).success).toBe(false);
      await withFixture(options, async (fixture) => {
        expect(await plugin.check(fixture.config, createTestContext())).toEqual({ ok: true });
        for (const [name, config] of Object.entries(fixture.badConfigs)) {
          const result = await plugin.check(config, createTestContext());
          expect(result, name).toMatchObject({ ok: false, failure: 'CONFIGURATION' });
          expect((result as { message: string }).message.length, name).toBeGreaterThan(0);
        }
      });
    });

    it('yields records that match the entity contract, and the expected set', async () => {
      await withFixture(options, async (fixture) => {
        const store = new MemoryStore();
        expect(await syncInto(plugin, fixture.config, store, createTestContext())).toBe('finished');
        expect(store.records.size).toBeGreaterThan(0);
        const expected = expectedLines(plugin, fixture);
        if (expected) expect(store.snapshot()).toEqual(expected);
      });
    });

    it('gives the same set on two full reads, and nothing new from the final checkpoint', async () => {
      await withFixture(options, async (fixture) => {
        const first = new MemoryStore();
        const second = new MemoryStore();
        await syncInto(plugin, fixture.config, first, createTestContext());
        await syncInto(plugin, fixture.config, second, createTestContext());
        // A far side that changes while read is judged by its final state; a still one, read twice, gives one set.
        expect(second.snapshot()).toEqual(expectedLines(plugin, fixture) ?? first.snapshot());

        fixture.quiesce?.();
        await syncInto(plugin, fixture.config, first, createTestContext());
        const before = first.snapshot();
        const again = new MemoryStore();
        again.checkpoints = new Map(first.checkpoints);
        await syncInto(plugin, fixture.config, again, createTestContext());
        // Anything re-read from the final checkpoint is a copy of what is stored: nothing new.
        const stored = new Set(before);
        expect(again.snapshot().filter((line) => !stored.has(line))).toEqual([]);
      });
    });

    it('ends a run stopped at random points and resumed with exactly the records of an uninterrupted run', async () => {
      await withFixture(options, async (fixture) => {
        const clean = new MemoryStore();
        await syncInto(plugin, fixture.config, clean, createTestContext());
        const totalBatches = clean.batches;
        const initialSeed = options.seed ?? (Date.now() % 100_000) + 1;
        let seed = initialSeed;
        const random = () => ((seed = (seed * 16807) % 2147483647) % 1000) / 1000;
        const resumed = new MemoryStore();
        // Crash after a random number of committed batches, three times, then finish.
        for (let crash = 0; crash < 3; crash++) {
          const stopAt = resumed.batches + Math.floor(random() * Math.max(1, totalBatches / 2));
          const controller = new AbortController();
          const outcome = await syncInto(plugin, fixture.config, resumed, createTestContext({ signal: controller.signal }), stopAt - resumed.batches);
          controller.abort();
          if (outcome === 'finished') break;
        }
        await syncInto(plugin, fixture.config, resumed, createTestContext());
        expect(resumed.snapshot(), `crash seed ${initialSeed}`).toEqual(expectedLines(plugin, fixture) ?? clean.snapshot());
      });
    });
  });
}
