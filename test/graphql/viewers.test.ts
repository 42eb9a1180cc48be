import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../../src/auth/api-keys.js';
import {
  AuditLogDocument,
  InstitutionByUsccDocument,
  InstitutionsDocument,
  LicenseByNumberDocument,
  NodeDocument,
  PractitionerByCertificateNumberDocument,
  PractitionerPersonalInformationDocument,
  PractitionerSitesDocument,
  StaffOfInstitutionsDocument,
  PractitionersDocument,
  RegisterInstitutionDocument,
  RegisterLicenseDocument,
  RegisterPracticeRegistrationDocument,
  UpdateInstitutionDocument,
} from '../generated/graphql.js';
import { institutionIdentifiers, newIdNumber, registerInstitution, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, type Credentials, type TestHub } from '../support/hub.js';

/**
 * Who sees what. A: an institution in Nantong (320613); B: one in Hangzhou (330106).
 * P is registered in Nantong and practises at A (primary) and B (多点执业); Q practises at B only;
 * R was registered in Nantong and practises nowhere yet.
 */
let hub: TestHub;
const ids: Record<string, string> = {};
const numbers: Record<string, string> = {};
const usccs: Record<string, string> = {};
const idNumbers: Record<string, string> = {};
const viewers: Record<string, Credentials> = {};
let revokedKey = '';

beforeAll(async () => {
  hub = await startTestHub();
  for (const [key, regionCode, name] of [['A', '320613', '崇川区人民医院'], ['B', '330106', '西湖区人民医院']] as const) {
    const identifiers = institutionIdentifiers(regionCode);
    const institution = await registerInstitution(hub, { name, regionCode, uscc: identifiers.uscc });
    ids[key] = institution.id;
    usccs[key] = identifiers.uscc;
    numbers[`L${key}`] = identifiers.licenseNumber;
    const license = await hub.execute(RegisterLicenseDocument, {
      input: { kind: 'INSTITUTION_PRACTICE', number: identifiers.licenseNumber, holderId: institution.id, issuingAuthority: '卫生健康委员会', validFrom: '2020-01-01' },
    });
    if (license.data?.registerLicense.__typename !== 'RegisterLicenseSuccess') throw new Error(JSON.stringify(license));
    ids[`L${key}`] = license.data.registerLicense.data.id;
  }
  for (const [key, regionCode, certificate] of [['P', '320613', '110320000000001'], ['Q', '330106', '110330000000002'], ['R', '320613', null]] as const) {
    idNumbers[key] = newIdNumber(regionCode);
    const person = await registerPractitioner(hub, { name: `医师${key}`, regionCode, idNumber: idNumbers[key], phone: '13800000000' });
    ids[key] = person.id;
    if (certificate) {
      numbers[`C${key}`] = certificate;
      await hub.execute(RegisterLicenseDocument, { input: { kind: 'PHYSICIAN_PRACTICE', number: certificate, holderId: person.id, issuingAuthority: '卫生健康委员会', validFrom: '2020-01-01' } });
    }
  }
  const register = (practitionerId: string, institutionId: string, siteKind: 'PRIMARY' | 'ADDITIONAL') =>
    hub.execute(RegisterPracticeRegistrationDocument, { input: { practitionerId, institutionId, siteKind, practiceCategory: 'CLINICAL', validFrom: '2021-01-01' } });
  await register(ids.P!, ids.A!, 'PRIMARY');
  await register(ids.P!, ids.B!, 'ADDITIONAL');
  await register(ids.Q!, ids.B!, 'PRIMARY');

  const localA = Buffer.from(ids.A!, 'base64').toString().split(':')[1]!;
  const key = await createApiKey(hub.database.db, { name: '江苏省平台', provinceCode: '320000' });
  const revoked = await createApiKey(hub.database.db, { name: '停用的平台', provinceCode: '320000' });
  await revokeApiKey(hub.database.db, revoked.id);
  revokedKey = revoked.key;
  viewers.public = 'public';
  viewers.nantong = { token: await hub.token({ sub: 'nantong-inspector', role: 'regulator', jurisdictions: ['320600'] }) };
  viewers.zhejiang = { token: await hub.token({ sub: 'zhejiang-inspector', role: 'regulator', jurisdictions: ['330000'] }) };
  viewers.institutionA = { token: await hub.token({ sub: 'a-admin', role: 'institution', institution_id: localA }) };
  viewers.jiangsuSystem = { apiKey: key.key };
  viewers.administrator = { token: await hub.token({ sub: 'root', role: 'admin' }) };
});
afterAll(() => hub.close());

