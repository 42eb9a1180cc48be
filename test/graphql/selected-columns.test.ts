import { getNamedType, isLeafType, isObjectType, Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { rowNeeds } from '../../src/graphql/selected-columns.js';
import { seedDataset } from '../../src/seed/seed.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  await seedDataset(hub.database.db, { institutions: 60, practitioners: 400, seed: 11, batchSize: 400 });
});
afterAll(() => hub.close());

const ask = (query: string, variables: Record<string, unknown> = {}) => hub.execute(parse(query) as TypedDocumentNode<any, any>, variables);

/** The types whose rows are read column by column: each of their fields must say what it reads. */
const NARROWED_TYPES = ['Institution', 'Practitioner', 'PracticeRegistration', 'License', 'LicenseValidation', 'Disclosure'];

/** A selection of `field` that depends on what its resolver read from the row. */
function selectionOf(field: GraphQLField<unknown, unknown>): string | null {
  if (field.args.some((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined)) return null;
  const named = getNamedType(field.type);
  if (isLeafType(named)) return field.name;
  if (isObjectType(named)) return `${field.name} { ${named.getInterfaces().some((i) => i.name === 'Node') ? 'id' : '__typename'} }`;
  return `${field.name} { __typename ... on Node { id } }`;
}

const objectType = (name: string) => schema.getType(name) as GraphQLObjectType;
const selectionsOf = (type: string) => Object.values(objectType(type).getFields()).map(selectionOf).filter((s): s is string => s !== null);

describe('reading only the selected columns', () => {
  it('every field of a narrowed type declares the columns it reads, so no selection falls back to whole rows', () => {
    for (const name of NARROWED_TYPES) {
      const undeclared = Object.values(objectType(name).getFields())
        .filter((f) => f.name !== 'id' && !(f.extensions as Record<string, unknown>).columns && !(f.extensions as Record<string, unknown>).pothosExposedField)
        .map((f) => f.name);
      expect({ type: name, undeclared }).toEqual({ type: name, undeclared: [] });
    }
  });

  it('finds the fields of a selection through fragments and ignores those on other types', () => {
    const document = parse(`
      query { node(id: "x") { ...Named ... on Institution { status region { code } } ... on Practitioner { profession } } }
      fragment Named on Institution { name }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    const nodeField = operation.selectionSet.selections[0] as FieldNode;
    const needs = rowNeeds({ fragments }, [nodeField], objectType('Institution'));
    expect(needs.columns?.sort()).toEqual(['id', 'name', 'region_code', 'status']);
  });

  it('a field that does not say what it reads makes the whole row load', () => {
    const penalty = objectType('Penalty');
    const undeclared = Object.values(penalty.getFields()).find((f) => f.name !== 'id' && isLeafType(getNamedType(f.type)) && !(f.extensions as Record<string, unknown>).columns && !(f.extensions as Record<string, unknown>).pothosExposedField)!;
    const declared = Object.values(penalty.getFields()).find((f) => (f.extensions as Record<string, unknown>).pothosExposedField)!;
    const fieldNode = (selection: string) => (parse(`{ node(id: "x") { ${selection} } }`).definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
    expect(rowNeeds({ fragments: {} }, [fieldNode(declared.name)], penalty).columns).toEqual(['id', (declared.extensions as { pothosExposedField: string }).pothosExposedField]);
    expect(rowNeeds({ fragments: {} }, [fieldNode(`${declared.name} ${undeclared.name}`)], penalty).columns).toBeNull();
  });

  it('each field answers the same asked alone as asked beside every other field', async () => {
    const page = await ask(`{ institutions(first: 20) { edges { node { id
      registrations(first: 3) { edges { node { id practitioner { id } } } }
      licenses(first: 3) { edges { node { id validations { validatedOn } } } } } } }
      disclosures(first: 5) { edges { node { id } } } }`);
    const institutions = page.data.institutions.edges.map((e: any) => e.node);
    const withRegistration = institutions.find((i: any) => i.registrations.edges.length > 0);
    const withValidatedLicense = institutions.find((i: any) => i.licenses.edges.some((l: any) => l.node.validations.length > 0));
    const registration = withRegistration.registrations.edges[0].node;
    const ids: Record<string, string> = {
      Institution: withValidatedLicense.id,
      Practitioner: registration.practitioner.id,
      PracticeRegistration: registration.id,
      License: withValidatedLicense.licenses.edges.find((l: any) => l.node.validations.length > 0).node.id,
      Disclosure: page.data.disclosures.edges[0].node.id,
    };
    let compared = 0;
    for (const [type, id] of Object.entries(ids)) {
      const selections = selectionsOf(type);
      const all = await ask(`query($id: ID!) { node(id: $id) { ... on ${type} { ${selections.join(' ')} } } }`, { id });
      expect(all.errors).toBeUndefined();
      for (const selection of selections) {
        const alone = await ask(`query($id: ID!) { node(id: $id) { ... on ${type} { ${selection} } } }`, { id });
        const name = selection.split(' ')[0]!;
        expect({ type, field: name, value: alone.data.node[name] }).toEqual({ type, field: name, value: all.data.node[name] });
        compared++;
      }
    }
    // Validations are reached through their license.
    const validationFields = selectionsOf('LicenseValidation');
    const allValidations = await ask(`query($id: ID!) { node(id: $id) { ... on License { validations { ${validationFields.join(' ')} } } } }`, { id: ids.License });
    for (const selection of validationFields) {
      const alone = await ask(`query($id: ID!) { node(id: $id) { ... on License { validations { ${selection} } } } }`, { id: ids.License });
      const name = selection.split(' ')[0]!;
      expect(alone.data.node.validations.map((v: any) => v[name])).toEqual(allValidations.data.node.validations.map((v: any) => v[name]));
      compared++;
    }
    expect(compared).toBeGreaterThan(60);
  });

  it('a page with registrations, their practitioners and licenses costs one statement per level, the practitioners joined', async () => {
    for (const first of [5, 40]) {
      const { result, statements } = await hub.executeCounted(
        parse(`query($first: Int) { institutions(first: $first) { edges { node { name
          registrations(first: 10) { edges { node { siteKind practitioner { name profession } } } }
          licenses(first: 5) { edges { node { number validUntil } } } } } } }`) as TypedDocumentNode<any, any>,
        { first },
      );
      expect(result.errors).toBeUndefined();
      const practitioners = result.data.institutions.edges.flatMap((e: any) => e.node.registrations.edges.map((r: any) => r.node.practitioner));
      expect(practitioners.length).toBeGreaterThan(0);
      expect(practitioners.every((p: any) => typeof p.name === 'string' && typeof p.profession === 'string')).toBe(true);
      expect(statements).toBe(3);
    }
  });

  it('a joined practitioner is the one the registration names', async () => {
    const result = await ask(`{ institutions(first: 30) { edges { node { registrations(first: 10) { edges { node { id practitioner { id name } } } } } } } }`);
    const registrations = result.data.institutions.edges.flatMap((e: any) => e.node.registrations.edges.map((r: any) => r.node));
    const rows = await hub.database.db
      .selectFrom('practice_registration')
      .innerJoin('practitioner', 'practitioner.id', 'practice_registration.practitioner_id')
      .select(['practice_registration.id as id', 'practitioner.name as name'])
      .execute();
    const nameByRegistration = new Map(rows.map((r) => [String(r.id), r.name]));
    expect(registrations.length).toBeGreaterThan(10);
    for (const registration of registrations) {
      const localId = Buffer.from(registration.id, 'base64').toString().split(':')[1]!;
      expect(registration.practitioner.name).toBe(nameByRegistration.get(localId));
    }
  });
});
