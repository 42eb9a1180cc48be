import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHub, type Hub } from '../../src/server/create-hub.js';
import { QUERY_LIMITS } from '../../src/server/hardening.js';
import { InstitutionsDocument } from '../generated/graphql.js';
import { registerInstitution } from '../support/fixtures.js';
import { startTestHub, TEST_JWT_SECRET, type TestHub } from '../support/hub.js';
import { quietLogger } from '../support/settings.js';

let hub: TestHub;
let production: Hub;
let adminToken: string;
let regulatorToken: string;

beforeAll(async () => {
  hub = await startTestHub();
  await registerInstitution(hub, { name: '崇川区人民医院' });
  production = createHub({
    config: {
      JIANGUAN_PROFILE: 'production',
      JWT_SECRET: TEST_JWT_SECRET,
      TRUSTED_DOCUMENTS_FILE: 'test/generated/persisted-documents.json',
      TRUSTED_DOCUMENTS_ONLY: true,
    },
    database: hub.database,
    logger: quietLogger,
  });
  adminToken = await hub.token({ sub: 'root', role: 'admin' });
  regulatorToken = await hub.token({ sub: 'r', role: 'regulator', jurisdictions: ['320000'] });
});
afterAll(() => hub.close());

async function post(target: Hub, body: unknown, headers: Record<string, string> = {}) {
  const response = await target.fetch('http://hub.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text.startsWith('{') ? JSON.parse(text) : null };
}

const nested = (depth: number) => `{ region(code: "320613") { ${'parent { '.repeat(depth)}code${' }'.repeat(depth)} } }`;
const MALICIOUS: Record<string, string> = {
  deep: nested(QUERY_LIMITS.maxDepth + 4),
  aliased: `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 5 }, (_, i) => `a${i}: provinces { code }`).join(' ')} }`,
  expensive: `{ institutions(first: 100) { edges { node { registrations(first: 100) { edges { node { practitioner { licenses(first: 100) { edges { node { validations { result license { number holder { __typename } } } } } } } } } } } } } }`,
  fragmentCycle: `query { region(code: "320613") { ...A } } fragment A on Region { parent { ...B } } fragment B on Region { parent { ...A } }`,
  manyTokens: `{ provinces { ${'code '.repeat(QUERY_LIMITS.maxTokens)} } }`,
  manyDirectives: `{ provinces { code ${'@include(if: true) '.repeat(QUERY_LIMITS.maxDirectives + 5)} } }`,
};

describe('malicious queries', () => {
  it.each(Object.entries(MALICIOUS))('%s gets a clean error, no data, and no limit values', async (_name, query) => {
    const { body } = await post(hub.hub, { query });
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.length).toBeGreaterThan(0);
    const messages = body.errors.map((e: { message: string }) => e.message).join(' ');
    for (const limit of Object.values(QUERY_LIMITS)) expect(messages).not.toContain(String(limit));
    expect(messages).not.toMatch(/Did you mean/);
  });

  it('refuses a huge request body with 413 before reading it', async () => {
    const { status, body } = await post(hub.hub, { query: 'query($q: String!) { institutionByUscc(uscc: $q) { id } }', variables: { q: 'x'.repeat(200_000) } });
    expect(status).toBe(413);
    expect(body.data ?? null).toBeNull();
  });

  it.each([
    ['refuses', 200_000, 413],
    ['answers', 2_000, 200],
  ])('%s a chunked body of %i bytes, whose length nobody declared', async (_what, size, expected) => {
    const text = JSON.stringify({ query: 'query($q: String!) { institutionByUscc(uscc: $q) { id } }', variables: { q: 'x'.repeat(size) } });
    const bytes = new TextEncoder().encode(text);
    // Sent in pieces, as Transfer-Encoding: chunked is: no Content-Length to check up front.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 16_384) controller.enqueue(bytes.slice(offset, offset + 16_384));
        controller.close();
      },
    });
    const request = new Request('http://hub.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body, duplex: 'half' } as RequestInit);
    expect(request.headers.has('content-length')).toBe(false);
    const response = await hub.hub.fetch(request);
    const answer = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(response.status).toBe(expected);
    if (expected === 413) {
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['REQUEST_TOO_LARGE']);
    } else {
      expect(answer).toEqual({ data: { institutionByUscc: null } });
    }
  });

  it('treats SQL in a filter as text', async () => {
    const injected = await hub.execute(InstitutionsDocument, { first: 5, filter: { nameContains: "'; DROP TABLE institution; --" } });
    expect(injected.data?.institutions.edges).toEqual([]);
    const still = await hub.execute(InstitutionsDocument, { first: 5, filter: { nameContains: '人民医院' } });
    expect(still.data?.institutions.edges).toHaveLength(1);
  });

  it('does not suggest field names to callers probing the schema', async () => {
    const { body } = await post(hub.hub, { query: '{ institution { id } }' });
    expect(JSON.stringify(body)).not.toMatch(/Did you mean/);
  });
});

describe('production profile', () => {
  const introspection = { query: '{ __schema { queryType { name } } }' };

  it('answers introspection to administrators only', async () => {
    expect((await post(production, introspection)).body.data ?? null).toBeNull();
    expect((await post(production, introspection, { authorization: `Bearer ${regulatorToken}` })).body.data ?? null).toBeNull();
    expect((await post(production, introspection, { authorization: `Bearer ${adminToken}` })).body.data.__schema.queryType.name).toBe('Query');
  });

  it('serves GraphiQL to administrators only', async () => {
    const page = (headers: Record<string, string>) => production.fetch('http://hub.test/graphql', { headers: { accept: 'text/html', ...headers } });
    expect(await (await page({})).text()).not.toContain('Jianguan 监管');
    expect(await (await page({ authorization: `Bearer ${adminToken}` })).text()).toContain('Jianguan 监管');
  });

  it('executes trusted documents by id, and refuses other documents except from administrators', async () => {
    const documentId = (InstitutionsDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
    const trusted = await post(production, { documentId, variables: { first: 5 } });
    expect(trusted.body.data.institutions.edges).toHaveLength(1);
    const arbitrary = await post(production, { query: '{ institutions(first: 5) { edges { node { name } } } }' });
    expect(arbitrary.body.data ?? null).toBeNull();
    const unknownId = await post(production, { documentId: 'sha256:0000' });
    expect(unknownId.body.data ?? null).toBeNull();
    const asAdmin = await post(production, { query: '{ institutions(first: 5) { edges { node { name } } } }' }, { authorization: `Bearer ${adminToken}` });
    expect(asAdmin.body.data.institutions.edges).toHaveLength(1);
  });

  it('does not report SQL statement counts', async () => {
    const documentId = (InstitutionsDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
    const { headers } = await post(production, { documentId, variables: { first: 1 } });
    expect(headers.get('x-sql-statements')).toBeNull();
  });
});

describe('unexpected errors', () => {
  it('are masked: the caller learns nothing of the SQL', async () => {
    const broken = await startTestHub();
    try {
      await broken.database.pool.query('ALTER TABLE institution RENAME TO institution_moved');
      const { body } = await post(broken.hub, { query: '{ institutions(first: 1) { edges { cursor } } }' });
      expect(body.errors[0].message).toBe('Unexpected error.');
      expect(JSON.stringify(body)).not.toMatch(/relation|institution_moved|does not exist/);
    } finally {
      await broken.close();
    }
  });
});
