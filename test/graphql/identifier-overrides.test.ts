import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USCC_ALPHABET } from '../../src/domain/identifiers/uscc.js';
import { licenseRegistrationNumberFor, usccFor } from '../../src/seed/identifiers.js';
import { AuditLogDocument, IdentifierOverrideDocument, RegisterInstitutionDocument, RegisterLicenseDocument, type RegisterInstitutionInput } from '../generated/graphql.js';
import { institutionIdentifiers, registerInstitution, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, type Credentials, type TestHub } from '../support/hub.js';

let hub: TestHub;
let admin: Credentials;
beforeAll(async () => {
  hub = await startTestHub();
  admin = { token: await hub.token({ sub: 'auditor', role: 'admin' }) };
});
afterAll(() => hub.close());

const REGION = '130105';
const REASON = '经市场监管部门书面核实, 该代码确由登记管理机关赋码';

/** A USCC of the right shape whose check character is wrong. */
function failingCheckCharacter(): string {
  const valid = institutionIdentifiers(REGION).uscc;
  const wrong = USCC_ALPHABET[(USCC_ALPHABET.indexOf(valid[17]!) + 1) % USCC_ALPHABET.length]!;
  return valid.slice(0, 17) + wrong;
}

/** An organisation code whose own check digit is wrong, with a USCC and 登记号 built around it. */
function failingOrganisationCode() {
  const valid = institutionIdentifiers(REGION).orgCode;
  const orgCode = valid.slice(0, 8) + (valid[8] === '1' ? '2' : '1');
  return { uscc: usccFor('12', REGION, orgCode), licenseNumber: licenseRegistrationNumberFor(orgCode, REGION, '11', 'A100') };
}

const institutionInput = (uscc: string, extra: Partial<RegisterInstitutionInput> = {}): RegisterInstitutionInput => ({
  name: '新华区社区卫生服务中心', uscc, regionCode: REGION, category: 'COMMUNITY_HEALTH_CENTER', ownership: 'PUBLIC', profitStatus: 'NON_PROFIT', grade: 'UNGRADED', ...extra,
});

const register = async (input: RegisterInstitutionInput, as?: Credentials) => {
  const result = as ? await hub.executeAs(as, RegisterInstitutionDocument, { input }) : await hub.execute(RegisterInstitutionDocument, { input });
  return result.data?.registerInstitution ?? result.errors;
};
const count = async (query: string, values: unknown[] = []) => Number((await hub.database.pool.query(query, values)).rows[0].count);
const overrideAudits = async (entityType: string) =>
  ((await hub.executeAs(admin, AuditLogDocument, { filter: { operations: ['OVERRIDE'] }, first: 50 })).data?.auditLog.edges ?? []).map((e) => e.node).filter((n) => n.entityType === entityType);
const localId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1];

