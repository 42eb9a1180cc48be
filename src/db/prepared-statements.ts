import type pg from 'pg';

/** Statements kept prepared per connection: the hub's read statements number in the hundreds. */
const MAX_PREPARED_PER_CONNECTION = 500;

/**
 * Reads by keys: a loader's `= ANY($1::bigint[])` (`any-of.ts`) or a child page's
 * `unnest($1::bigint[])`. Their best plan is the same whatever the ids, so PostgreSQL's generic
 * plan serves them. A read filtered by ranges or text (a page of one province, a name search)
 * is not one: a generic plan cannot see how narrow a province's range of codes is, and walked
 * the whole name index to fill a regulator's page (2.1 ms against 0.2 ms planned for its values).
 */
const LOOKS_UP_BY_KEYS = /= ANY\(|unnest\(/;

/**
 * Names the key reads a serving connection issues, so PostgreSQL parses and plans each text once
 * per connection instead of on every request; other reads run unnamed, planned for their values.
 * Statement texts repeat because lists of ids travel as one array parameter. Beyond the cap,
 * statements run unnamed.
 *
 * A prepared `SELECT` whose table a newer hub's migration changed fails with "cached plan must
 * not change result type"; such a text is prepared afresh under a new name and run once more
 * (inside a transaction the failure has already aborted it, and the request fails once).
 */
export function prepareRepeatedReads(client: pg.PoolClient): void {
  const names = new Map<string, string>();
  let generation = 0;
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const nameFor = (text: string) => {
    let name = names.get(text);
    if (!name && names.size < MAX_PREPARED_PER_CONNECTION) {
      name = `jianguan_${generation}_${names.size}`;
      names.set(text, name);
    }
    return name;
  };
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const [text, values, callback] = args;
    if (typeof text !== 'string' || !Array.isArray(values) || callback !== undefined || !text.startsWith('select') || !LOOKS_UP_BY_KEYS.test(text)) return query(...args);
    const name = nameFor(text);
    if (!name) return query(...args);
    return (query({ name, text, values }) as Promise<unknown>).catch((error: { code?: string }) => {
      if (error?.code !== '0A000') throw error;
      names.delete(text);
      generation++;
      const fresh = nameFor(text);
      return fresh ? query({ name: fresh, text, values }) : query(text, values);
    });
  };
}
