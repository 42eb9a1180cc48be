import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InstitutionCountDocument,
  InstitutionsDocument,
  RegisterLicenseDocument,
  UpdateInstitutionDocument,
  type InstitutionFilter,
  type InstitutionsQueryVariables,
} from '../generated/graphql.js';
import { regionCatalogue } from '../../src/modules/regions/region-catalogue.js';
import { institutionIdentifiers, registerInstitution } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
const ids: Record<string, string> = {};

/** Six institutions whose attributes make every filter's expected answer plain. */
const CATALOGUE = {
  chongchuan: { name: '南通市崇川区人民医院', regionCode: '320613', category: 'GENERAL_HOSPITAL', ownership: 'PUBLIC', profitStatus: 'NON_PROFIT', grade: 'GRADE_3A' },
  tongzhou: { name: '通州区中医院', regionCode: '320612', category: 'TCM_HOSPITAL', ownership: 'PUBLIC', profitStatus: 'NON_PROFIT', grade: 'GRADE_2A' },
  gusu: { name: '姑苏区仁爱诊所', regionCode: '320508', category: 'CLINIC', ownership: 'PRIVATE', profitStatus: 'FOR_PROFIT', grade: 'UNGRADED' },
  xihu: { name: '西湖区华美医疗美容门诊部', regionCode: '330106', category: 'MEDICAL_AESTHETICS_CLINIC', ownership: 'PRIVATE', profitStatus: 'FOR_PROFIT', grade: 'UNGRADED' },
  chaoyang: { name: '朝阳区第二人民医院', regionCode: '110105', category: 'GENERAL_HOSPITAL', ownership: 'PUBLIC', profitStatus: 'NON_PROFIT', grade: 'GRADE_2B' },
  closed: { name: '朝阳区康宁门诊部', regionCode: '110105', category: 'OUTPATIENT_DEPARTMENT', ownership: 'PRIVATE', profitStatus: 'NON_PROFIT', grade: 'UNGRADED' },
} as const;
type Key = keyof typeof CATALOGUE;

beforeAll(async () => {
  hub = await startTestHub();
  for (const [key, attributes] of Object.entries(CATALOGUE)) {
    const identifiers = institutionIdentifiers(attributes.regionCode);
    const created = await registerInstitution(hub, { ...attributes, uscc: identifiers.uscc });
    ids[key] = created.id;
    const validUntil = key === 'chongchuan' ? '2027-01-01' : '2035-01-01';
    const license = await hub.execute(RegisterLicenseDocument, {
      input: { kind: 'INSTITUTION_PRACTICE', number: identifiers.licenseNumber, holderId: created.id, issuingAuthority: '卫生健康委员会', validFrom: '2022-01-01', validUntil },
    });
    expect(license.data?.registerLicense.__typename).toBe('RegisterLicenseSuccess');
  }
  await hub.execute(UpdateInstitutionDocument, { input: { id: ids.closed!, version: 1, status: 'DEREGISTERED' } });
});
afterAll(() => hub.close());

async function keysMatching(filter: InstitutionFilter): Promise<Key[]> {
  const result = await hub.execute(InstitutionsDocument, { filter, first: 100 });
  expect(result.errors).toBeUndefined();
  const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return result.data!.institutions.edges.map((e) => byId[e.node.id] as Key).sort();
}

describe('institutions filters', () => {
  it('a region includes its sub-regions: province, city, county', async () => {
    expect(await keysMatching({ regionCode: '320000' })).toEqual(['chongchuan', 'gusu', 'tongzhou']);
    expect(await keysMatching({ regionCode: '320600' })).toEqual(['chongchuan', 'tongzhou']);
    expect(await keysMatching({ regionCode: '320613' })).toEqual(['chongchuan']);
    expect(await keysMatching({ regionCode: '110000' })).toEqual(['chaoyang', 'closed']);
  });

  it('filters by category, ownership, profit status, grade and status', async () => {
    expect(await keysMatching({ categories: ['GENERAL_HOSPITAL'] })).toEqual(['chaoyang', 'chongchuan']);
    expect(await keysMatching({ ownerships: ['PRIVATE'] })).toEqual(['closed', 'gusu', 'xihu']);
    expect(await keysMatching({ profitStatuses: ['FOR_PROFIT'] })).toEqual(['gusu', 'xihu']);
    expect(await keysMatching({ grades: ['GRADE_3A', 'GRADE_2A'] })).toEqual(['chongchuan', 'tongzhou']);
    expect(await keysMatching({ statuses: ['DEREGISTERED'] })).toEqual(['closed']);
    expect(await keysMatching({ ownerships: ['PUBLIC'], regionCode: '320000', categories: ['TCM_HOSPITAL'] })).toEqual(['tongzhou']);
  });

  it('finds institutions holding a license that expires before a date', async () => {
    expect(await keysMatching({ licenseExpiringBefore: '2028-01-01' })).toEqual(['chongchuan']);
    expect(await keysMatching({ licenseExpiringBefore: '2040-01-01' })).toHaveLength(6);
  });

  it('searches Chinese substrings of names, with LIKE wildcards taken literally', async () => {
    expect(await keysMatching({ nameContains: '人民医院' })).toEqual(['chaoyang', 'chongchuan']);
    expect(await keysMatching({ nameContains: '医疗美容' })).toEqual(['xihu']);
    expect(await keysMatching({ nameContains: '%' })).toEqual([]);
    expect(await keysMatching({ nameContains: '_' })).toEqual([]);
  });
});