/** What each viewer must see; everything else must look like it does not exist. */
const EXPECTED: Record<string, { institutions: string[]; practitioners: string[]; licenses: string[]; sitesOfP: string[]; staff: string[]; personalInformation: boolean }> = {
  public: { institutions: ['A', 'B'], practitioners: ['P', 'Q'], licenses: ['LA', 'LB', 'CP', 'CQ'], sitesOfP: ['崇川区人民医院', '西湖区人民医院'], staff: ['P', 'Q'], personalInformation: false },
  nantong: { institutions: ['A'], practitioners: ['P', 'R'], licenses: ['LA', 'CP'], sitesOfP: ['崇川区人民医院'], staff: ['P'], personalInformation: true },
  zhejiang: { institutions: ['B'], practitioners: ['P', 'Q'], licenses: ['LB', 'CP', 'CQ'], sitesOfP: ['西湖区人民医院'], staff: ['P', 'Q'], personalInformation: true },
  institutionA: { institutions: ['A'], practitioners: ['P'], licenses: ['LA', 'CP'], sitesOfP: ['崇川区人民医院'], staff: ['P'], personalInformation: false },
  jiangsuSystem: { institutions: ['A'], practitioners: ['P', 'R'], licenses: ['LA', 'CP'], sitesOfP: ['崇川区人民医院'], staff: ['P'], personalInformation: false },
  administrator: { institutions: ['A', 'B'], practitioners: ['P', 'Q', 'R'], licenses: ['LA', 'LB', 'CP', 'CQ'], sitesOfP: ['崇川区人民医院', '西湖区人民医院'], staff: ['P', 'Q'], personalInformation: false },
};
const keyOf = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0];

