import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { FaultPlan, type FailNextOptions, type FaultKind, type FaultSettings } from './faults.js';
import type { GeneratedDay } from './records.js';
import type { ZhejiangRow } from './row.js';
import { createZhejiangServer, type RequestRecord } from './server.js';
import { ZhejiangStore, type ManifestEntry, type PublishOptions } from './store.js';

export { renderDayFile, renderDayText, csvField, type ZhejiangEncoding } from './csv.js';
export { understandZhejiangRow, latestRowPerCase, LatestCases, type ZhejiangExpectedCase, type ZhejiangReading } from './expected.js';
export { HOSTILE_FAULTS, NO_FAULTS, type Faults, type FaultKind, type FaultSettings, type FailNextOptions } from './faults.js';
export { idCheckCharacter, idNumber15To18, idNumberProblem } from './id-number.js';
export { generateZhejiangDays, type GeneratedDay, type GenerateZhejiangDaysOptions } from './records.js';
export { ZHEJIANG_HEADER, ZHEJIANG_KINDS, ZHEJIANG_SEXES, ZHEJIANG_STATUSES, type ZhejiangRow, type ZhejiangColumn, type ZhejiangKind, type ZhejiangStatus, type ZhejiangSex } from './row.js';
export type { ManifestEntry, PublishOptions, RequestRecord };

export interface ZhejiangEmulator {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  token: string;
  /** Publishes a day's file. A file never changes: publishing a date twice throws. */
  publishDay(date: string, rows: readonly ZhejiangRow[], options?: PublishOptions): { name: string; sha256: string };
  /** Lists a file published with `listed: false`; it goes to the end of the manifest. */
  listLate(date: string): void;
  /** Dates published with `listed: false` and not listed yet. */
  unlistedDates(): string[];
  /** The manifest as served (in listing order; the shuffledManifest fault reorders only what is served). */
  manifest(): { files: ManifestEntry[] };
  /** What a correct client must end up with: per case, the readable row with the latest 更新时间 among listed files, by case number. */
  latestCases(): ZhejiangRow[];
  setFaults(faults: FaultSettings): void;
  /** The next `count` requests matching `options.path` fail this way (before any probabilistic fault). */
  failNext(kind: FaultKind, count?: number, options?: FailNextOptions): void;
  /** Every request received, in arrival order. */
  readonly requests: RequestRecord[];
  close(): Promise<void>;
}

export interface ZhejiangEmulatorOptions {
  /** The bearer token to accept; a random one when not given. */
  token?: string;
  /** Seeds the faults' dice. */
  seed?: number;
  faults?: FaultSettings;
}

export async function startZhejiangEmulator(options: ZhejiangEmulatorOptions = {}): Promise<ZhejiangEmulator> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const store = new ZhejiangStore();
  const plan = new FaultPlan(options.seed ?? 1);
  if (options.faults) plan.set(options.faults);
  const requests: RequestRecord[] = [];
  const { server, close } = createZhejiangServer(store, plan, token, requests);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    token,
    publishDay(date, rows, publishOptions) {
      const { name, sha256 } = store.publish(date, rows, publishOptions);
      return { name, sha256 };
    },
    listLate: (date) => store.listLate(date),
    unlistedDates: () => store.unlistedDates(),
    manifest: () => ({ files: store.listedFiles().map(({ date, name, sha256, rows }) => ({ date, name, sha256, rows })) }),
    latestCases: () => store.latestCases(),
    setFaults: (faults) => plan.set(faults),
    failNext: (kind, count, failOptions) => plan.failNext(kind, count, failOptions),
    requests,
    close,
  };
}

/**
 * Publishes generated days in order. A day marked listedLate is published unlisted and listed
 * right after the next day's file, so it shows in the manifest after a later day, as the contract
 * warns. Can be called again with the following days: a day left pending is listed then.
 */
export function publishGeneratedDays(emulator: ZhejiangEmulator, days: readonly GeneratedDay[]): void {
  for (const day of days) {
    const pending = emulator.unlistedDates();
    emulator.publishDay(day.date, day.rows, { encoding: day.encoding, listed: !day.listedLate });
    for (const date of pending) emulator.listLate(date);
  }
}