describe('institutions pagination and ordering', () => {
  const names = () => Object.values(CATALOGUE).map((c) => c.name);

  async function walk(variables: InstitutionsQueryVariables, direction: 'forward' | 'backward') {
    const seen: string[] = [];
    let cursor: string | null | undefined;
    for (let page = 0; page < 10; page++) {
      const vars: InstitutionsQueryVariables =
        direction === 'forward' ? { ...variables, first: 2, after: cursor } : { ...variables, last: 2, before: cursor };
      const result = await hub.execute(InstitutionsDocument, vars);
      expect(result.errors).toBeUndefined();
      const connection = result.data!.institutions;
      const pageNames = connection.edges.map((e) => e.node.name);
      if (direction === 'forward') seen.push(...pageNames);
      else seen.unshift(...pageNames);
      const more = direction === 'forward' ? connection.pageInfo.hasNextPage : connection.pageInfo.hasPreviousPage;
      if (!more) break;
      cursor = direction === 'forward' ? connection.pageInfo.endCursor : connection.pageInfo.startCursor;
    }
    return seen;
  }

  it('pages forward by name through every row exactly once, in name order', async () => {
    const seen = await walk({ orderBy: { field: 'NAME', direction: 'ASC' } }, 'forward');
    expect(seen).toEqual([...names()].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1)));
  });

  it('fills in an omitted sort direction with its default, ascending', async () => {
    const explicit = await hub.execute(InstitutionsDocument, { orderBy: { field: 'NAME', direction: 'ASC' }, first: 100 });
    const defaulted = await hub.execute(InstitutionsDocument, { orderBy: { field: 'NAME' }, first: 100 });
    expect(defaulted.errors).toBeUndefined();
    expect(defaulted.data).toEqual(explicit.data);
  });

  it('names a bad variable value by its path, as the specification words it', async () => {
    const result = await hub.execute(InstitutionsDocument, { filter: { categories: ['NOPE' as never] }, first: 1 });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toBe('Variable "$filter" got invalid value "NOPE" at "filter.categories[0]"; Value "NOPE" does not exist in "InstitutionCategory" enum.');
  });

  it('pages backward to the same order', async () => {
    const forward = await walk({ orderBy: { field: 'NAME', direction: 'ASC' } }, 'forward');
    expect(await walk({ orderBy: { field: 'NAME', direction: 'ASC' } }, 'backward')).toEqual(forward);
  });

  it('orders by last update, newest first, and pages without losing rows that share microseconds', async () => {
    const seen = await walk({ orderBy: { field: 'UPDATED_AT', direction: 'DESC' } }, 'forward');
    expect(seen).toHaveLength(6);
    expect(seen[0]).toBe(CATALOGUE.closed.name); // updated last
    expect(new Set(seen).size).toBe(6);
  });

  it('reports hasPreviousPage after a cursor and the first page has none', async () => {
    const first = await hub.execute(InstitutionsDocument, { first: 2 });
    expect(first.data!.institutions.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await hub.execute(InstitutionsDocument, { first: 2, after: first.data!.institutions.pageInfo.endCursor });
    expect(second.data!.institutions.pageInfo.hasPreviousPage).toBe(true);
  });

  it('rejects oversized pages, contradictory arguments and foreign cursors with typed errors', async () => {
    const big = await hub.execute(InstitutionsDocument, { first: 101 });
    expect(big.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    const both = await hub.execute(InstitutionsDocument, { first: 1, last: 1 });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const bogus = await hub.execute(InstitutionsDocument, { first: 1, after: 'not-a-cursor' });
    expect(bogus.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });
});

describe('totalCount', () => {
  it('counts the whole filtered list', async () => {
    const result = await hub.execute(InstitutionCountDocument, { filter: { regionCode: '320000' } });
    expect(result.data?.institutions.totalCount).toBe(3);
  });

  it('is computed only when selected: one extra statement, not one per request', async () => {
    await regionCatalogue(hub.database.db);
    const withoutCount = await hub.executeCounted(InstitutionsDocument, { first: 5 });
    const withCount = await hub.executeCounted(InstitutionCountDocument, {});
    expect(withCount.statements).toBe(2); // the page and the count
    expect(withoutCount.statements).toBe(1); // the page — regions come from the catalogue, no count
  });
});
