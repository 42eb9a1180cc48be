import { readdirSync, readFileSync } from 'node:fs';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { Kind, parse, validate, type DefinitionNode, type DocumentNode, type GraphQLError, type ValidationContext } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../bench/scenarios.js';
import { schema } from '../../src/graphql/schema.js';
import { MAX_PAGE_SIZE } from '../../src/graphql/pagination.js';
import { QUERY_LIMITS } from '../../src/server/hardening.js';
import { operationCost } from '../../src/server/query-cost.js';

/** The depth of a document as the depth limit counts it. */
function depthOf(document: DocumentNode): number {
  let found = 0;
  const onReject = [(_: ValidationContext | null, error: GraphQLError) => void (found = Number(/found (\d+)/.exec(error.message)?.[1] ?? 0))];
  validate(schema, document, [maxDepthRule({ n: 0, flattenFragments: true, exposeLimits: true, onReject, propagateOnRejection: false })]);
  return found;
}

function aliasRejections(document: DocumentNode): string[] {
  const found: string[] = [];
  const onReject = [(_: ValidationContext | null, error: GraphQLError) => void found.push(error.message)];
  validate(schema, document, [maxAliasesRule({ n: QUERY_LIMITS.maxAliases, exposeLimits: true, onReject, propagateOnRejection: false })]);
  return found;
}

/** The largest page a first-party client may ask for, wherever a page size is a variable. */
const LARGEST_PAGES = { first: MAX_PAGE_SIZE, last: MAX_PAGE_SIZE };

const operations = parse(readdirSync('schema/operations').map((f) => readFileSync(`schema/operations/${f}`, 'utf8')).join('\n'));
const fragments = operations.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
const withFragments = (operation: DefinitionNode): DocumentNode => ({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] });
const TRUSTED: [string, DocumentNode][] = [
  ...operations.definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => [(d as { name: { value: string } }).name.value, withFragments(d)] as [string, DocumentNode]),
  ...SCENARIOS.map((s) => [`benchmark: ${s.name}`, parse(s.query)] as [string, DocumentNode]),
];

describe('query limits', () => {
  it.each(TRUSTED)('admit the first-party document %s at its largest pages', (_name, document) => {
    expect(depthOf(document)).toBeLessThanOrEqual(QUERY_LIMITS.maxDepth);
    expect(operationCost(schema, document, null, LARGEST_PAGES)).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    expect(aliasRejections(document)).toEqual([]);
  });

  it('set the depth limit at the deepest first-party document, no higher', () => {
    expect(QUERY_LIMITS.maxDepth).toBe(Math.max(...TRUSTED.map(([, d]) => depthOf(d))));
  });

  it('set the cost limit about three times above the heaviest first-party document', () => {
    const heaviest = Math.max(...TRUSTED.map(([, d]) => operationCost(schema, d, null, LARGEST_PAGES)));
    expect(QUERY_LIMITS.maxCost / heaviest).toBeGreaterThan(2);
    expect(QUERY_LIMITS.maxCost / heaviest).toBeLessThan(4);
  });

  it('reject three nested lists of a hundred', () => {
    const query = `{ institutions(first: 100) { edges { node { registrations(first: 100) { edges { node { practitioner { licenses(first: 100) { edges { node { validations { result } } } } } } } } } } } }`;
    expect(operationCost(schema, parse(query), null)).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });

  it('count page sizes passed as variables, and the ids of nodes(ids:)', () => {
    const paged = parse('query($n: Int) { institutions(first: $n) { edges { node { registrations(first: $n) { edges { node { practitioner { licenses(first: $n) { edges { node { validations { result } } } } } } } } } } } }');
    expect(operationCost(schema, paged, null, { n: 100 })).toBeGreaterThan(QUERY_LIMITS.maxCost);
    // The same parsed operation, asked again with small pages: its cost follows the new variables.
    expect(operationCost(schema, paged, null, { n: 2 })).toBeLessThan(QUERY_LIMITS.maxCost);
    const nodes = parse('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Institution { registrations(first: 100) { edges { node { practitioner { licenses(first: 100) { edges { node { number } } } } } } } } } }');
    expect(operationCost(schema, nodes, null, { ids: ['a'] })).toBeLessThan(QUERY_LIMITS.maxCost);
    expect(operationCost(schema, nodes, null, { ids: Array.from({ length: 100 }, (_, i) => String(i)) })).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });
});
