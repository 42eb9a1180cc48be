import type { Transaction } from 'kysely';
import { bulkInsert } from '../db/bulk-insert.js';
import type { DB } from '../db/schema.generated.js';
import { addDays } from '../domain/scoring/dates.js';
import type { SeededRandom } from './random.js';
import { personName } from './plan.js';

/**
 * Supervision records for the synthetic dataset: inspectors per province, inspections of about
 * a third of the institutions, penalties of a few, adverse-practice points where a shipped rule
 * binds, and the published disclosures of penalties and licenses.
 */
export interface RecordCounts {
  inspectors: number;
  inspections: number;
  penalties: number;
  scoreEvents: number;
  disclosures: number;
}

/** The deciding health commission (卫生健康委员会) of seeded penalties and practitioners' registrations. */
export const AUTHORITY_USCC = '12110000400686291H';

export async function seedSupervisionRecords(trx: Transaction<DB>, random: SeededRandom, onProgress?: (stage: string, done: number, total: number) => void): Promise<RecordCounts> {
  const institutions = await trx.selectFrom('institution').select(['id', 'name', 'uscc', 'region_code']).orderBy('id').execute();
  const provinces = [...new Set(institutions.map((i) => i.region_code.slice(0, 2)))].sort();
  const inspectors = await bulkInsert(
    trx,
    'inspector',
    { name: 'text', badge_number: 'text', region_code: 'text' },
    provinces.flatMap((p) => Array.from({ length: 5 }, (_, k) => ({ name: personName(random), badge_number: `${p}-SEED-${k + 1}`, region_code: `${p}0000` }))),
    ['id', 'region_code'],
  );
  const rosterOf = new Map<string, string[]>();
  for (const i of inspectors) rosterOf.set(i.region_code.slice(0, 2), [...(rosterOf.get(i.region_code.slice(0, 2)) ?? []), i.id]);

  const inspected = institutions.filter(() => random.chance(0.3));
  const inspectionRows = inspected.map((i) => {
    const result = random.pick(['COMPLIANT', 'COMPLIANT', 'COMPLIANT', 'RECTIFICATION_REQUIRED', 'VIOLATION_FOUND']);
    const on = `202${random.int(3, 5)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    return {
      subject_institution_id: i.id,
      kind: 'ROUTINE',
      inspected_on: on,
      findings: result === 'COMPLIANT' ? '未发现违法违规行为' : '发现问题，责令整改',
      result,
      rectification_deadline: result === 'RECTIFICATION_REQUIRED' ? addDays(on, 30) : null,
      recorded_by: 'seed',
    };
  });
  const inspections = await bulkInsert(
    trx,
    'inspection',
    { subject_institution_id: 'bigint', kind: 'text', inspected_on: 'date', findings: 'text', result: 'text', rectification_deadline: 'date', recorded_by: 'text' },
    inspectionRows,
    ['id', 'subject_institution_id'],
  );
  const regionOf = new Map(institutions.map((i) => [i.id, i.region_code]));
  await bulkInsert(
    trx,
    'inspection_inspector',
    { inspection_id: 'bigint', inspector_id: 'bigint' },
    inspections.flatMap((x) => (rosterOf.get(regionOf.get(x.subject_institution_id)!.slice(0, 2)) ?? []).slice(0, 2).map((inspector) => ({ inspection_id: x.id, inspector_id: inspector }))),
  );
  onProgress?.('inspections', inspections.length, inspections.length);

  const penalised = institutions.filter(() => random.chance(0.04));
  const penaltyRows = penalised.map((i, n) => {
    const fine = random.int(1, 50) * 1000;
    return {
      decision_number: `卫医罚〔${random.int(2023, 2025)}〕${n + 1}号`,
      subject_institution_id: i.id,
      violation_type: random.pick(['使用非卫生技术人员从事医疗卫生技术工作', '超出登记的诊疗科目范围开展诊疗活动', '未按规定校验医疗机构执业许可证']),
      facts: '经查，该机构存在上述违法行为。',
      legal_basis: '《医疗机构管理条例》',
      categories: ['WARNING', 'FINE'],
      content: `警告，并处罚款人民币${fine}元`,
      fine_yuan: `${fine}.00`,
      decided_on: `202${random.int(3, 5)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      authority_name: '卫生健康委员会',
      authority_uscc: AUTHORITY_USCC,
      severity: random.pick(['GENERAL', 'GENERAL', 'SERIOUS']),
      recorded_by: 'seed',
    };
  });
  // A text[] column does not pass through unnest, so penalties go in ordinary multi-row inserts.
  const penalties: { id: string; subject_institution_id: string; decision_number: string; decided_on: string; severity: string }[] = [];
  for (let start = 0; start < penaltyRows.length; start += 1_000) {
    penalties.push(
      ...(await trx
        .insertInto('penalty')
        .values(penaltyRows.slice(start, start + 1_000))
        .returning(['id', 'subject_institution_id', 'decision_number', 'decided_on', 'severity'])
        .execute()) as typeof penalties,
    );
  }
  onProgress?.('penalties', penalties.length, penalties.length);

  const rules = await trx.selectFrom('score_rule_set').select(['id', 'code', 'jurisdiction_code', 'definition']).where('subject_kind', '=', 'INSTITUTION').where('version', '=', 1).execute();
  const scoreRows = institutions.flatMap((i) => {
    const rule = rules.find((r) => r.jurisdiction_code.slice(0, 2) === i.region_code.slice(0, 2));
    if (!rule || !random.chance(0.15)) return [];
    const items = (rule.definition as { items: { code: string; points: number }[] }).items;
    return Array.from({ length: random.int(1, 3) }, () => {
      const item = random.pick(items);
      return { rule_set_id: rule.id, rule_code: rule.code, subject_institution_id: i.id, item_code: item.code, points: item.points, occurred_on: `2025-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`, source_kind: 'INSPECTION', recorded_by: 'seed' };
    });
  });
  await bulkInsert(trx, 'score_event', { rule_set_id: 'bigint', rule_code: 'text', subject_institution_id: 'bigint', item_code: 'text', points: 'int', occurred_on: 'date', source_kind: 'text', recorded_by: 'text' }, scoreRows);
  onProgress?.('score events', scoreRows.length, scoreRows.length);

  const nameOf = new Map(institutions.map((i) => [i.id, i]));
  const disclosures = await bulkInsert(
    trx,
    'disclosure',
    { kind: 'text', region_code: 'text', subject_institution_id: 'bigint', penalty_id: 'bigint', title: 'text', content: 'jsonb', decided_on: 'date', published_on: 'date', public_until: 'date' },
    penalties.map((p) => {
      const institution = nameOf.get(p.subject_institution_id)!;
      return {
        kind: 'PENALTY',
        region_code: institution.region_code,
        subject_institution_id: institution.id,
        penalty_id: p.id,
        title: `行政处罚决定 ${p.decision_number}`,
        content: JSON.stringify({ decisionNumber: p.decision_number, subjectName: institution.name, subjectUscc: institution.uscc }),
        decided_on: p.decided_on,
        published_on: addDays(p.decided_on, 3),
        public_until: addDays(p.decided_on, p.severity === 'SERIOUS' ? 1095 : 365),
      };
    }),
    ['id'],
  );
  return { inspectors: inspectors.length, inspections: inspections.length, penalties: penalties.length, scoreEvents: scoreRows.length, disclosures: disclosures.length };
}
