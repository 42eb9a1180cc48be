import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_CATALOGUE_TTL_MS, regionCatalogue } from '../../src/modules/regions/region-catalogue.js';
import { seedDataset } from '../../src/seed/seed.js';
import { InstitutionPageWithRelationsDocument, InstitutionsDocument, NodeDocument, NodesDocument, ProvincesDocument, RegionDocument } from '../generated/graphql.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  await seedDataset(hub.database.db, { institutions: 150, practitioners: 1500, seed: 7, batchSize: 400 });
});
afterAll(() => hub.close());

describe('Relay nodes', () => {
  it('resolves every node type from its global id, and nodes() keeps the order asked', async () => {
    const page = await hub.execute(InstitutionPageWithRelationsDocument, { first: 3 });
    const institution = page.data!.institutions.edges.find((e) => e.node.registrations.edges.length > 0)!.node;
    const registration = institution.registrations.edges[0]!.node;
    const node = await hub.execute(NodeDocument, { id: institution.id });
    expect(node.data?.node).toMatchObject({ __typename: 'Institution', id: institution.id, name: institution.name });
    const practitioner = await hub.execute(NodeDocument, { id: registration.practitioner.id });
    expect(practitioner.data?.node).toMatchObject({ __typename: 'Practitioner', name: registration.practitioner.name });
    const region = await hub.execute(RegionDocument, { code: '320613' });
    const regionNode = await hub.execute(NodeDocument, { id: region.data!.region!.id });
    expect(regionNode.data?.node).toMatchObject({ __typename: 'Region', code: '320613', name: '崇川区' });
    const nodes = await hub.execute(NodesDocument, { ids: [registration.practitioner.id, institution.id] });
    expect(nodes.data?.nodes.map((n) => n?.__typename)).toEqual(['Practitioner', 'Institution']);
  });

  it('answers null for an id that names no row', async () => {
    const missing = Buffer.from('Institution:123456789').toString('base64');
    expect((await hub.execute(NodeDocument, { id: missing })).data?.node).toBeNull();
  });
});

describe('regions', () => {
  it('walks the GB/T 2260 tree both ways', async () => {
    const result = await hub.execute(RegionDocument, { code: '320600' });
    expect(result.data?.region).toMatchObject({ name: '南通市', level: 'CITY', parent: { code: '320000', name: '江苏省' } });
    expect(result.data?.region?.children.map((c) => c.name)).toContain('崇川区');
    const provinces = await hub.execute(ProvincesDocument);
    expect(provinces.data?.provinces).toHaveLength(34);
    expect(provinces.data?.provinces.every((p) => p.level === 'PROVINCE')).toBe(true);
  });

  it('a record and its region cost one statement once the catalogue is read', async () => {
    const page = await hub.execute(InstitutionsDocument, { first: 1 });
    const id = page.data!.institutions.edges[0]!.node.id;
    await regionCatalogue(hub.database.db);
    const { result, statements } = await hub.executeCounted(NodeDocument, { id });
    expect(result.data?.node).toMatchObject({ id, region: { code: expect.stringMatching(/^\d{6}$/) } });
    expect(statements).toBe(1);
  });

  it('the catalogue sees a region renamed by a migration once its time is up, not before', async () => {
    const db = hub.database.db;
    const start = Date.now();
    const before = await regionCatalogue(db, start);
    await db.updateTable('region').set({ name: '崇川区（新）' }).where('code', '=', '320613').execute();
    try {
      expect((await regionCatalogue(db, start + 1000)).get('320613')?.name).toBe(before.get('320613')?.name);
      expect((await regionCatalogue(db, start + REGION_CATALOGUE_TTL_MS + 1)).get('320613')?.name).toBe('崇川区（新）');
    } finally {
      await db.updateTable('region').set({ name: '崇川区' }).where('code', '=', '320613').execute();
      await regionCatalogue(db, start + 2 * REGION_CATALOGUE_TTL_MS + 2);
    }
  });
});

describe('batching (no N+1)', () => {
  it('a page of 50 institutions with registrations, practitioners and licenses costs what a page of 5 does', async () => {
    const small = await hub.executeCounted(InstitutionPageWithRelationsDocument, { first: 5 });
    const large = await hub.executeCounted(InstitutionPageWithRelationsDocument, { first: 50 });
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    const edges = large.result.data!.institutions.edges;
    expect(edges).toHaveLength(50);
    // The page really holds nested data, so the equality below is not vacuous.
    expect(edges.some((e) => e.node.registrations.edges.some((r) => r.node.practitioner.licenses.edges.length > 0))).toBe(true);
    expect(edges.every((e) => e.node.licenses.edges.length === 1)).toBe(true);
    expect(large.statements).toBe(small.statements);
  });

  it('nested data matches what the tables hold', async () => {
    const result = await hub.execute(InstitutionPageWithRelationsDocument, { first: 20 });
    for (const edge of result.data!.institutions.edges) {
      const localId = Buffer.from(edge.node.id, 'base64').toString().split(':')[1];
      const { rows } = await hub.database.pool.query('SELECT count(*) FROM practice_registration WHERE institution_id = $1', [localId]);
      expect(edge.node.registrations.totalCount).toBe(Number(rows[0].count));
      expect(edge.node.registrations.edges.length).toBe(Math.min(10, Number(rows[0].count)));
    }
  });

  it('a filtered search costs a constant number of statements whatever the page size', async () => {
    const small = await hub.executeCounted(InstitutionsDocument, { first: 2, filter: { nameContains: '医院' } });
    const large = await hub.executeCounted(InstitutionsDocument, { first: 40, filter: { nameContains: '医院' } });
    expect(large.result.data!.institutions.edges.length).toBeGreaterThan(2);
    expect(large.statements).toBe(small.statements);
  });
});
