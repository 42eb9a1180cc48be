import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeAgedCredit } from '../../src/jobs/tasks/credit-aging.js';
import { endPublicationPeriods } from '../../src/jobs/tasks/publication-periods.js';
import { addDays, addMonths } from '../../src/domain/scoring/dates.js';
import { todayInChina } from '../../src/domain/today.js';
import {
  DisclosuresDocument,
  InstitutionCreditDocument,
  PublishDisclosureDocument,
  RecordSelfInspectionDocument,
  RevokePenaltyDocument,
  type CreditEvaluationFieldsFragment,
} from '../generated/graphql.js';
import { recordPenalty, registerInstitution } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const today = todayInChina();
const local = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;

async function publishedDisclosureOf(decisionNumber: string, publishedOn: string) {
  const list = await hub.execute(DisclosuresDocument, { first: 100, filter: { kinds: ['PENALTY'] } });
  const pending = list.data!.disclosures.edges.map((e) => e.node).find((d) => (d.content as { decisionNumber: string }).decisionNumber === decisionNumber)!;
  const published = await hub.execute(PublishDisclosureDocument, { input: { id: pending.id, version: pending.version, publishedOn } });
  if (published.data?.publishDisclosure.__typename !== 'PublishDisclosureSuccess') throw new Error(JSON.stringify(published));
  return published.data.publishDisclosure.data;
}

const periodEndedEvents = async (disclosureId: string) =>
  (
    await hub.database.pool.query(`SELECT kind, reason, occurred_on FROM disclosure_event WHERE disclosure_id = $1 AND reason = 'PERIOD_ENDED'`, [local(disclosureId)])
  ).rows;

describe('end of publication periods (公示期满)', () => {
  it('queues one withdrawal event the day after the last public day, however often it runs', async () => {
    const site = await registerInstitution(hub, { name: '公示期满测试医院' });
    const penalty = await recordPenalty(hub, site.id, '2025-03-03');
    const disclosure = await publishedDisclosureOf(penalty.decisionNumber, '2025-03-10');
    const lastDay = disclosure.publicUntil!;

    await endPublicationPeriods(hub.database.db, lastDay);
    expect(await periodEndedEvents(disclosure.id)).toEqual([]); // still shown on its last day

    expect(await endPublicationPeriods(hub.database.db, addDays(lastDay, 1))).toBeGreaterThanOrEqual(1);
    expect(await periodEndedEvents(disclosure.id)).toEqual([{ kind: 'WITHDRAWN', reason: 'PERIOD_ENDED', occurred_on: addDays(lastDay, 1) }]);

    // A run missed for weeks and then two runs at once: still one event.
    await Promise.all([endPublicationPeriods(hub.database.db, addDays(lastDay, 30)), endPublicationPeriods(hub.database.db, addDays(lastDay, 30))]);
    expect(await periodEndedEvents(disclosure.id)).toHaveLength(1);
  });

  it('leaves alone disclosures already withdrawn and those never published', async () => {
    const site = await registerInstitution(hub, { name: '撤销公示测试医院' });
    const revoked = await recordPenalty(hub, site.id, '2025-04-01');
    const withdrawn = await publishedDisclosureOf(revoked.decisionNumber, '2025-04-03');
    const revocation = await hub.execute(RevokePenaltyDocument, { input: { id: revoked.id, version: revoked.version, reason: '复议撤销', revokedOn: '2025-05-01' } });
    expect(revocation.data?.revokePenalty.__typename).toBe('RevokePenaltySuccess');
    const unpublished = await recordPenalty(hub, site.id, '2025-04-02');

    await endPublicationPeriods(hub.database.db, addMonths(today, 60));
    expect(await periodEndedEvents(withdrawn.id)).toEqual([]);
    const pending = await hub.database.pool.query(`SELECT count(*)::int AS n FROM disclosure_event e JOIN disclosure d ON d.id = e.disclosure_id WHERE d.penalty_id = $1`, [local(unpublished.id)]);
    expect(pending.rows[0].n).toBe(0);
  });
});

describe('credit as records age (信用评价随时间更新)', () => {
  const credit = async (id: string) =>
    ((await hub.execute(InstitutionCreditDocument, { id })).data?.node as { credit: CreditEvaluationFieldsFragment | null; creditHistory: CreditEvaluationFieldsFragment[] })!;

  it('re-evaluates a grade once a penalty leaves its window, and writes nothing when nothing changed', async () => {
    const site = await registerInstitution(hub, { name: '信用老化测试医院' });
    await hub.execute(RecordSelfInspectionDocument, {
      input: { institutionId: site.id, kind: 'COMPREHENSIVE', inspectedOn: addDays(today, -10), findings: '无', problemsFound: 0, problemsRectified: 0 },
    });
    await recordPenalty(hub, site.id, addDays(today, -20), 'SERIOUS');
    expect((await credit(site.id)).credit).toMatchObject({ score: 85, grade: 'B', trigger: 'PENALTY_RECORDED' });

    // Still inside both windows: nothing to write.
    const unchanged = await recomputeAgedCredit(hub.database.db, today);
    expect(unchanged.evaluated).toBeGreaterThanOrEqual(1);
    expect((await credit(site.id)).creditHistory).toHaveLength(2);

    // Three years on, the penalty has aged out and so has the self-inspection (12 months).
    const later = addMonths(today, 37);
    const first = await recomputeAgedCredit(hub.database.db, later);
    expect(first.changed).toBeGreaterThanOrEqual(1);
    expect((await credit(site.id)).credit).toMatchObject({ score: 95, grade: 'A', trigger: 'AGING', asOf: later });
    const again = await recomputeAgedCredit(hub.database.db, later);
    expect(again.changed).toBe(0);
    expect((await credit(site.id)).creditHistory).toHaveLength(3);
  });

  it('stops when asked and, run again, finishes without repeating or skipping anyone', async () => {
    const sites = [];
    for (let i = 0; i < 3; i++) {
      const site = await registerInstitution(hub, { name: `信用中断测试医院${i}` });
      await recordPenalty(hub, site.id, addDays(today, -5), 'GENERAL');
      sites.push(site);
    }
    const later = addMonths(today, 40);
    // A signal that fires after two institutions have been re-evaluated, as a stopping worker's would.
    let checks = 0;
    const stopsAfterTwo = { throwIfAborted: () => { if (++checks > 2) throw new Error('worker stopping'); } } as AbortSignal;
    await expect(recomputeAgedCredit(hub.database.db, later, stopsAfterTwo)).rejects.toThrow('worker stopping');
    expect(checks).toBe(3);
    await recomputeAgedCredit(hub.database.db, later);
    for (const site of sites) {
      const history = (await credit(site.id)).creditHistory;
      expect(history.filter((e) => e.trigger === 'AGING' && e.asOf === later)).toHaveLength(1);
    }
  });
});
