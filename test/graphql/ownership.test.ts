import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NodeDocument,
  RegisterLicenseDocument,
  RegisterPracticeRegistrationDocument,
  UpdateLicenseDocument,
  UpdatePracticeRegistrationDocument,
  UpdatePractitionerDocument,
} from '../generated/graphql.js';
import { institutionIdentifiers, registerInstitution, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, type Credentials, type TestHub } from '../support/hub.js';

/**
 * Who may change what (多点执业). P is registered (注册地) in Nantong and practises at A in Nantong
 * (primary) and at B in Hangzhou (additional site). Hangzhou's regulators see P, but his record
 * and his certificates belong to Nantong; the registration at B belongs to Hangzhou.
 */
let hub: TestHub;
let nantong: Credentials;
let hangzhou: Credentials;
const ids: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub();
  ids.A = (await registerInstitution(hub, { name: '崇川区人民医院', regionCode: '320613', uscc: institutionIdentifiers('320613').uscc })).id;
  ids.B = (await registerInstitution(hub, { name: '西湖区人民医院', regionCode: '330106', uscc: institutionIdentifiers('330106').uscc })).id;
  ids.P = (await registerPractitioner(hub, { name: '王医师', regionCode: '320613', phone: '13800000000' })).id;
  const certificate = await hub.execute(RegisterLicenseDocument, {
    input: { kind: 'PHYSICIAN_PRACTICE', number: '110320000000077', holderId: ids.P, issuingAuthority: '南通市卫生健康委员会', validFrom: '2020-01-01' },
  });
  if (certificate.data?.registerLicense.__typename !== 'RegisterLicenseSuccess') throw new Error(JSON.stringify(certificate));
  ids.certificate = certificate.data.registerLicense.data.id;
  for (const [key, site, siteKind] of [['atA', 'A', 'PRIMARY'], ['atB', 'B', 'ADDITIONAL']] as const) {
    const result = await hub.execute(RegisterPracticeRegistrationDocument, {
      input: { practitionerId: ids.P, institutionId: ids[site]!, siteKind, practiceCategory: 'CLINICAL', validFrom: '2021-01-01' },
    });
    if (result.data?.registerPracticeRegistration.__typename !== 'RegisterPracticeRegistrationSuccess') throw new Error(JSON.stringify(result));
    ids[key] = result.data.registerPracticeRegistration.data.id;
  }
  nantong = { token: await hub.token({ sub: 'nantong', role: 'regulator', jurisdictions: ['320600'] }) };
  hangzhou = { token: await hub.token({ sub: 'hangzhou', role: 'regulator', jurisdictions: ['330100'] }) };
});
afterAll(() => hub.close());

const version = async (id: string) => {
  const { rows } = await hub.database.pool.query('SELECT version FROM practitioner WHERE id = $1', [Buffer.from(id, 'base64').toString().split(':')[1]]);
  return Number(rows[0].version);
};

describe("a site's jurisdiction (多点执业) sees the practitioner but does not own his record", () => {
  it('cannot deregister him or change his phone', async () => {
    const seen = await hub.executeAs(hangzhou, NodeDocument, { id: ids.P! });
    expect(seen.data?.node?.id).toBe(ids.P);
    for (const change of [{ status: 'DEREGISTERED' as const }, { phone: '13900000000' }, { name: '改名' }]) {
      const result = await hub.executeAs(hangzhou, UpdatePractitionerDocument, { input: { id: ids.P!, version: await version(ids.P!), ...change } });
      expect(result.data?.updatePractitioner, JSON.stringify(change)).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'input.id', code: 'OUT_OF_JURISDICTION' }] });
    }
    const { rows } = await hub.database.pool.query('SELECT status, phone, name FROM practitioner WHERE name = $1', ['王医师']);
    expect(rows).toEqual([{ status: 'ACTIVE', phone: '13800000000', name: '王医师' }]);
  });

  it("cannot issue or change the practitioner's certificates", async () => {
    const issued = await hub.executeAs(hangzhou, RegisterLicenseDocument, {
      input: { kind: 'PHYSICIAN_PRACTICE', number: '110330000000078', holderId: ids.P!, issuingAuthority: '杭州市卫生健康委员会', validFrom: '2022-01-01' },
    });
    expect(issued.data?.registerLicense).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'input.holderId', code: 'OUT_OF_JURISDICTION' }] });
    const changed = await hub.executeAs(hangzhou, UpdateLicenseDocument, { input: { id: ids.certificate!, version: 1, status: 'REVOKED' } });
    expect(changed.data?.updateLicense).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'input.id', code: 'OUT_OF_JURISDICTION' }] });
  });

  it('owns the registration at its own site, and not the one elsewhere', async () => {
    const atB = await hub.executeAs(hangzhou, UpdatePracticeRegistrationDocument, { input: { id: ids.atB!, version: 1, practiceScope: '内科专业' } });
    expect(atB.data?.updatePracticeRegistration.__typename).toBe('UpdatePracticeRegistrationSuccess');
    const atA = await hub.executeAs(hangzhou, UpdatePracticeRegistrationDocument, { input: { id: ids.atA!, version: 1, practiceScope: '外科专业' } });
    expect(atA.data?.updatePracticeRegistration).toEqual({ __typename: 'NotFoundError', id: ids.atA });
  });
});

describe('the registering jurisdiction (注册地)', () => {
  it("owns the practitioner's record", async () => {
    const result = await hub.executeAs(nantong, UpdatePractitionerDocument, { input: { id: ids.P!, version: await version(ids.P!), phone: '13700000000' } });
    expect(result.data?.updatePractitioner.__typename).toBe('UpdatePractitionerSuccess');
  });

  it("does not own the registration at another jurisdiction's site", async () => {
    const atB = await hub.executeAs(nantong, UpdatePracticeRegistrationDocument, { input: { id: ids.atB!, version: 2, status: 'ENDED' } });
    expect(atB.data?.updatePracticeRegistration).toEqual({ __typename: 'NotFoundError', id: ids.atB });
  });
});
