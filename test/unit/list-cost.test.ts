import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse, validate, type DefinitionNode, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../bench/scenarios.js';
import { schema } from '../../src/graphql/schema.js';
import { listCostRule, MAX_RESOLVED_VALUES, resolvedValues } from '../../src/server/list-cost.js';

/** The list-aware count's verdict on a document: its rejections, if any. */
const rejections = (document: DocumentNode) => validate(schema, document, [listCostRule()]).map((error) => error.message);

const operations = parse(readdirSync('schema/operations').map((f) => readFileSync(`schema/operations/${f}`, 'utf8')).join('\n'));
const fragments = operations.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
const withFragments = (operation: DefinitionNode): DocumentNode => ({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] });

describe('lists inside lists are bounded, whatever their resolvers', () => {
  it.each(operations.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).map((d) => [(d as { name: { value: string } }).name.value, d] as const))(
    'admit the first-party operation %s',
    (_name, operation) => expect(rejections(withFragments(operation))).toEqual([]),
  );

  it.each(SCENARIOS.map((s) => [s.name, s.query] as const))('admit the benchmark query "%s"', (_name, query) => {
    expect(rejections(parse(query))).toEqual([]);
  });

  /** `region { parent { children { parent { children … } } } }`, `levels` fields deep. */
  const regionWalk = (levels: number) => {
    let inner = 'code name';
    for (let i = levels; i > 1; i--) inner = `${i % 2 === 0 ? 'parent' : 'children'} { code ${inner} }`;
    return `{ region(code: "320000") { ${inner} } }`;
  };

  it('reject a 13-level walk up and down the region tree (lists inside lists without page arguments)', () => {
    expect(rejections(parse(regionWalk(13))).join(' ')).toMatch(/too many values/);
  });

  it('admit a province with its cities and their counties', () => {
    expect(rejections(parse(`{ provinces { code children { code children { code name } } } }`))).toEqual([]);
  });

  it('count a connection\'s edges once, and a page size from a variable as one (its real size is counted when the operation runs)', () => {
    const count = (query: string) => {
      const document = parse(query);
      const operation = document.definitions[0] as { selectionSet: Parameters<typeof resolvedValues>[3] };
      return resolvedValues({ getFragment: () => null }, schema, schema.getQueryType()!, operation.selectionSet, 1);
    };
    const literal = count(`{ institutions(first: 10) { edges { node { name } } } }`);
    const variable = count(`query($n: Int) { institutions(first: $n) { edges { node { name } } } }`);
    expect(literal).toBe(1 * 10 + 10 + 10 + 10); // the connection's page, its edges, their nodes, their names
    expect(variable).toBe(4);
    expect(variable).toBeLessThan(MAX_RESOLVED_VALUES);
  });
});
