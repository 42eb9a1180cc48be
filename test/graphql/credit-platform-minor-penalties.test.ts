import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../src/domain/scoring/dates.js';
import { todayInChina } from '../../src/domain/today.js';
import { DisclosuresDocument, PublishDisclosureDocument, RevokePenaltyDocument } from '../generated/graphql.js';
import { decidePenalty, institutionWithLicense, localId, startCreditPlatformSetup, type CreditPlatformSetup } from '../support/credit-platform.js';

let setup: CreditPlatformSetup;
beforeAll(async () => {
  setup = await startCreditPlatformSetup();
});
afterAll(() => setup.close());

const today = todayInChina();
const stateOf = async (id: string) => (await setup.outbox()).find((r) => r.record_id === id)!;
const warning = { categories: ['WARNING'], content: '警告', fineYuan: null, severity: 'MINOR' };

async function disclosureOf(decisionNumber: string) {
  const list = await setup.hub.execute(DisclosuresDocument, { first: 100, filter: { kinds: ['PENALTY'] } });
  return list.data!.disclosures.edges.map((e) => e.node).find((d) => (d.content as { decisionNumber: string }).decisionNumber === decisionNumber)!;
}

describe('双公示: the platform receives what is disclosed', () => {
  it('does not send a minor penalty of the 2026 rule that no regulator published, and sends it once one publishes it', async () => {
    const { institution } = await institutionWithLicense(setup.hub);
    const decidedOn = addDays(today, -30);
    const minor = await decidePenalty(setup.hub, institution.id, { ...warning, decidedOn });
    const general = await decidePenalty(setup.hub, institution.id, { decidedOn });
    const minorId = `CF-${localId(minor.id)}`;
    await setup.deliver();
    // The general one is sent before it is published, as every decision that must be published is.
    expect(setup.emulator.record('xzcf', `CF-${localId(general.id)}`)).toBeDefined();
    expect(setup.emulator.record('xzcf', minorId)).toBeUndefined();
    expect(setup.emulator.submissions.filter((s) => s.ids.includes(minorId))).toEqual([]);
    expect(await stateOf(minorId)).toMatchObject({ status: 'NOT_DISCLOSED', pending: false });
    await setup.deliver();
    expect(setup.emulator.submissions.filter((s) => s.ids.includes(minorId))).toEqual([]);

    const disclosure = await disclosureOf(minor.decisionNumber);
    const published = await setup.hub.execute(PublishDisclosureDocument, { input: { id: disclosure.id, version: disclosure.version, publishedOn: today } });
    expect(published.data!.publishDisclosure.__typename).toBe('PublishDisclosureSuccess');
    expect(await stateOf(minorId)).toMatchObject({ pending: true });
    await setup.deliver();
    // Published for at most 3 months from the decision.
    expect(setup.emulator.record('xzcf', minorId)).toMatchObject({ state: 'PUBLISHED', content: { CF_JDRQ: decidedOn, CF_GSJZQ: addDays(addMonths(decidedOn, 3), -1) } });
    expect(await stateOf(minorId)).toMatchObject({ status: 'ACCEPTED', pending: false });
  });

  it('sends nothing, withdrawal included, for an unpublished minor penalty that is revoked', async () => {
    const { institution } = await institutionWithLicense(setup.hub);
    const minor = await decidePenalty(setup.hub, institution.id, { ...warning, decidedOn: addDays(today, -10) });
    const id = `CF-${localId(minor.id)}`;
    const revoked = await setup.hub.execute(RevokePenaltyDocument, { input: { id: minor.id, version: minor.version, revokedOn: today, reason: '复核撤销' } });
    expect(revoked.data!.revokePenalty.__typename).toBe('RevokePenaltySuccess');
    await setup.deliver();
    expect(setup.emulator.requests.filter((r) => r.path.includes(id))).toEqual([]);
    expect(setup.emulator.submissions.filter((s) => s.ids.includes(id))).toEqual([]);
    expect(await stateOf(id)).toMatchObject({ status: 'NOT_DISCLOSED', pending: false });
  });

  it('sends a minor penalty decided under the 2019 rule, which publishes every decision', async () => {
    const { institution } = await institutionWithLicense(setup.hub);
    const old = await decidePenalty(setup.hub, institution.id, { ...warning, decidedOn: '2026-03-31' });
    await setup.deliver();
    expect(setup.emulator.record('xzcf', `CF-${localId(old.id)}`)).toMatchObject({ content: { CF_JDRQ: '2026-03-31', CF_GSJZQ: '2027-03-30' } });
  });
});
