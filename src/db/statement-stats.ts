import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts SQL statements, in total and per unit of work (a request, a benchmark call), so tests
 * and benchmarks can see N+1 patterns as numbers.
 */
export interface StatementTally {
  statements: number;
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

/** Runs `work` and tallies the statements it issues, wherever in its async call tree they run. */
export async function tallyStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const tally: StatementTally = { statements: 0 };
  const result = await current.run(tally, work);
  return { result, statements: tally.statements };
}

export function withStatementTally<T>(tally: StatementTally, work: () => T): T {
  return current.run(tally, work);
}

/** The tally of the unit of work in progress, if any. */
export const currentTally = (): StatementTally | undefined => current.getStore();
