import { describe, expect, it } from 'vitest';
import { todayInChina } from '../../src/domain/today.js';

describe("today's date in China", () => {
  it('turns over at midnight in Beijing, eight hours ahead of UTC', () => {
    expect(todayInChina(new Date('2026-11-28T15:59:59.999Z'))).toBe('2026-11-28');
    expect(todayInChina(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
  });

  it('answers for whatever moment it is given, one call after another', () => {
    expect(todayInChina(new Date('2024-02-28T16:30:00Z'))).toBe('2024-02-29');
    expect(todayInChina(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
  });
});
