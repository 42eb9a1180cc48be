import { describe, expect, it } from 'vitest';
import { addMonths, monthsBetween } from '../../src/domain/scoring/dates.js';
import { evaluateWindow, windowContaining, type ScoredEvent, type SubjectFacts } from '../../src/domain/scoring/evaluate.js';
import { ruleSetDefinition, type RuleSetDefinition } from '../../src/domain/scoring/rule-set.js';
import { pointsFor, scoreStatus, versionInForce, type RuleSetVersion } from '../../src/domain/scoring/status.js';

const facts = (over: Partial<SubjectFacts> = {}): SubjectFacts => ({ licenseDate: '2020-03-15', validationPeriodYears: 1, passedValidations: [], ...over });
const event = (id: string, occurredOn: string, points: number, reversed = false): ScoredEvent => ({ id, occurredOn, points, reversed });

const definition = (over: Partial<RuleSetDefinition> = {}): RuleSetDefinition =>
  ruleSetDefinition.parse({
    items: [
      { code: 'A1', text: '使用非卫生技术人员从事医疗卫生技术工作', points: 6, perUnit: true },
      { code: 'A2', text: '未按规定公示', points: 2 },
    ],
    windows: [
      {
        kind: 'CALENDAR_YEAR',
        years: 1,
        thresholds: [
          { basis: 'CUMULATIVE', points: 12, description: '≥12 重点监管', consequences: [{ kind: 'KEY_SUPERVISION' }] },
          { basis: 'SINGLE_EVENT', points: 10, description: '一次记10分 约谈', consequences: [{ kind: 'INTERVIEW' }] },
        ],
      },
    ],
    ...over,
  });

describe('calendar arithmetic', () => {
  it('clamps month ends and counts whole months', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(monthsBetween('2020-03-15', '2021-03-14')).toBe(11);
    expect(monthsBetween('2020-03-15', '2021-03-15')).toBe(12);
  });
});

describe('windows', () => {
  it('a calendar year ends on 31 December: an event on 1 January starts a new count', () => {
    const window = definition().windows[0]!;
    const events = [event('e1', '2024-12-31', 8), event('e2', '2025-01-01', 8)];
    expect(evaluateWindow(window, events, '2024-12-31', facts(), 2019).points).toBe(8);
    expect(evaluateWindow(window, events, '2025-01-01', facts(), 2019)).toMatchObject({ start: '2025-01-01', end: '2026-01-01', points: 8, eventIds: ['e2'] });
  });

  it('multi-year calendar windows are blocks from the epoch year', () => {
    expect(windowContaining({ kind: 'CALENDAR_YEAR', years: 3 }, '2024-06-01', facts(), 2019)).toEqual({ start: '2022-01-01', end: '2025-01-01' });
    expect(windowContaining({ kind: 'CALENDAR_YEAR', years: 3 }, '2025-01-01', facts(), 2019)).toEqual({ start: '2025-01-01', end: '2028-01-01' });
  });

  it('license windows start on the license date and turn over on its anniversary', () => {
    const window = { kind: 'LICENSE_ANNIVERSARY' as const, years: 1 };
    expect(windowContaining(window, '2024-03-14', facts(), 2019)).toEqual({ start: '2023-03-15', end: '2024-03-15' });
    expect(windowContaining(window, '2024-03-15', facts(), 2019)).toEqual({ start: '2024-03-15', end: '2025-03-15' });
    expect(windowContaining({ kind: 'VALIDATION_PERIOD', years: 3 }, '2024-03-15', facts(), 2019)).toEqual({ start: '2023-03-15', end: '2026-03-15' });
  });

  it('without a license on record, license windows fall back to calendar years', () => {
    expect(windowContaining({ kind: 'LICENSE_ANNIVERSARY', years: 1 }, '2024-05-01', facts({ licenseDate: null }), 2019)).toEqual({ start: '2024-01-01', end: '2025-01-01' });
  });

  it('a passed 校验 resets the count: only later events remain', () => {
    const window = { ...definition().windows[0]!, kind: 'VALIDATION_PERIOD' as const, years: 3, resetOnValidationPass: true };
    const events = [event('before', '2023-05-01', 6), event('after', '2024-05-01', 6)];
    const status = evaluateWindow(window, events, '2024-06-01', facts({ passedValidations: ['2024-01-10'] }), 2019);
    expect(status).toMatchObject({ resetAfter: '2024-01-10', points: 6, eventIds: ['after'] });
  });
});