describe('identifier checksum override (校验位越权确认)', () => {
  it('a USCC whose check fails is registered only with an explicit, audited override by a regulator of its jurisdiction', async () => {
    const uscc = failingCheckCharacter();
    expect(await register(institutionInput(uscc))).toMatchObject({ issues: [{ field: 'input.uscc', code: 'CHECK_CHARACTER' }] });
    const zhejiang = { token: await hub.token({ sub: 'zj', role: 'regulator', jurisdictions: ['330000'] }) };
    expect(await register(institutionInput(uscc, { checksumOverride: { reason: REASON } }), zhejiang)).toMatchObject({ issues: [{ field: 'input.regionCode', code: 'OUT_OF_JURISDICTION' }] });
    const site = await registerInstitution(hub, { regionCode: REGION, uscc: institutionIdentifiers(REGION).uscc });
    const institutionViewer = { token: await hub.token({ sub: 'clinic', role: 'institution', institution_id: localId(site.id) }) };
    for (const who of ['public', institutionViewer] as const) {
      expect(await register(institutionInput(uscc, { checksumOverride: { reason: REASON } }), who)).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);
    }
    expect(await register(institutionInput(uscc, { checksumOverride: { reason: ' ' } }))).toMatchObject({ issues: [{ field: 'input.checksumOverride.reason' }] });
    expect(await count('SELECT count(*) FROM institution WHERE uscc = $1', [uscc])).toBe(0);
    expect(await overrideAudits('Institution')).toEqual([]);

    const accepted = await register(institutionInput(uscc, { checksumOverride: { reason: REASON } }));
    if (!accepted || !('__typename' in accepted) || accepted.__typename !== 'RegisterInstitutionSuccess') throw new Error(JSON.stringify(accepted));
    const read = await hub.execute(IdentifierOverrideDocument, { id: accepted.data.id });
    expect(read.data?.node).toMatchObject({ uscc, identifierOverride: { reason: REASON, by: 'national-regulator', at: expect.any(String) } });
    expect(await overrideAudits('Institution')).toEqual([expect.objectContaining({ actor: 'national-regulator', role: 'REGULATOR', entityIds: [localId(accepted.data.id)] })]);
    // A USCC that passed every check carries no override.
    expect((await hub.execute(IdentifierOverrideDocument, { id: site.id })).data?.node).toMatchObject({ identifierOverride: null });
  });

  it('an override is refused where nothing fails the check, and never makes a malformed USCC acceptable', async () => {
    const valid = institutionIdentifiers(REGION).uscc;
    expect(await register(institutionInput(valid, { checksumOverride: { reason: REASON } }))).toMatchObject({ issues: [{ field: 'input.checksumOverride', code: 'OVERRIDE_NOT_NEEDED' }] });
    expect(await register(institutionInput('12130105ABC', { checksumOverride: { reason: REASON } }))).toMatchObject({ issues: [{ field: 'input.uscc', code: 'FORMAT' }] });
    expect(await count('SELECT count(*) FROM institution WHERE uscc IN ($1, $2)', [valid, '12130105ABC'])).toBe(0);
  });

  it('a 登记号 whose organisation code fails its check is registered only with an audited override', async () => {
    const ids = failingOrganisationCode();
    const holder = await register(institutionInput(ids.uscc, { name: '新华区赋码有误医院', checksumOverride: { reason: REASON } }));
    if (!holder || !('__typename' in holder) || holder.__typename !== 'RegisterInstitutionSuccess') throw new Error(JSON.stringify(holder));
    const license = (number: string, checksumOverride?: { reason: string }) =>
      hub
        .execute(RegisterLicenseDocument, { input: { kind: 'INSTITUTION_PRACTICE', number, holderId: holder.data.id, issuingAuthority: '石家庄市新华区卫生健康局', validFrom: '2024-01-01', checksumOverride } })
        .then((r) => r.data?.registerLicense);
    expect(await license(ids.licenseNumber)).toMatchObject({ issues: [{ field: 'input.number', code: 'ORGANISATION_CODE' }] });
    expect(await count('SELECT count(*) FROM license WHERE number = $1', [ids.licenseNumber])).toBe(0);
    const accepted = await license(ids.licenseNumber, { reason: REASON });
    if (accepted?.__typename !== 'RegisterLicenseSuccess') throw new Error(JSON.stringify(accepted));
    expect((await hub.execute(IdentifierOverrideDocument, { id: accepted.data.id })).data?.node).toMatchObject({ number: ids.licenseNumber, identifierOverride: { reason: REASON, by: 'national-regulator' } });
    expect(await overrideAudits('License')).toEqual([expect.objectContaining({ actor: 'national-regulator', entityIds: [localId(accepted.data.id)] })]);

    // Certificate numbers have no check character, so there is never anything to override.
    const physician = await registerPractitioner(hub, { regionCode: REGION });
    const certificate = await hub.execute(RegisterLicenseDocument, {
      input: { kind: 'PHYSICIAN_PRACTICE', number: '110000000900001', holderId: physician.id, issuingAuthority: '石家庄市新华区卫生健康局', validFrom: '2024-01-01', checksumOverride: { reason: REASON } },
    });
    expect(certificate.data?.registerLicense).toMatchObject({ issues: [{ field: 'input.checksumOverride', code: 'OVERRIDE_NOT_NEEDED' }] });
  });
});
