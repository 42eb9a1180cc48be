import { GraphQLError } from 'graphql';
import { sql, type SelectQueryBuilder } from 'kysely';
import { hasUnstorableCharacters } from '../domain/text.js';
import { parseDatabaseId } from './global-id.js';
import { isCalendarDate } from './scalars.js';

/**
 * One pagination shape for every list: Relay cursor connections over keyset (seek) queries, so
 * page N costs the same as page 1 and rows inserted meanwhile never shift a page.
 */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Counted only when a client selects `totalCount`. */
  totalCount: () => Promise<number>;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

const badInput = (field: string, message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

export interface PageWindow {
  limit: number;
  forward: boolean;
  cursor: unknown[] | null;
}

/** What each value of a cursor must be: the sort column's kind, then the row's id. */
export type CursorPart = KeysetOrder['kind'] | 'id';

/** Reads first/after/last/before into one window, rejecting contradictory or oversized requests. */
export function readPageWindow(args: ConnectionArgs, cursorParts: readonly CursorPart[]): PageWindow {
  if (args.first != null && args.last != null) throw badInput('last', 'Pass either first or last, not both');
  const forward = args.last == null;
  const size = forward ? (args.first ?? DEFAULT_PAGE_SIZE) : args.last!;
  const sizeField = forward ? 'first' : 'last';
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(sizeField, `${sizeField} must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  const raw = forward ? args.after : args.before;
  if (!forward && args.after != null) throw badInput('after', 'after goes with first, not with last');
  if (forward && args.before != null) throw badInput('before', 'before goes with last, not with first');
  return { limit: size, forward, cursor: raw == null ? null : decodeCursor(raw, forward ? 'after' : 'before', cursorParts) };
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * An edge whose cursor is encoded when read: by a client that selects it, or by page info for
 * the first and last. A nested list of a hundred parents has a thousand edges, most never asked
 * for their cursor.
 */
export class Edge<T> {
  constructor(
    readonly node: T,
    private readonly cursorValues: unknown[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.cursorValues);
  }
}

/**
 * A cursor comes back from the client, so each of its values is checked as the input it is
 * before it reaches SQL: an id in bigint range, a timestamp or date that casts, text PostgreSQL
 * can hold. Anything else was not issued by this list.
 */
const CURSOR_PART_IS_VALID: Record<CursorPart, (value: string) => boolean> = {
  id: (value) => parseDatabaseId(value) !== null,
  text: (value) => !hasUnstorableCharacters(value),
  timestamptz: (value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value) && isCalendarDate(value.slice(0, 10)),
  date: isCalendarDate,
};

function decodeCursor(cursor: string, field: string, parts: readonly CursorPart[]): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const wellFormed =
      Array.isArray(values) &&
      values.length === parts.length &&
      values.every((v, i) => typeof v === 'string' && CURSOR_PART_IS_VALID[parts[i]!](v));
    if (wellFormed) return values;
  } catch {
    // fall through to the typed error below
  }
  throw badInput(field, `${field} is not a cursor from this list`);
}

export interface KeysetOrder {
  /** Qualified sort column, e.g. `institution.name`; ties are broken by `idColumn`. */
  column: string;
  /** How the column round-trips through a cursor without losing precision. */
  kind: 'text' | 'timestamptz' | 'date';
  direction: 'asc' | 'desc';
}

const flip = (d: 'asc' | 'desc') => (d === 'asc' ? 'desc' : 'asc');

function cursorValue(order: KeysetOrder) {
  // Microseconds matter: a JS Date would truncate them and a seek could skip rows.
  return order.kind === 'timestamptz'
    ? sql<string>`to_char(${sql.ref(order.column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    : sql<string>`${sql.ref(order.column)}`;
}

/**
 * Runs one page of `query` (already filtered) in `order`, and returns it as a connection whose
 * totalCount runs `count` only if asked.
 */
export async function keysetConnection<Row extends { id: string }>(
  query: SelectQueryBuilder<any, any, Row>,
  options: { order: KeysetOrder; idColumn: string; args: ConnectionArgs; count: () => Promise<number> },
): Promise<Connection<Row>> {
  const { order, idColumn, args } = options;
  const window = readPageWindow(args, [order.kind, 'id']);
  const direction = window.forward ? order.direction : flip(order.direction);
  let q = query.select(cursorValue(order).as('__sort_value'));
  if (window.cursor) {
    const [value, id] = window.cursor;
    const cast = sql.raw(order.kind);
    const comparison = sql.raw(direction === 'asc' ? '>' : '<');
    q = q.where(
      sql<boolean>`(${sql.ref(order.column)}, ${sql.ref(idColumn)}) ${comparison} (${value}::${cast}, ${id}::bigint)`,
    );
  }
  const rows = (await q
    .orderBy(sql.ref(order.column), direction)
    .orderBy(sql.ref(idColumn), direction)
    .limit(window.limit + 1)
    .execute()) as (Row & { __sort_value: string })[];
  const hasMore = rows.length > window.limit;
  const page = rows.slice(0, window.limit);
  if (!window.forward) page.reverse();
  const edges = page.map(({ __sort_value, ...node }) => new Edge(node as unknown as Row, [__sort_value, node.id]));
  return { edges, pageInfo: pageInfoOf(edges, window, hasMore), totalCount: options.count };
}

/** Relay page info for a page read in `window`, where `hasMore` says a row beyond it exists. */
export function pageInfoOf(edges: { cursor: string }[], window: PageWindow, hasMore: boolean): Connection<unknown>['pageInfo'] {
  return {
    hasNextPage: window.forward ? hasMore : window.cursor !== null,
    hasPreviousPage: window.forward ? window.cursor !== null : hasMore,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}
