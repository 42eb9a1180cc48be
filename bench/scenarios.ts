import type pg from 'pg';
import { todayInChina } from '../src/domain/today.js';
import { regionCodeRange } from '../src/modules/regions/regions.queries.js';

/**
 * What the benchmark asks, each twice: once of the hub in GraphQL, once as the minimal
 * hand-written SQL that produces the same answer through `pg` alone. The ratio between the two is
 * the hub's overhead, and holds across noisy machines.
 */
export interface Sample {
  institutionIds: string[];
  regionCodes: string[];
}

export interface Scenario {
  name: string;
  query: string;
  variables: (pick: <T>(items: T[]) => T, sample: Sample) => Record<string, unknown>;
  baseline: (pool: pg.Pool, variables: Record<string, any>) => Promise<{ data: unknown; statements: number }>;
  /** Asked as a regulator whose jurisdiction is this region (from the variables); otherwise as the public. */
  regulatorOf?: (variables: Record<string, any>) => string;
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
function groupBy<T>(rows: T[], key: (row: T) => string) {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return (k: string) => map.get(k) ?? [];
}
const edges = <T>(nodes: T[]) => ({ edges: nodes.map((node) => ({ node })) });

const SEARCH_TERMS = ['人民医院', '中医院', '卫生院', '社区卫生服务', '医疗美容', '诊所'];

async function institutionPage(pool: pg.Pool, regionCode: string, limit: number) {
  const [low, high] = regionCodeRange(regionCode);
  const { rows } = await pool.query('SELECT id, name FROM institution WHERE region_code BETWEEN $1 AND $2 ORDER BY name, id LIMIT $3', [low, high, limit]);
  return rows as { id: string; name: string }[];
}

async function registrationsWithPractitioners(pool: pg.Pool, institutionIds: string[], limit: number) {
  const { rows } = await pool.query(
    `SELECT r.institution_id, r.site_kind, r.practitioner_id, p.name
     FROM unnest($1::bigint[]) AS parent_id
     CROSS JOIN LATERAL (SELECT * FROM practice_registration WHERE institution_id = parent_id ORDER BY id LIMIT $2) r
     JOIN practitioner p ON p.id = r.practitioner_id
     ORDER BY r.institution_id, r.id`,
    [institutionIds, limit],
  );
  return groupBy(rows as { institution_id: string; site_kind: string; practitioner_id: string; name: string }[], (r) => r.institution_id);
}

async function licensesOf(pool: pg.Pool, column: 'holder_institution_id' | 'holder_practitioner_id', ids: string[], limit: number) {
  const { rows } = await pool.query(
    `SELECT l.${column} AS holder, l.id, l.number, l.valid_until
     FROM unnest($1::bigint[]) AS parent_id
     CROSS JOIN LATERAL (SELECT * FROM license WHERE ${column} = parent_id ORDER BY id LIMIT $2) l
     ORDER BY l.id`,
    [ids, limit],
  );
  return groupBy(rows as { holder: string; id: string; number: string; valid_until: string | null }[], (r) => r.holder);
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'record by id',
    query: `query Record($id: ID!) { node(id: $id) { ... on Institution { id name uscc category grade status region { code name } } } }`,
    variables: (pick, sample) => ({ id: globalId('Institution', pick(sample.institutionIds)) }),
    async baseline(pool, { id }) {
      const localId = Buffer.from(id, 'base64').toString().split(':')[1];
      const { rows } = await pool.query(
        'SELECT i.id, i.name, i.uscc, i.category, i.grade, i.status, r.code, r.name AS region_name FROM institution i JOIN region r ON r.code = i.region_code WHERE i.id = $1',
        [localId],
      );
      const r = rows[0];
      return {
        statements: 1,
        data: { node: r ? { id, name: r.name, uscc: r.uscc, category: r.category, grade: r.grade, status: r.status, region: { code: r.code, name: r.region_name } } : null },
      };
    },
  },
  {
    name: 'list of 100 with registrations and licenses',
    query: `query List($region: String!) { institutions(first: 100, filter: { regionCode: $region }) { edges { node { id name
      registrations(first: 10) { edges { node { siteKind practitioner { name } } } }
      licenses(first: 5) { edges { node { number validUntil } } } } } } }`,
    variables: (pick, sample) => ({ region: pick(sample.regionCodes) }),
    async baseline(pool, { region }) {
      const page = await institutionPage(pool, region, 100);
      const ids = page.map((i) => i.id);
      const registrations = await registrationsWithPractitioners(pool, ids, 10);
      const licenses = await licensesOf(pool, 'holder_institution_id', ids, 5);
      return {
        statements: 3,
        data: {
          institutions: edges(
            page.map((i) => ({
              id: globalId('Institution', i.id),
              name: i.name,
              registrations: edges(registrations(i.id).map((r) => ({ siteKind: r.site_kind, practitioner: { name: r.name } }))),
              licenses: edges(licenses(i.id).map((l) => ({ number: l.number, validUntil: l.valid_until }))),
            })),
          ),
        },
      };
    },
  },
  {
    name: 'three levels: institution → practitioners → licenses → validations',
    query: `query Deep($region: String!) { institutions(first: 20, filter: { regionCode: $region }) { edges { node { name
      registrations(first: 10) { edges { node { practitioner { name
        licenses(first: 3) { edges { node { number validations { validatedOn result } } } } } } } } } } } }`,
    variables: (pick, sample) => ({ region: pick(sample.regionCodes) }),
    async baseline(pool, { region }) {
      const page = await institutionPage(pool, region, 20);
      const registrations = await registrationsWithPractitioners(pool, page.map((i) => i.id), 10);
      const practitionerIds = [...new Set(page.flatMap((i) => registrations(i.id).map((r) => r.practitioner_id)))];
      const licenses = await licensesOf(pool, 'holder_practitioner_id', practitionerIds, 3);
      const licenseIds = practitionerIds.flatMap((p) => licenses(p).map((l) => l.id));
      const { rows } = await pool.query(
        'SELECT license_id, validated_on, result FROM license_validation WHERE license_id = ANY($1) ORDER BY license_id, validated_on, id',
        [licenseIds],
      );
      const validations = groupBy(rows as { license_id: string; validated_on: string; result: string }[], (r) => r.license_id);
      return {
        statements: 4,
        data: {
          institutions: edges(
            page.map((i) => ({
              name: i.name,
              registrations: edges(
                registrations(i.id).map((r) => ({
                  practitioner: {
                    name: r.name,
                    licenses: edges(licenses(r.practitioner_id).map((l) => ({ number: l.number, validations: validations(l.id).map((v) => ({ validatedOn: v.validated_on, result: v.result })) }))),
                  },
                })),
              ),
            })),
          ),
        },
      };
    },
  },
  {
    name: 'Chinese substring search within a province',
    query: `query Search($region: String!, $name: String!) { institutions(first: 20, filter: { regionCode: $region, nameContains: $name }) { edges { node { id name region { name } } } } }`,
    variables: (pick, sample) => ({ region: pick(sample.regionCodes), name: pick(SEARCH_TERMS) }),
    async baseline(pool, { region, name }) {
      const [low, high] = regionCodeRange(region);
      const { rows } = await pool.query(
        `SELECT i.id, i.name, r.name AS region_name FROM institution i JOIN region r ON r.code = i.region_code
         WHERE i.region_code BETWEEN $1 AND $2 AND i.name LIKE $3 ORDER BY i.name, i.id LIMIT 20`,
        [low, high, `%${name}%`],
      );
      return { statements: 1, data: { institutions: edges(rows.map((r) => ({ id: globalId('Institution', r.id), name: r.name, region: { name: r.region_name } }))) } };
    },
  },
  {
    name: 'public disclosures of a province',
    query: `query Disclosed($region: String!) { disclosures(first: 50, filter: { regionCode: $region }) { edges { node { id title decidedOn publishedOn publicUntil } } } }`,
    variables: (pick, sample) => ({ region: pick(sample.regionCodes) }),
    async baseline(pool, { region }) {
      const [low, high] = regionCodeRange(region);
      const today = todayInChina();
      const { rows } = await pool.query(
        `SELECT id, title, decided_on, published_on, public_until FROM disclosure
         WHERE region_code BETWEEN $1 AND $2 AND published_on <= $3 AND withdrawn_on IS NULL AND (public_until IS NULL OR public_until >= $3)
         ORDER BY decided_on DESC, id DESC LIMIT 50`,
        [low, high, today],
      );
      return {
        statements: 1,
        data: { disclosures: edges(rows.map((r) => ({ id: globalId('Disclosure', r.id), title: r.title, decidedOn: r.decided_on, publishedOn: r.published_on, publicUntil: r.public_until }))) },
      };
    },
  },
  {
    name: "a regulator's page of his province",
    query: `query Jurisdiction { institutions(first: 50) { edges { node { id name uscc status grade } } } }`,
    // The province travels with the request so that both sides answer for the same jurisdiction.
    variables: (pick, sample) => ({ province: pick(sample.regionCodes) }),
    regulatorOf: ({ province }) => province,
    async baseline(pool, { province }) {
      const [low, high] = regionCodeRange(province);
      const { rows } = await pool.query('SELECT id, name, uscc, status, grade FROM institution WHERE region_code BETWEEN $1 AND $2 ORDER BY name, id LIMIT 50', [low, high]);
      return {
        statements: 1,
        data: { institutions: edges(rows.map((r) => ({ id: globalId('Institution', r.id), name: r.name, uscc: r.uscc, status: r.status, grade: r.grade }))) },
      };
    },
  },
];