describe('thresholds', () => {
  const window = definition().windows[0]!;

  it('cumulative: reached by the event that carries the total to the threshold, not before', () => {
    const under = evaluateWindow(window, [event('a', '2024-02-01', 6), event('b', '2024-03-01', 4)], '2024-12-01', facts(), 2019);
    expect(under.points).toBe(10);
    expect(under.reached.map((r) => r.threshold.description)).not.toContain('≥12 重点监管');
    const reached = evaluateWindow(window, [event('a', '2024-02-01', 6), event('b', '2024-03-01', 4), event('c', '2024-04-01', 2)], '2024-12-01', facts(), 2019);
    expect(reached.reached.find((r) => r.threshold.basis === 'CUMULATIVE')?.triggeredBy).toEqual(['c']);
  });

  it('single event: one event of enough points, however small the total otherwise', () => {
    const status = evaluateWindow(window, [event('big', '2024-02-01', 10)], '2024-12-01', facts(), 2019);
    expect(status.reached.map((r) => `${r.threshold.basis}:${r.triggeredBy}`)).toEqual(['SINGLE_EVENT:big']);
    const split = evaluateWindow(window, [event('x', '2024-02-01', 5), event('y', '2024-03-01', 5)], '2024-12-01', facts(), 2019);
    expect(split.reached).toEqual([]);
  });

  it('an upheld appeal reverses the points', () => {
    const status = evaluateWindow(window, [event('a', '2024-02-01', 6), event('b', '2024-03-01', 6, true)], '2024-12-01', facts(), 2019);
    expect(status.points).toBe(6);
    expect(status.reached).toEqual([]);
  });

  it('events after the as-of date do not count yet', () => {
    expect(evaluateWindow(window, [event('a', '2024-02-01', 6), event('later', '2024-09-01', 6)], '2024-06-01', facts(), 2019).points).toBe(6);
  });
});

describe('versions', () => {
  const v1: RuleSetVersion = { id: '1', version: 1, effectiveFrom: '2019-01-01', definition: definition() };
  const v2: RuleSetVersion = {
    id: '2',
    version: 2,
    effectiveFrom: '2024-07-01',
    definition: definition({
      items: [{ code: 'A1', text: '使用非卫生技术人员从事医疗卫生技术工作', points: 4, perUnit: true }, { code: 'A2', text: '未按规定公示', points: 1, perUnit: false }],
      windows: [{ kind: 'CALENDAR_YEAR', years: 1, resetOnValidationPass: false, thresholds: [{ basis: 'CUMULATIVE', points: 8, description: '≥8 重点监管', consequences: [{ kind: 'KEY_SUPERVISION' }] }] }],
    }),
  };

  it('picks the version in force on a date', () => {
    expect(versionInForce([v1, v2], '2024-06-30')?.version).toBe(1);
    expect(versionInForce([v1, v2], '2024-07-01')?.version).toBe(2);
    expect(versionInForce([v1, v2], '2018-12-31')).toBeNull();
  });

  it('each event keeps its own version’s points; thresholds are those in force on the as-of date', () => {
    const before = pointsFor(v1.definition, 'A1', 1)!; // 6 under v1
    const after = pointsFor(v2.definition, 'A1', 1)!; // 4 under v2
    expect([before, after]).toEqual([6, 4]);
    const events = [event('old', '2024-03-01', before), event('new', '2024-08-01', after)];
    const june = scoreStatus([v1, v2], events.slice(0, 1), '2024-06-30', facts());
    expect(june.current?.windows[0]?.points).toBe(6);
    expect(june.current?.consequences).toEqual([]); // v1 needs 12
    const december = scoreStatus([v1, v2], events, '2024-12-31', facts());
    expect(december.current?.ruleSetVersion.version).toBe(2);
    expect(december.current?.windows[0]?.points).toBe(10);
    expect(december.current?.consequences).toEqual(['KEY_SUPERVISION']); // v2 needs 8
  });

  it('per-unit items multiply, others do not', () => {
    expect(pointsFor(v1.definition, 'A1', 3)).toBe(18);
    expect(pointsFor(v1.definition, 'A2', 3)).toBe(2);
    expect(pointsFor(v1.definition, 'ZZ', 1)).toBeNull();
  });

  it('keeps the history of earlier windows back to the first event', () => {
    const events = [event('a', '2022-05-01', 6), event('b', '2023-05-01', 12), event('c', '2024-05-01', 2)];
    const status = scoreStatus([v1], events, '2024-06-01', facts());
    expect(status.current?.windows[0]?.points).toBe(2);
    expect(status.history.map((h) => [h.windows[0]?.start, h.windows[0]?.points, h.consequences])).toEqual([
      ['2023-01-01', 12, ['KEY_SUPERVISION', 'INTERVIEW']],
      ['2022-01-01', 6, []],
    ]);
  });
});

describe('rule set definitions', () => {
  it('refuse duplicate item codes and unknown consequences', () => {
    expect(() => definition({ items: [{ code: 'A1', text: 'x', points: 1, perUnit: false }, { code: 'A1', text: 'y', points: 2, perUnit: false }] })).toThrow(/appears twice/);
    expect(() =>
      ruleSetDefinition.parse({ items: [{ code: 'A', text: 'x', points: 1 }], windows: [{ kind: 'CALENDAR_YEAR', years: 1, thresholds: [{ basis: 'CUMULATIVE', points: 1, description: 'x', consequences: [{ kind: 'JAIL' }] }] }] }),
    ).toThrow();
  });
});