describe.each(Object.keys(EXPECTED))('viewer %s', (viewer) => {
  const expected = EXPECTED[viewer]!;
  const as = () => viewers[viewer]!;

  it('root lists and search show exactly the rows in scope', async () => {
    const institutions = await hub.executeAs(as(), InstitutionsDocument, { first: 50 });
    expect(institutions.data?.institutions.edges.map((e) => keyOf(e.node.id)).sort()).toEqual(expected.institutions);
    const search = await hub.executeAs(as(), InstitutionsDocument, { first: 50, filter: { nameContains: '人民医院' } });
    expect(search.data?.institutions.edges.map((e) => keyOf(e.node.id)).sort()).toEqual(expected.institutions);
    const practitioners = await hub.executeAs(as(), PractitionersDocument, { first: 50 });
    expect(practitioners.data?.practitioners.edges.map((e) => keyOf(e.node.id)).sort()).toEqual(expected.practitioners);
    expect(practitioners.data?.practitioners.totalCount).toBe(expected.practitioners.length);
  });

  it('node(id) answers null — typename included — for every row out of scope', async () => {
    for (const key of ['A', 'B', 'P', 'Q', 'R', 'LA', 'LB']) {
      const visible = [...expected.institutions, ...expected.practitioners, ...expected.licenses].includes(key);
      const result = await hub.executeAs(as(), NodeDocument, { id: ids[key]! });
      expect(result.errors, key).toBeUndefined();
      if (visible) expect(result.data?.node?.id, key).toBe(ids[key]);
      else expect(result.data?.node, key).toBeNull();
    }
  });

  it('look-ups by USCC, license number and certificate number respect the scope', async () => {
    for (const key of ['A', 'B']) {
      const result = await hub.executeAs(as(), InstitutionByUsccDocument, { uscc: usccs[key]! });
      expect(result.data?.institutionByUscc?.id ?? null, key).toBe(expected.institutions.includes(key) ? ids[key] : null);
    }
    for (const key of ['LA', 'LB', 'CP', 'CQ']) {
      const result = await hub.executeAs(as(), LicenseByNumberDocument, { number: numbers[key]! });
      expect(result.data?.licenseByNumber?.number ?? null, key).toBe(expected.licenses.includes(key) ? numbers[key] : null);
    }
    const q = await hub.executeAs(as(), PractitionerByCertificateNumberDocument, { number: numbers.CQ! });
    expect(q.data?.practitionerByCertificateNumber?.id ?? null).toBe(expected.practitioners.includes('Q') ? ids.Q : null);
  });

  it('nested lists under a visible row hold only what is in scope', async () => {
    const result = await hub.executeAs(as(), PractitionerSitesDocument, { id: ids.P! });
    const node = result.data?.node as { registrations: { edges: { node: { institution: { name: string } } }[] } } | null;
    expect(node?.registrations.edges.map((e) => e.node.institution.name).sort()).toEqual(expected.sitesOfP);
  });

  it('practitioners reached through visible registrations are exactly those visible by id', async () => {
    const result = await hub.executeAs(as(), StaffOfInstitutionsDocument);
    expect(result.errors).toBeUndefined();
    const reached = new Set(result.data!.institutions.edges.flatMap((i) => i.node.registrations.edges.map((r) => keyOf(r.node.practitioner.id)!)));
    expect([...reached].sort()).toEqual(expected.staff);
    for (const key of reached) expect(expected.practitioners, key).toContain(key);
  });

  it('personal information only for regulators, inside their jurisdiction', async () => {
    const result = await hub.executeAs(as(), PractitionerPersonalInformationDocument, { id: ids.P! });
    const node = result.data?.node as { idNumber: string | null; phone: string | null } | null;
    if (expected.personalInformation) {
      expect(result.errors).toBeUndefined();
      expect(node).toMatchObject({ idNumber: idNumbers.P, phone: '13800000000' });
    } else {
      expect(node?.idNumber ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
      expect(JSON.stringify(result)).not.toContain(idNumbers.P!);
    }
  });
});

describe('personal information audit', () => {
  it('records each read with who, role, jurisdiction and ids, never the number', async () => {
    await hub.executeAs(viewers.nantong!, PractitionerPersonalInformationDocument, { id: ids.P! });
    const log = await hub.executeAs(viewers.administrator!, AuditLogDocument, { filter: { operations: ['READ_PERSONAL_INFORMATION'], actor: 'nantong-inspector' }, first: 10 });
    const latest = log.data?.auditLog.edges[0]?.node;
    expect(latest).toMatchObject({
      actor: 'nantong-inspector',
      role: 'REGULATOR',
      jurisdictions: ['320600'],
      operation: 'READ_PERSONAL_INFORMATION',
      graphqlOperation: 'PractitionerPersonalInformation',
      entityType: 'Practitioner',
      entityIds: [Buffer.from(ids.P!, 'base64').toString().split(':')[1]],
    });
    const { rows } = await hub.database.pool.query('SELECT * FROM audit_log');
    expect(JSON.stringify(rows)).not.toContain(idNumbers.P!);
  });

  it('reads outside the jurisdiction are neither answered nor audited as reads of that person', async () => {
    const before = await hub.database.pool.query(`SELECT count(*) FROM audit_log WHERE actor = 'nantong-inspector'`);
    const result = await hub.executeAs(viewers.nantong!, PractitionerPersonalInformationDocument, { id: ids.Q! });
    expect(result.data?.node).toBeNull();
    const after = await hub.database.pool.query(`SELECT count(*) FROM audit_log WHERE actor = 'nantong-inspector' AND $1 = ANY(entity_ids)`, [Buffer.from(ids.Q!, 'base64').toString().split(':')[1]]);
    expect(Number(after.rows[0].count)).toBe(0);
    expect(Number(before.rows[0].count)).toBeGreaterThan(0);
  });

  it('records every use of an API key', async () => {
    const before = Number((await hub.database.pool.query(`SELECT count(*) FROM audit_log WHERE operation = 'API_KEY_USE'`)).rows[0].count);
    await hub.executeAs(viewers.jiangsuSystem!, InstitutionsDocument, { first: 1 });
    const rows = (await hub.database.pool.query(`SELECT * FROM audit_log WHERE operation = 'API_KEY_USE' ORDER BY id`)).rows;
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({ role: 'PROVINCIAL_SYSTEM', jurisdictions: ['320000'], graphql_operation: 'Institutions' });
    expect(rows.at(-1).api_key_id).not.toBeNull();
  });

  it('is append-only: the database refuses updates, deletes and truncation', async () => {
    await expect(hub.database.pool.query(`UPDATE audit_log SET actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(hub.database.pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(hub.database.pool.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });

  it('is readable by administrators only', async () => {
    const result = await hub.executeAs(viewers.nantong!, AuditLogDocument, { first: 1 });
    expect(result.data?.auditLog ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('writes and credentials', () => {
  it('refuses writes from anyone but a regulator', async () => {
    for (const viewer of ['public', 'institutionA', 'jiangsuSystem', 'administrator']) {
      const result = await hub.executeAs(viewers[viewer]!, UpdateInstitutionDocument, { input: { id: ids.A!, version: 1, name: '改名' } });
      expect(result.errors?.[0]?.extensions?.code, viewer).toBe('FORBIDDEN');
    }
  });

  it('a regulator cannot change or create records outside his jurisdiction', async () => {
    const update = await hub.executeAs(viewers.zhejiang!, UpdateInstitutionDocument, { input: { id: ids.A!, version: 1, name: '越权修改' } });
    expect(update.data?.updateInstitution).toEqual({ __typename: 'NotFoundError', id: ids.A });
    const create = await hub.executeAs(viewers.zhejiang!, RegisterInstitutionDocument, {
      input: { name: '越权登记', uscc: institutionIdentifiers('320613').uscc, regionCode: '320613', category: 'CLINIC', ownership: 'PRIVATE', profitStatus: 'FOR_PROFIT' },
    });
    expect(create.data?.registerInstitution).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'input.regionCode', code: 'OUT_OF_JURISDICTION' }] });
    const unchanged = await hub.executeAs(viewers.nantong!, InstitutionByUsccDocument, { uscc: usccs.A! });
    expect(unchanged.data?.institutionByUscc?.name).toBe('崇川区人民医院');
  });

  it('refuses bad credentials with 401 instead of treating them as public', async () => {
    for (const headers of [{ authorization: 'Bearer not-a-jwt' }, { authorization: 'Basic abc' }, { 'x-api-key': revokedKey }, { 'x-api-key': 'jgk_unknown' }]) {
      const response = await hub.hub.fetch('http://hub.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ institutions(first: 1) { edges { cursor } } }' }),
      });
      expect(response.status, JSON.stringify(headers)).toBe(401);
      const body = await response.json();
      expect(body.data ?? null).toBeNull();
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const expired = await hub.token({ sub: 'x', role: 'regulator', jurisdictions: ['320000'] }, Math.floor(Date.now() / 1000) - 60);
    const response = await hub.hub.fetch('http://hub.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${expired}` },
      body: JSON.stringify({ query: '{ provinces { code } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('keeps concurrent requests of different viewers apart', async () => {
    const rounds = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        hub.executeAs(i % 2 ? viewers.public! : viewers.nantong!, PractitionerPersonalInformationDocument, { id: ids.P! }).then((r) => ({ publicViewer: i % 2 === 1, r })),
      ),
    );
    for (const { publicViewer, r } of rounds) {
      const node = r.data?.node as { idNumber: string | null } | null;
      expect(node?.idNumber ?? null).toBe(publicViewer ? null : idNumbers.P);
    }
  });
});
