import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCredit, type CreditInputs } from '../../src/domain/credit/evaluate.js';
import { creditSchemeFile } from '../../src/domain/credit/scheme.js';

const scheme = creditSchemeFile.parse(JSON.parse(readFileSync('rules/credit/institution-scheme.json', 'utf8'))).definition;
const empty = (): CreditInputs => ({ penalties: [], scoreEvents: [], complaints: [], selfInspections: [{ id: 's', inspectedOn: '2024-03-01' }], commitmentBreaches: [] });

describe('credit evaluation', () => {
  it('a clean record with a recent self-inspection is 100, grade A', () => {
    expect(evaluateCredit(scheme, empty(), '2024-06-01')).toEqual({ score: 100, grade: 'A', deductions: [] });
  });

  it('deducts by severity within the lookback, ignores revoked and older penalties', () => {
    const inputs = { ...empty(), penalties: [
      { id: 'p1', decidedOn: '2024-01-01', severity: 'SERIOUS' as const, revoked: false },
      { id: 'p2', decidedOn: '2024-02-01', severity: 'GENERAL' as const, revoked: true },
      { id: 'p3', decidedOn: '2021-05-31', severity: 'GENERAL' as const, revoked: false },
    ] };
    const result = evaluateCredit(scheme, inputs, '2024-06-01');
    expect(result.deductions.map((d) => [d.kind, d.points, d.recordIds])).toEqual([['PENALTY', 15, ['p1']]]);
    expect(result).toMatchObject({ score: 85, grade: 'B' });
  });

  it('caps score-point and complaint deductions and counts missing self-inspection and broken commitments', () => {
    const inputs: CreditInputs = {
      penalties: [],
      scoreEvents: Array.from({ length: 8 }, (_, i) => ({ id: `e${i}`, occurredOn: '2024-05-01', points: 12, reversed: i === 0 })),
      complaints: Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, closedOn: '2024-04-01', substantiated: i !== 0 })),
      selfInspections: [{ id: 'old', inspectedOn: '2022-01-01' }],
      commitmentBreaches: [{ id: 'b', breachedOn: '2023-01-01' }],
    };
    const result = evaluateCredit(scheme, inputs, '2024-06-01');
    expect(Object.fromEntries(result.deductions.map((d) => [d.kind, d.points]))).toEqual({ SCORE_POINTS: 30, COMPLAINTS: 10, NO_SELF_INSPECTION: 5, COMMITMENT_BREACH: 10 });
    expect(result).toMatchObject({ score: 45, grade: 'D' });
  });

  it('grade boundaries are inclusive minimums', () => {
    const at = (deduction: number) => evaluateCredit({ ...scheme, selfInspection: { ...scheme.selfInspection, deductionIfNone: deduction } }, { ...empty(), selfInspections: [] }, '2024-06-01').grade;
    expect([at(10), at(10.1), at(20), at(20.1), at(40), at(40.1)]).toEqual(['A', 'B', 'B', 'C', 'C', 'D']);
  });
});
