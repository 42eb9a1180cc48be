import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tallyStatements } from '../../src/db/statement-stats.js';
import { encodeCursor } from '../../src/graphql/pagination.js';
import { NodeDocument, NodesDocument } from '../generated/graphql.js';
import { institutionIdentifiers, registerInstitution, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

/**
 * Hostile input at the GraphQL boundary: every bad input gets a typed error (or answers as a
 * missing row), never INTERNAL_SERVER_ERROR, and never runs SQL it cannot run.
 */
let hub: TestHub;
let institutionId = '';
let practitionerId = '';
let token = '';

beforeAll(async () => {
  hub = await startTestHub();
  institutionId = (await registerInstitution(hub, { name: '崇川区人民医院' })).id;
  practitionerId = (await registerPractitioner(hub, { name: '李娜' })).id;
  token = await hub.token({ sub: 'national', role: 'regulator', jurisdictions: ['320000'] });
});
afterAll(() => hub.close());

async function post(query: string, variables: Record<string, unknown> = {}, bearer = token) {
  const response = await hub.hub.fetch('http://hub.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

const codes = (body: { errors?: { extensions?: { code?: string } }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);
const globalId = (text: string) => Buffer.from(text).toString('base64');

const BAD_IDS: Record<string, string> = {
  'not a number': globalId('Institution:abc'),
  'out of bigint range': globalId('Institution:99999999999999999999'),
  exponent: globalId('Institution:1e3'),
  hexadecimal: globalId('Institution:0x10'),
  fraction: globalId('Institution:1.5'),
  negative: globalId('Institution:-1'),
  'leading zero': globalId('Institution:01'),
  'padded with a space': globalId('Institution: 1'),
  'no type': globalId(':1'),
  'not a node type': globalId('Query:1'),
  'unknown type': globalId('Hospital:1'),
  'region with a bad code': globalId('Region:32061'),
  'not base64': '!!!',
  empty: '',
  'NUL inside': globalId('Institution:1\u0000'),
};

describe('global ids', () => {
  it.each(Object.entries(BAD_IDS))('node(id) with an id that is %s answers null without running SQL', async (_name, id) => {
    const { result, statements } = await tallyStatements(() => hub.execute(NodeDocument, { id }));
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toBeNull();
    expect(statements).toBe(0);
  });

  it('nodes(ids) answers the good ids beside bad ones', async () => {
    const result = await hub.execute(NodesDocument, { ids: [institutionId, ...Object.values(BAD_IDS), practitionerId] });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.nodes;
    expect(nodes[0]).toMatchObject({ __typename: 'Institution', id: institutionId });
    expect(nodes.slice(1, -1).every((n) => n === null)).toBe(true);
    expect(nodes.at(-1)).toMatchObject({ __typename: 'Practitioner', id: practitionerId });
  });

  it('a mutation given a bad id answers a typed INVALID_ID', async () => {
    for (const id of Object.values(BAD_IDS)) {
      const { body } = await post('mutation($id: ID!) { updateInstitution(input: { id: $id, version: 1, name: "改名" }) { __typename ... on InvalidInputError { issues { field code } } } }', { id });
      expect(body.errors, id).toBeUndefined();
      expect(body.data.updateInstitution, id).toEqual({ __typename: 'InvalidInputError', issues: [{ field: 'input.id', code: 'INVALID_ID' }] });
    }
  });

  it('an id filter with a bad id matches nothing', async () => {
    const { body } = await post('query($id: ID) { disclosures(first: 5, filter: { institutionId: $id }) { edges { cursor } } }', { id: BAD_IDS['out of bigint range'] });
    expect(body.errors).toBeUndefined();
    expect(body.data.disclosures.edges).toEqual([]);
  });

  it.each([
    ['an id out of range', 'NAME', encodeCursor(['崇川区人民医院', '99999999999999999999'])],
    ['an id written as hex', 'NAME', encodeCursor(['崇川区人民医院', '0x10'])],
    ['a NUL in the sort value', 'NAME', encodeCursor(['\u0000', '1'])],
    ['a timestamp that does not cast', 'UPDATED_AT', encodeCursor(['yesterday', '1'])],
  ])('a forged cursor with %s is a BAD_USER_INPUT', async (_name, field, after) => {
    const orderBy = `{ field: ${field} }`;
    const { body } = await post(`query($after: String) { institutions(first: 5, after: $after, orderBy: ${orderBy}) { edges { cursor } } }`, { after });
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });

  it('a forged cursor on a nested list is a BAD_USER_INPUT', async () => {
    const { body } = await post('query($id: ID!, $after: String) { node(id: $id) { ... on Institution { registrations(first: 5, after: $after) { edges { cursor } } } } }', {
      id: institutionId,
      after: encodeCursor(['99999999999999999999']),
    });
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('values PostgreSQL cannot hold, in any argument', () => {
  const probes: [string, string, Record<string, unknown>][] = [
    ['a name filter', 'query($q: String) { institutions(first: 5, filter: { nameContains: $q }) { edges { cursor } } }', { q: '医院\u0000' }],
    ['a practitioner name filter', 'query($q: String) { practitioners(first: 5, filter: { nameContains: $q }) { edges { cursor } } }', { q: '\u0000' }],
    ['a look-up by USCC', 'query($q: String!) { institutionByUscc(uscc: $q) { id } }', { q: '12110000400686291\u0000' }],
    ['a look-up by license number', 'query($q: String!) { licenseByNumber(number: $q) { id } }', { q: '\u0000' }],
    ['a look-up by certificate number', 'query($q: String!) { practitionerByCertificateNumber(number: $q) { id } }', { q: '1\u0000' }],
    ['a region code', 'query($q: String!) { region(code: $q) { name } }', { q: '3206\u000013' }],
    ['a literal in the document', 'query { institutions(first: 5, filter: { nameContains: "a\\u0000b" }) { edges { cursor } } }', {}],
    ['an unpaired surrogate', 'query($q: String) { institutions(first: 5, filter: { nameContains: $q }) { edges { cursor } } }', { q: '医院\ud800' }],
    ['a JSON input', 'mutation($d: JSON!) { publishCreditScheme(input: { title: "t", source: "s", effectiveFrom: "2030-01-01", definition: $d }) { __typename } }', { d: { a: ['\u0000'] } }],
  ];
  it.each(probes)('in %s is a BAD_USER_INPUT', async (_name, query, variables) => {
    const { body } = await post(query, variables);
    expect(codes(body)).toContain('BAD_USER_INPUT');
    expect(codes(body)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(body.data ?? null).toBeNull();
  });

  it('a DateTime beyond what PostgreSQL holds is a BAD_USER_INPUT', async () => {
    const administrator = await hub.token({ sub: 'root', role: 'admin' });
    const query = 'query($from: DateTime) { auditLog(first: 1, filter: { from: $from }) { edges { cursor } } }';
    expect((await post(query, { from: '2024-01-01T00:00:00Z' }, administrator)).body.errors).toBeUndefined();
    const { body } = await post(query, { from: '-271821-04-20T00:00:00Z' }, administrator);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(/DateTime must be ISO 8601/);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });

  it('in a mutation input is refused before anything is written', async () => {
    const { body } = await post('mutation($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { __typename } }', {
      input: { name: '医院\u0000', uscc: institutionIdentifiers().uscc, regionCode: '320613', category: 'CLINIC', ownership: 'PRIVATE', profitStatus: 'FOR_PROFIT' },
    });
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('database outage', () => {
  it('answers SERVICE_UNAVAILABLE so the client knows to retry', async () => {
    const { openDatabase } = await import('../../src/db/connect.js');
    const { createHub } = await import('../../src/server/create-hub.js');
    const { quietLogger } = await import('../support/settings.js');
    const { TEST_JWT_SECRET } = await import('../support/hub.js');
    // PostgreSQL refusing connections, or the embedded database's socket gone.
    const unreachable = hub.database.kind === 'postgres' ? 'postgres://postgres@127.0.0.1:9/jianguan' : 'postgres://postgres@localhost/postgres?host=/nonexistent-jianguan-socket';
    const database = await openDatabase({ url: unreachable, poolMax: 1, statementTimeoutMs: 0, connectionTimeoutMs: 2_000, requireReachable: false }, quietLogger);
    try {
      const down = createHub({ config: { JIANGUAN_PROFILE: 'production', JWT_SECRET: TEST_JWT_SECRET }, database, logger: quietLogger });
      const response = await down.fetch('http://hub.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ institutions(first: 1) { edges { cursor } } }' }),
      });
      const body = await response.json();
      expect(codes(body)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(body.errors[0].message).toMatch(/unavailable/i);
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|ENOENT|127\.0\.0\.1|socket/);
    } finally {
      await database.close();
    }
  });
});
