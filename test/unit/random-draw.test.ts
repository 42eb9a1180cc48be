import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTargets, drawUnit, type DrawGrade, type DrawInput } from '../../src/domain/random-draw.js';

const ratios = { A: 0.05, B: 0.1, C: 0.3, D: 0.6, UNRATED: 0.1 };
const population = (counts: Partial<Record<DrawGrade, number>>) => {
  let next = 1;
  return Object.entries(counts).flatMap(([grade, n]) => Array.from({ length: n }, () => ({ institutionId: String(next++), grade: grade as DrawGrade })));
};
const roster = (n: number, conflicts: Record<string, string[]> = {}) => Array.from({ length: n }, (_, i) => ({ inspectorId: `9${i}`, conflicts: conflicts[`9${i}`] ?? [] }));

describe('random draw (双随机)', () => {
  it('gives the same draw for the same seed, whatever order the population comes in', () => {
    const input: DrawInput = { seed: '2024-Q2-南通', population: population({ A: 50, C: 50 }), ratios, roster: roster(6), inspectorsPerTarget: 2 };
    const again = drawTargets({ ...input, population: [...input.population].reverse(), roster: [...input.roster].reverse() });
    expect(drawTargets(input)).toEqual(again);
    expect(drawTargets({ ...input, seed: 'another seed' })).not.toEqual(drawTargets(input));
  });

  it('honours the grade weights over many draws', () => {
    const members = population({ A: 500, D: 500 });
    const drawn = { A: 0, D: 0 };
    const seeds = Array.from({ length: 40 }, (_, i) => `seed-${i}`);
    for (const seed of seeds) {
      for (const t of drawTargets({ seed, population: members, ratios, roster: roster(4), inspectorsPerTarget: 2 }).targets) drawn[t.grade as 'A' | 'D']++;
    }
    const trials = 500 * seeds.length;
    expect(Math.abs(drawn.A / trials - ratios.A)).toBeLessThan(0.01);
    expect(Math.abs(drawn.D / trials - ratios.D)).toBeLessThan(0.02);
  });

  it('never assigns an inspector to an institution he has a recorded conflict with (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 30 }), (seed, conflicted) => {
        const members = population({ D: 30 });
        const conflictOwner = { '90': [String(conflicted)], '91': [String(conflicted)] };
        const result = drawTargets({ seed, population: members, ratios: { ...ratios, D: 1 }, roster: roster(4, conflictOwner), inspectorsPerTarget: 2 });
        const target = result.targets.find((t) => t.institutionId === String(conflicted))!;
        expect(target.inspectorIds).not.toContain('90');
        expect(target.inspectorIds).not.toContain('91');
        expect(target.inspectorIds).toHaveLength(2);
      }),
      { numRuns: 200 },
    );
  });

  it('reports targets that too few conflict-free inspectors can cover', () => {
    const result = drawTargets({ seed: 's', population: population({ D: 3 }), ratios: { ...ratios, D: 1 }, roster: roster(2, { '90': ['2'] }), inspectorsPerTarget: 2 });
    expect(result.understaffed).toEqual(['2']);
  });

  it('draw units are uniform enough and stable', () => {
    expect(drawUnit('a', 'b')).toBe(drawUnit('a', 'b'));
    const units = Array.from({ length: 10_000 }, (_, i) => drawUnit('uniform', String(i)));
    expect(Math.min(...units)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...units)).toBeLessThan(1);
    const mean = units.reduce((s, u) => s + u, 0) / units.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
  });
});

describe('a population that is not empty', () => {
  it('draws at least one target even when every share rounds to nothing, the same one for the same seed', () => {
    const input: DrawInput = {
      seed: 'small-county',
      population: [{ institutionId: '1', grade: 'A' }, { institutionId: '2', grade: 'A' }],
      ratios: { A: 0, B: 0, C: 0, D: 0, UNRATED: 0 },
      roster: [{ inspectorId: '10', conflicts: [] }, { inspectorId: '11', conflicts: [] }],
      inspectorsPerTarget: 2,
    };
    const first = drawTargets(input);
    expect(first.targets).toHaveLength(1);
    expect(drawTargets(input)).toEqual(first);
    expect(drawTargets({ ...input, population: [] }).targets).toEqual([]);
  });
});
