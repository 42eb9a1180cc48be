import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_RESOLVED_VALUES } from '../../src/server/list-cost.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

async function ask(query: string) {
  const response = await hub.hub.fetch('http://hub.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
}

/** `region { parent { children { parent { children … } } } }`, `levels` fields deep. */
function regionWalk(levels: number) {
  let inner = 'code name';
  for (let i = levels; i > 1; i--) inner = `${i % 2 === 0 ? 'parent' : 'children'} { code ${inner} }`;
  return `{ region(code: "320000") { ${inner} } }`;
}

describe('lists inside lists are bounded by the cost limit, whatever their resolver', () => {
  it('a walk up and down the region tree from the public, within the depth limit, is rejected before anything runs', async () => {
    const body = await ask(regionWalk(11));
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.map((e) => e.message).join(' ')).toMatch(/too many values/);
    expect(JSON.stringify(body)).not.toContain(String(MAX_RESOLVED_VALUES));
  });

  it('a province with its cities and their counties is answered', async () => {
    const body = await ask(`{ region(code: "320000") { name children { name children { code } } } }`);
    expect(body.errors).toBeUndefined();
    const province = (body.data as { region: { children: { children: unknown[] }[] } }).region;
    expect(province.children.length).toBeGreaterThan(10);
    expect(province.children.flatMap((city) => city.children).length).toBeGreaterThan(50);
  });
});
