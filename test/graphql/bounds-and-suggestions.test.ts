import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHub, type Hub } from '../../src/server/create-hub.js';
import { MAX_LIST_ITEMS } from '../../src/server/argument-guard.js';
import { QUERY_LIMITS } from '../../src/server/hardening.js';
import { registerInstitution } from '../support/fixtures.js';
import { startTestHub, TEST_JWT_SECRET, type TestHub } from '../support/hub.js';
import { quietLogger } from '../support/settings.js';

/** Nothing suggests names, and every list a client sends or asks for is bounded. */
let hub: TestHub;
let production: Hub;
let institutionId = '';

beforeAll(async () => {
  hub = await startTestHub();
  institutionId = (await registerInstitution(hub, { name: '崇川区人民医院' })).id;
  production = createHub({ config: { JIANGUAN_PROFILE: 'production', JWT_SECRET: TEST_JWT_SECRET }, database: hub.database, logger: quietLogger });
});
afterAll(() => hub.close());

async function post(target: Hub, query: string, variables: Record<string, unknown> = {}) {
  const response = await target.fetch('http://hub.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

const MISSPELLED: Record<string, [string, Record<string, unknown>]> = {
  'an enum value in a literal': ['{ institutions(first: 1, filter: { categories: [GENERAL_HOSPITA] }) { edges { cursor } } }', {}],
  'an enum value in a variable': ['query($f: InstitutionFilter) { institutions(first: 1, filter: $f) { edges { cursor } } }', { f: { categories: ['GENERAL_HOSPITA'] } }],
  'an input field in a literal': ['{ institutions(first: 1, filter: { nameContain: "医院" }) { edges { cursor } } }', {}],
  'an input field in a variable': ['query($f: InstitutionFilter) { institutions(first: 1, filter: $f) { edges { cursor } } }', { f: { nameContain: '医院' } }],
  'a field': ['{ institutions(first: 1) { edges { nod { id } } } }', {}],
  'an argument': ['{ institutions(firs: 1) { edges { cursor } } }', {}],
  'a type in a fragment': ['{ node(id: "x") { ... on Institutio { id } } }', {}],
  'a variable type': ['query($f: InstitutionFilte) { institutions(first: 1, filter: $f) { edges { cursor } } }', {}],
};

describe.each([
  ['development', () => hub.hub],
  ['production', () => production],
])('the %s profile', (_profile, target) => {
  it.each(Object.entries(MISSPELLED))('suggests nothing for a misspelled %s', async (_what, [query, variables]) => {
    const body = await post(target(), query, variables);
    expect(body.errors?.length).toBeGreaterThan(0);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/Did you mean/);
    expect(text).not.toMatch(/GENERAL_HOSPITAL\b|"nameContains"|\bnode\b.*\?|InstitutionFilter\b.*\?/);
    // Every one is typed: a bad variable, or a document that does not validate.
    expect(body.errors!.map((e) => e.extensions?.code).every((code) => code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
  });
});

describe('list arguments', () => {
  const ids = (n: number) => Array.from({ length: n }, () => institutionId);

  it(`nodes(ids:) takes at most ${MAX_LIST_ITEMS} ids`, async () => {
    const within = await post(hub.hub, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids(MAX_LIST_ITEMS) });
    expect(within.errors).toBeUndefined();
    expect(within.data.nodes).toHaveLength(MAX_LIST_ITEMS);
    const over = await post(hub.hub, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids(3_000) });
    expect(over.data ?? null).toBeNull();
    expect(over.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('a list argument inside a fragment is bounded too, each time the document runs', async () => {
    const query = 'query($ids: [ID!]!) { ...Nodes } fragment Nodes on Query { nodes(ids: $ids) { id } }';
    expect((await post(hub.hub, query, { ids: ids(2) })).data.nodes).toHaveLength(2);
    const over = await post(hub.hub, query, { ids: ids(MAX_LIST_ITEMS + 1) });
    expect(over.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect((await post(hub.hub, query, { ids: ids(3) })).data.nodes).toHaveLength(3);
  });

  it.each([
    ['a filter written in the document', `{ institutions(first: 1, filter: { categories: [${Array(MAX_LIST_ITEMS + 1).fill('CLINIC').join(', ')}] }) { edges { cursor } } }`, {}],
    ['a filter in a variable', 'query($f: InstitutionFilter) { institutions(first: 1, filter: $f) { edges { cursor } } }', { f: { categories: Array(MAX_LIST_ITEMS + 1).fill('CLINIC') } }],
    ['an audit filter', 'query($f: AuditFilter) { auditLog(first: 1, filter: $f) { edges { cursor } } }', { f: { operations: Array(MAX_LIST_ITEMS + 1).fill('EXPORT') } }],
    [
      'a mutation input',
      'mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { __typename } }',
      { input: { subjectId: 'x', kind: 'ROUTINE', inspectedOn: '2024-01-01', findings: '', inspectorIds: Array(MAX_LIST_ITEMS + 1).fill('x'), result: 'COMPLIANT' } },
    ],
  ])('a list longer than a page in %s is refused before it runs', async (_where, query, variables) => {
    const body = await post(hub.hub, query, variables);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('nodes(ids:) counts in the cost limit, ids times what each node asks for', async () => {
    const nested = 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Institution { registrations(first: 100) { edges { node { practitioner { licenses(first: 100) { edges { node { number } } } } } } } } } }';
    expect((await post(hub.hub, nested, { ids: ids(1) })).errors).toBeUndefined();
    const heavy = await post(hub.hub, nested, { ids: ids(MAX_LIST_ITEMS) });
    expect(heavy.data ?? null).toBeNull();
    expect(heavy.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_EXPENSIVE']);
  });

  it('a page size passed as a variable counts as much as one written in the document', async () => {
    const query = 'query($n: Int) { institutions(first: $n) { edges { node { registrations(first: $n) { edges { node { practitioner { licenses(first: $n) { edges { node { number } } } } } } } } } } }';
    expect((await post(hub.hub, query, { n: 2 })).errors).toBeUndefined();
    const heavy = await post(hub.hub, query, { n: 100 });
    expect(heavy.data ?? null).toBeNull();
    expect(JSON.stringify(heavy)).not.toContain(String(QUERY_LIMITS.maxCost));
  });
});

describe('depth', () => {
  const nested = (depth: number) => `{ region(code: "320613") { ${'parent { '.repeat(depth - 2)}code${' }'.repeat(depth - 2)} } }`;
  it('admits the deepest first-party depth and refuses one level more', async () => {
    expect((await post(hub.hub, nested(QUERY_LIMITS.maxDepth))).errors).toBeUndefined();
    const deeper = await post(hub.hub, nested(QUERY_LIMITS.maxDepth + 1));
    expect(deeper.data ?? null).toBeNull();
    expect(deeper.errors?.length).toBeGreaterThan(0);
  });
});
