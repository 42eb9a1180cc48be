import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';

/**
 * Counts SQL statements, in total and per unit of work (a request, a benchmark call), so tests
 * and benchmarks can see N+1 patterns as numbers.
 */
export interface StatementTally {
  statements: number;
  /** Bytes read from the database's wire for those statements (rows, descriptions, completions). */
  bytes: number;
}

const current = new AsyncLocalStorage<StatementTally>();

export class StatementStats {
  total = 0;

  record(): void {
    this.total++;
    const tally = current.getStore();
    if (tally) tally.statements++;
  }
}

/** Adds bytes read for a statement to the unit of work in progress, if any. */
export function recordBytesRead(bytes: number): void {
  const tally = current.getStore();
  if (tally) tally.bytes += bytes;
}

/** Runs `work` and tallies the statements it issues, wherever in its async call tree they run. */
export async function tallyStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number; bytes: number }> {
  const tally: StatementTally = { statements: 0, bytes: 0 };
  const result = await current.run(tally, work);
  return { result, statements: tally.statements, bytes: tally.bytes };
}

export function withStatementTally<T>(tally: StatementTally, work: () => T): T {
  return current.run(tally, work);
}

/** The tally of the unit of work in progress, if any. */
export const currentTally = (): StatementTally | undefined => current.getStore();

/**
 * Tallies the bytes each statement reads from the wire for the unit of work that issued it, so
 * benchmarks show how much a request asks of PostgreSQL. A client runs one statement at a time,
 * so the socket's byte count before and after is that statement's.
 */
export function tallyBytesRead(client: pg.PoolClient) {
  const socket = (client as unknown as { connection?: { stream?: { bytesRead?: number } } }).connection?.stream;
  if (typeof socket?.bytesRead !== 'number') return;
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    if (!current.getStore()) return query(...args);
    const before = socket.bytesRead!;
    const result = query(...args);
    if (result instanceof Promise) return result.then((value) => (recordBytesRead(socket.bytesRead! - before), value));
    return result;
  };
}
