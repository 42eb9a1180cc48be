import { randomBytes } from 'node:crypto';
import { RequestAuthenticator } from './auth.js';
import type { ImposedRejection, PersonalDataFinding } from './batches.js';
import { FaultInjector, NO_FAULTS, type FailNextOptions, type FaultKind, type Faults } from './faults.js';
import type { RecordKind } from './fields.js';
import { startServer, type RequestLogEntry, type Submission } from './server.js';
import { RecordStore, type StoredRecord } from './store.js';

export type { ImposedRejection, ItemResult, PersonalDataFinding } from './batches.js';
export type { AfterStoringFailure, FailNextOptions, FaultKind, Faults, TransientStatus } from './faults.js';
export type { RecordKind } from './fields.js';
export type { RequestLogEntry, Submission } from './server.js';
export type { RecordState, StoredRecord } from './store.js';
export type { FieldError } from './validate.js';

/**
 * A strict, hostile stand-in for the national credit-sharing platform's 双公示 intake
 * (contracts/credit-platform.md), served over real HTTP on loopback. It enforces every rule the
 * contract states — and only those — and fails the ways the contract warns about, on demand.
 */
export interface CreditPlatformEmulator {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  appKey: string;
  appSecret: string;
  /** The platform's copy of one record, or undefined if it holds none. */
  record(kind: RecordKind, id: string): StoredRecord | undefined;
  records(kind: RecordKind): StoredRecord[];
  /** Every batch handled, in order, including those whose answer was then lost (see `delivery`). */
  submissions: Submission[];
  /** Every request, with its outcome: to count 401s, 429s, early retries, resends. */
  requests: RequestLogEntry[];
  /** Stored records holding a resident ID number outside `*_ZJHM` (accepted, since the contract names no rejection). */
  personalDataFindings: PersonalDataFinding[];
  /** Merges into the random faults; a `null` turns one off. */
  setFaults(faults: Partial<Faults>): void;
  clearFaults(): void;
  /** The next `count` (default 1) requests matching `options.path` fail this way, before any random fault. */
  failNext(kind: FaultKind, count?: number, options?: FailNextOptions): void;
  /** Extra data errors: these IDs (or records the function picks) are REJECTED. Replaces the previous call; `[]` lifts it. */
  rejectIds(ids: string[] | ImposedRejection): void;
  /** Closes the server and destroys every open socket, stalled ones included. */
  close(): Promise<void>;
}

export interface CreditPlatformEmulatorOptions {
  appKey?: string;
  /** Default: random, so that nothing can sign requests without reading it from the emulator. */
  appSecret?: string;
  /** The platform's clock: for the timestamp window, nonce memory, Retry-After and log times. */
  now?: () => Date;
  /** Seeds the random faults. */
  seed?: number;
}

export async function startCreditPlatformEmulator(options: CreditPlatformEmulatorOptions = {}): Promise<CreditPlatformEmulator> {
  const appKey = options.appKey ?? 'jianguan-test';
  const appSecret = options.appSecret ?? randomBytes(24).toString('hex');
  const now = options.now ?? (() => new Date());
  const faults = new FaultInjector(options.seed ?? 1);
  const store = new RecordStore();
  let imposed: ImposedRejection | undefined;
  const submissions: Submission[] = [];
  const requests: RequestLogEntry[] = [];
  const personalDataFindings: PersonalDataFinding[] = [];

  const { server, listening, close } = startServer({
    authenticator: new RequestAuthenticator(appKey, appSecret, now),
    faults,
    platform: { store, imposed: () => imposed, personalDataFindings },
    now,
    submissions,
    requests,
  });
  await listening;
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the emulator is not listening on a TCP port');

  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    appKey,
    appSecret,
    record: (kind, id) => store.get(kind, id),
    records: (kind) => store.all(kind),
    submissions,
    requests,
    personalDataFindings,
    setFaults: (changes) => faults.set(changes),
    clearFaults: () => faults.set(NO_FAULTS),
    failNext: (kind, count = 1, failOptions = {}) => faults.failNext(kind, count, failOptions),
    rejectIds: (ids) => {
      imposed = Array.isArray(ids) ? (item) => typeof item.ID === 'string' && ids.includes(item.ID) : ids;
    },
    close,
  };
}
