import { createHash, randomBytes } from 'node:crypto';

/**
 * 双随机: targets and inspectors drawn from a recorded seed. Every choice is a pure function of
 * the seed and the ids involved, so anyone holding the seed and the recorded population and roster
 * can re-run the draw and get the same result.
 */
export type DrawGrade = 'A' | 'B' | 'C' | 'D' | 'UNRATED';

export interface DrawInput {
  seed: string;
  population: readonly { institutionId: string; grade: DrawGrade }[];
  /** Share of each grade drawn (higher for C and D). */
  ratios: Readonly<Record<DrawGrade, number>>;
  roster: readonly { inspectorId: string; conflicts: readonly string[] }[];
  inspectorsPerTarget: number;
}

export interface DrawResult {
  targets: { institutionId: string; grade: DrawGrade; inspectorIds: string[] }[];
  /** Drawn institutions for which too few inspectors are free of conflicts. */
  understaffed: string[];
}

/** A seed nobody chose: 32 bytes from the operating system's generator, as hex. */
export const newDrawSeed = (): string => randomBytes(32).toString('hex');

/**
 * The commitment published before the draw: SHA-256 of the seed's UTF-8 bytes, as hex. Anyone can
 * recompute it (e.g. `printf %s SEED | sha256sum`) once the seed is revealed.
 */
export const seedCommitment = (seed: string): string => createHash('sha256').update(seed, 'utf8').digest('hex');

/** A number in [0, 1) fixed by the seed and the parts. */
export function drawUnit(seed: string, ...parts: string[]): number {
  const digest = createHash('sha256').update([seed, ...parts].join('\u0000')).digest();
  // 52 bits: exactly representable as a double.
  return (digest.readUInt32BE(0) * 2 ** 20 + (digest.readUInt32BE(4) >>> 12)) / 2 ** 52;
}

export function drawTargets(input: DrawInput): DrawResult {
  const targets: DrawResult['targets'] = [];
  const understaffed: string[] = [];
  const population = [...input.population].sort((a, b) => compareIds(a.institutionId, b.institutionId));
  const drawn = population.filter((m) => drawUnit(input.seed, 'target', m.institutionId) < input.ratios[m.grade]);
  // A population that is not empty yields at least one target: the member the seed ranks first
  // (lowest draw relative to its grade's share), so small populations are never left unvisited.
  if (drawn.length === 0 && population.length > 0) {
    const rank = (m: (typeof population)[number]) => drawUnit(input.seed, 'target', m.institutionId) / Math.max(input.ratios[m.grade], Number.EPSILON);
    drawn.push([...population].sort((a, b) => rank(a) - rank(b))[0]!);
  }
  for (const member of drawn) {
    const eligible = input.roster
      .filter((i) => !i.conflicts.includes(member.institutionId))
      .map((i) => ({ id: i.inspectorId, order: drawUnit(input.seed, 'inspector', member.institutionId, i.inspectorId) }))
      .sort((a, b) => a.order - b.order)
      .slice(0, input.inspectorsPerTarget)
      .map((i) => i.id)
      .sort(compareIds);
    if (eligible.length < input.inspectorsPerTarget) understaffed.push(member.institutionId);
    targets.push({ institutionId: member.institutionId, grade: member.grade, inspectorIds: eligible });
  }
  return { targets, understaffed };
}

const compareIds = (a: string, b: string) => (a.length - b.length) || (a < b ? -1 : a > b ? 1 : 0);
