import { isObjectType, type GraphQLSchema } from 'graphql';

/**
 * The one place a client's id is read. Every id a client sends (global ids, ids inside cursors,
 * plugin record ids) is checked here before it can reach SQL: a malformed or out-of-range id is
 * answered like a missing row, never passed on for PostgreSQL to refuse.
 */

/** Largest value of a PostgreSQL bigint, the type of every generated key. */
const MAX_BIGINT = 9223372036854775807n;

/** A database key written as a client may send it: decimal digits, no sign, no leading zero, in bigint range. */
export function parseDatabaseId(raw: unknown): string | null {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,18}$/.test(raw)) return null;
  return BigInt(raw) <= MAX_BIGINT ? raw : null;
}

/** Node types whose id is not a generated key, with the form their id takes. */
const NATURAL_KEYS: Record<string, RegExp> = {
  Region: /^\d{6}$/,
};

/** The local id of a node of `typename`, or null when `raw` cannot be one. */
export function parseLocalId(typename: string, raw: string): string | null {
  const natural = NATURAL_KEYS[typename];
  if (natural) return natural.test(raw) ? raw : null;
  return parseDatabaseId(raw);
}

/**
 * The type and local id behind a global id (base64 of `Type:id`), or null when it is not one
 * the hub could have issued: not canonical base64, not `Type:id`, or an id its type cannot have.
 */
export function decodeGlobalId(globalId: unknown): { typename: string; id: string } | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64');
  // Node accepts sloppy base64; only the exact encoding of what we issued is an id.
  if (decoded.toString('base64') !== globalId) return null;
  const match = /^([A-Z][A-Za-z]*):(.+)$/.exec(decoded.toString('utf8'));
  if (!match) return null;
  const id = parseLocalId(match[1]!, match[2]!);
  return id === null ? null : { typename: match[1]!, id };
}

/** Like decodeGlobalId, also requiring a type that is a node in `schema`. */
export function decodeNodeId(schema: GraphQLSchema, globalId: unknown): { typename: string; id: string } | null {
  const decoded = decodeGlobalId(globalId);
  if (!decoded) return null;
  const type = schema.getType(decoded.typename);
  const isNode = isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
  return isNode ? decoded : null;
}
