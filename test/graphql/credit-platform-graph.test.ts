import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreditOutboxDocument, DecisionDeliveriesDocument, RetryCreditDeliveryDocument, UpdateInstitutionDocument } from '../generated/graphql.js';
import { registerOutboxMetrics } from '../../src/plugin-runtime/outbox/metrics.js';
import { Registry } from 'prom-client';
import { decidePenalty, institutionWithLicense, localId, startCreditPlatformSetup, type CreditPlatformSetup } from '../support/credit-platform.js';

let setup: CreditPlatformSetup;
let admin: { token: string };
beforeAll(async () => {
  setup = await startCreditPlatformSetup();
  admin = { token: await setup.hub.token({ sub: 'admin', role: 'admin' }) };
});
afterAll(() => setup.close());

describe('delivery to the credit platform in the graph', () => {
  it('shows each decision’s delivery state, the outbox, held records with their reason, and retries one after its data is corrected', async () => {
    const ok = await institutionWithLicense(setup.hub);
    const okPenalty = await decidePenalty(setup.hub, ok.institution.id);
    const held = await institutionWithLicense(setup.hub, { legalRepresentative: null });
    const heldPenalty = await decidePenalty(setup.hub, held.institution.id);

    const before = await setup.hub.executeAs(admin, CreditOutboxDocument);
    expect(before.data!.creditOutbox).toMatchObject({ depth: 4, inDoubt: 0, failures: [] });
    expect(before.data!.creditOutbox.oldestPendingSince).toBeTruthy();
    const pending = await setup.hub.execute(DecisionDeliveriesDocument, { licenseId: ok.license.id, penaltyId: okPenalty.id });
    expect(pending.data).toMatchObject({ license: { creditDelivery: { status: 'PENDING', recordId: `XK-${localId(ok.license.id)}` } }, penalty: { creditDelivery: { status: 'PENDING' } } });

    await setup.deliver();
    const delivered = await setup.hub.execute(DecisionDeliveriesDocument, { licenseId: ok.license.id, penaltyId: okPenalty.id });
    expect(delivered.data).toMatchObject({ license: { creditDelivery: { status: 'ACCEPTED', pending: false } }, penalty: { creditDelivery: { status: 'ACCEPTED' } } });
    const heldView = await setup.hub.execute(DecisionDeliveriesDocument, { licenseId: held.license.id, penaltyId: heldPenalty.id });
    expect(heldView.data).toMatchObject({ license: { creditDelivery: { status: 'HELD', heldReason: expect.stringContaining('法定代表人') } } });

    const after = await setup.hub.executeAs(admin, CreditOutboxDocument);
    expect(after.data!.creditOutbox).toMatchObject({ depth: 0, oldestPendingSince: null });
    expect(after.data!.creditOutbox.failures.map((f) => f.status)).toEqual(['HELD', 'HELD']);
    expect(after.data!.creditOutbox.byStatus).toEqual(expect.arrayContaining([{ status: 'ACCEPTED', count: 2 }, { status: 'HELD', count: 2 }]));

    const registry = new Registry();
    registerOutboxMetrics(registry, setup.hub.database.db);
    const metrics = await registry.metrics();
    expect(metrics).toContain('jianguan_credit_deliveries{outcome="held"} 2');
    expect(metrics).toContain('jianguan_credit_outbox_depth{state="pending"} 0');
    expect(metrics).toContain('jianguan_credit_delivery_lag_seconds 0');

    const refused = await setup.hub.executeAs(admin, RetryCreditDeliveryDocument, { recordId: `XK-${localId(ok.license.id)}` });
    expect(refused.data!.retryCreditDelivery).toMatchObject({ __typename: 'InvalidInputError', issues: [{ code: 'NOT_FAILED' }] });
    await setup.hub.execute(UpdateInstitutionDocument, { input: { id: held.institution.id, version: held.institution.version, legalRepresentative: '王五' } });
    for (const recordId of [`XK-${localId(held.license.id)}`, `CF-${localId(heldPenalty.id)}`]) {
      const retried = await setup.hub.executeAs(admin, RetryCreditDeliveryDocument, { recordId });
      expect(retried.data!.retryCreditDelivery).toMatchObject({ __typename: 'RetryCreditDeliverySuccess', data: { pending: true } });
    }
    await setup.deliver();
    expect(setup.emulator.record('xzcf', `CF-${localId(heldPenalty.id)}`)).toMatchObject({ content: { CF_FRDB: '王五' } });
    expect((await setup.hub.executeAs(admin, CreditOutboxDocument)).data!.creditOutbox.failures).toEqual([]);
  });

  it('raises an alert for administrators while the platform refuses the credentials', async () => {
    await institutionWithLicense(setup.hub);
    setup.configure({ appKey: 'someone-else' });
    expect(await setup.deliver()).toMatchObject({ status: 'FAILED', errorKind: 'CONFIGURATION' });
    const outbox = await setup.hub.executeAs(admin, CreditOutboxDocument);
    expect(outbox.data!.creditOutbox).toMatchObject({ alerts: [{ plugin: 'credit-platform', error: expect.stringContaining('appKey') }] });
    expect(outbox.data!.creditOutbox.depth + outbox.data!.creditOutbox.inDoubt).toBeGreaterThan(0);
    const registry = new Registry();
    registerOutboxMetrics(registry, setup.hub.database.db);
    expect(await registry.metrics()).toContain('jianguan_plugin_delivery_alert{plugin="credit-platform"} 1');
    setup.configure({ appKey: setup.emulator.appKey });
    expect(await setup.deliver()).toMatchObject({ status: 'SUCCEEDED' });
    expect((await setup.hub.executeAs(admin, CreditOutboxDocument)).data!.creditOutbox).toMatchObject({ alerts: [], depth: 0, inDoubt: 0 });
  });
});
