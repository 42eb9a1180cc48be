import { GraphQLError } from 'graphql';

/**
 * Where a consumer stands in the change feed. The feed is ordered by (xid, type, id); a position
 * is either just after one entry, or at the start of an xid (every entry below it was served or
 * does not concern the consumer: the feed's horizon once caught up, or a snapshot's start).
 *
 * A position reached from a snapshot carries that snapshot (`xmin:xmax:xip…`) while entries it
 * already shows may still lie ahead, so they are not served a second time.
 */
export interface FeedPosition {
  after?: { xid: string; type: string; id: string };
  fromXid?: string;
  snapshot?: string;
}

const DIGITS = /^\d{1,20}$/;
const SNAPSHOT = /^(\d{1,20}):(\d{1,20}):(\d{1,20}(,\d{1,20})*)?$/;

export class CursorError extends GraphQLError {
  constructor(field: string, message: string, code: 'BAD_USER_INPUT' | 'CURSOR_EXPIRED') {
    super(message, { extensions: { code, field } });
  }
}

export function encodePosition(position: FeedPosition): string {
  const body: Record<string, unknown> = position.after ? { a: [position.after.xid, position.after.type, position.after.id] } : { f: position.fromXid };
  if (position.snapshot) body.s = position.snapshot;
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

export function decodePosition(cursor: string, field = 'after'): FeedPosition {
  let body: { a?: unknown; f?: unknown; s?: unknown };
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError(field, `${field} is not a cursor of the change feed`, 'BAD_USER_INPUT');
  }
  const position: FeedPosition = {};
  const [xid, type, id] = Array.isArray(body?.a) ? body.a : [];
  if (typeof xid === 'string' && DIGITS.test(xid) && typeof type === 'string' && /^[A-Za-z]{1,64}$/.test(type) && typeof id === 'string' && DIGITS.test(id)) {
    position.after = { xid, type, id };
  } else if (typeof body?.f === 'string' && DIGITS.test(body.f)) {
    position.fromXid = body.f;
  } else {
    throw new CursorError(field, `${field} is not a cursor of the change feed`, 'BAD_USER_INPUT');
  }
  if (body.s !== undefined) {
    if (typeof body.s !== 'string' || !SNAPSHOT.test(body.s)) throw new CursorError(field, `${field} is not a cursor of the change feed`, 'BAD_USER_INPUT');
    position.snapshot = body.s;
  }
  return position;
}

/** The position right after a snapshot: from its oldest running transaction, skipping what it shows. */
export function positionAfterSnapshot(snapshot: string): FeedPosition {
  return { fromXid: SNAPSHOT.exec(snapshot)![1]!, snapshot };
}

/** The snapshot is still worth carrying only while entries it shows may lie at or beyond `xid`. */
export function keepSnapshot(snapshot: string | undefined, xid: string): string | undefined {
  if (!snapshot) return undefined;
  const xmax = BigInt(SNAPSHOT.exec(snapshot)![2]!);
  return BigInt(xid) < xmax ? snapshot : undefined;
}

export const positionXid = (position: FeedPosition) => position.after?.xid ?? position.fromXid!;

export const cursorExpired = (field: string) =>
  new CursorError(
    field,
    'This cursor is older than the change feed keeps (CHANGE_FEED_RETENTION_DAYS): changes after it are gone. Take a new snapshot and follow from its cursor.',
    'CURSOR_EXPIRED',
  );
