import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { penaltyPublicationPeriod, publicationRules } from '../../src/domain/disclosure/periods.js';
import { addWorkingDays, isWorkingDay, type WorkingCalendar } from '../../src/domain/disclosure/working-days.js';

const file = JSON.parse(readFileSync('rules/calendar/china-working-days.json', 'utf8'));
const calendar: WorkingCalendar = { holidays: new Set(file.holidays), adjustedWorkingDays: new Set(file.adjustedWorkingDays) };
const rules = publicationRules.parse(JSON.parse(readFileSync('rules/disclosure/publication-periods.json', 'utf8')));

describe('working-day calendar', () => {
  it('knows weekends, holidays and adjusted working days', () => {
    expect(isWorkingDay('2025-10-03', calendar)).toBe(false); // National Day
    expect(isWorkingDay('2025-10-11', calendar)).toBe(true); // a Saturday worked in exchange
    expect(isWorkingDay('2025-10-12', calendar)).toBe(false); // Sunday
    expect(isWorkingDay('2025-10-09', calendar)).toBe(true);
  });

  it('the 7-working-day deadline runs over the National Day holiday', () => {
    // Decided Tuesday 30 September 2025: 1–8 October are off, 11 October (Saturday) is worked.
    expect(addWorkingDays('2025-09-30', 7, calendar)).toBe('2025-10-16');
    // Without the holiday it would have been 9 October.
    expect(addWorkingDays('2025-09-30', 7, { holidays: new Set(), adjustedWorkingDays: new Set() })).toBe('2025-10-09');
  });

  it('the deadline over the Spring Festival counts the adjusted Saturday', () => {
    // 13, 14 (Saturday, worked), then 15–23 off, then 24, 25, 26, 27 and 28 (Saturday, worked).
    expect(addWorkingDays('2026-02-12', 7, calendar)).toBe('2026-02-28');
  });
});

describe('publication periods', () => {
  it('the rule in force on the decision date applies: 2026-03-31 and 2026-04-01 differ for serious cases', () => {
    const before = penaltyPublicationPeriod(rules, { decidedOn: '2026-03-31', severity: 'SERIOUS', categories: ['FINE'] });
    const after = penaltyPublicationPeriod(rules, { decidedOn: '2026-04-01', severity: 'SERIOUS', categories: ['FINE'] });
    expect(before).toEqual({ ruleCode: '2019', severity: 'SERIOUS', publicUntil: '2029-03-30', earliestRepairOn: '2026-09-30', publishedByDefault: true });
    expect(after).toEqual({ ruleCode: '2026', severity: 'SERIOUS', publicUntil: '2029-03-31', earliestRepairOn: '2027-04-01', publishedByDefault: true });
  });

  it('periods count from the decision date, as credit repair does: the last day is the day before the anniversary of the decision', () => {
    expect(penaltyPublicationPeriod(rules, { decidedOn: '2025-01-15', severity: 'GENERAL', categories: ['FINE'] })).toMatchObject({ publicUntil: '2026-01-14', earliestRepairOn: '2025-04-15' });
  });

  it('minor cases under the 2026 rule are not published by default, and for at most 3 months when a regulator chooses to', () => {
    expect(penaltyPublicationPeriod(rules, { decidedOn: '2026-05-01', severity: 'MINOR', categories: ['WARNING'] })).toMatchObject({
      publicUntil: '2026-07-31',
      earliestRepairOn: '2026-05-01',
      publishedByDefault: false,
    });
    // Under the 2019 rule a minor case was published like a general one.
    expect(penaltyPublicationPeriod(rules, { decidedOn: '2026-03-31', severity: 'MINOR', categories: ['WARNING'] }).publishedByDefault).toBe(true);
  });

  it('several categories in one decision take the longest period', () => {
    const warningOnly = penaltyPublicationPeriod(rules, { decidedOn: '2026-05-01', severity: 'MINOR', categories: ['WARNING'] });
    const withRevocation = penaltyPublicationPeriod(rules, { decidedOn: '2026-05-01', severity: 'MINOR', categories: ['WARNING', 'REVOKE_LICENSE'] });
    expect(warningOnly.severity).toBe('MINOR');
    expect(withRevocation).toMatchObject({ severity: 'SERIOUS', publicUntil: '2029-04-30', publishedByDefault: true });
  });
});
