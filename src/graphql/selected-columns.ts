import {
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * Which columns a query needs, read from what the client selected: a page of institutions asking
 * for `name` reads `id` and `name`, not every column (timestamps, JSON documents) of every row.
 *
 * A field says what it reads from its row with `extensions: { columns: [...] }` (`[]` when it
 * needs only the row's id); a field exposed with `t.expose…('column')` reads that column. A
 * selected field that says neither makes the whole row load, so a field added without the
 * declaration is slower, never wrong.
 */
export interface ColumnExtensions {
  /** Columns of the parent row that the field's resolver reads. */
  columns?: readonly string[];
  /**
   * The field is a to-one reference that a list may read in the same statement as its rows: the
   * referenced table and the column holding its id (see `child-pages.ts`).
   */
  joins?: { table: string; column: string };
  pothosExposedField?: string;
}

type SelectedFields = Map<string, FieldNode[]>;

/** The fields selected on `type` by `selectionSets`, through fragments, grouped by field name. */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fragments'>, selectionSets: readonly SelectionSetNode[], type: GraphQLObjectType): SelectedFields {
  const fields: SelectedFields = new Map();
  const appliesTo = (typeCondition: string | undefined) =>
    !typeCondition || typeCondition === type.name || type.getInterfaces().some((i) => i.name === typeCondition);
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const list = fields.get(selection.name.value) ?? [];
        list.push(selection);
        fields.set(selection.name.value, list);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (appliesTo(selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && appliesTo(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  selectionSets.forEach(visit);
  return fields;
}

const selectionSetsOf = (nodes: readonly FieldNode[]) => nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));

/** What a selection of `type` needs from its row: columns, and references it may read joined. */
export interface RowNeeds {
  /** Always includes `id`; null when a selected field does not declare what it reads. */
  columns: string[] | null;
  /** Selected to-one references that can be joined, with what their own selection needs. */
  joins: { field: string; table: string; column: string; needs: RowNeeds }[];
}

export function rowNeeds(info: Pick<GraphQLResolveInfo, 'fragments'>, fieldNodes: readonly FieldNode[], type: GraphQLObjectType): RowNeeds {
  const columns = new Set(['id']);
  const joins: RowNeeds['joins'] = [];
  let complete = true;
  for (const [name, nodes] of selectedFields(info, selectionSetsOf(fieldNodes), type)) {
    if (name === '__typename' || name === 'id') continue;
    const field = type.getFields()[name];
    const extensions = (field?.extensions ?? {}) as ColumnExtensions;
    const reads = extensions.columns ?? (extensions.pothosExposedField ? [extensions.pothosExposedField] : null);
    if (!reads) {
      complete = false;
      continue;
    }
    for (const column of reads) columns.add(column);
    const target = field && getNamedType(field.type);
    if (extensions.joins && target && isObjectType(target)) joins.push({ field: name, ...extensions.joins, needs: rowNeeds(info, nodes, target) });
  }
  return { columns: complete ? [...columns] : null, joins };
}

/**
 * Needs computed once per place in a parsed operation: a field under a list resolves once per
 * parent row with the same field nodes, and walking its selection for each of a hundred parents
 * was a tenth of a nested list's time. Keyed by the first field node (parsed documents are
 * cached, so the nodes persist) and checked against the rest and the return type, which fragments
 * spread on different types could change. The needs returned are shared: never to be mutated.
 */
const needsByField = new WeakMap<FieldNode, { kind: string; fieldNodes: readonly FieldNode[]; returnType: unknown; needs: RowNeeds }[]>();

function cachedNeeds(kind: string, info: GraphQLResolveInfo, compute: (info: GraphQLResolveInfo) => RowNeeds): RowNeeds {
  const first = info.fieldNodes[0];
  if (!first) return compute(info);
  let entries = needsByField.get(first);
  const found = entries?.find(
    (e) => e.kind === kind && e.returnType === info.returnType && e.fieldNodes.length === info.fieldNodes.length && e.fieldNodes.every((node, i) => node === info.fieldNodes[i]),
  );
  if (found) return found.needs;
  const needs = compute(info);
  if (!entries) needsByField.set(first, (entries = []));
  entries.push({ kind, fieldNodes: info.fieldNodes, returnType: info.returnType, needs });
  return needs;
}

/** The needs of the nodes of a connection field (`edges { node { … } }`) being resolved. */
export function connectionNodeNeeds(info: GraphQLResolveInfo): RowNeeds {
  return cachedNeeds('connection', info, computeConnectionNodeNeeds);
}

function computeConnectionNodeNeeds(info: GraphQLResolveInfo): RowNeeds {
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return { columns: null, joins: [] };
  const edgeField = connection.getFields()['edges'];
  const edgeType = edgeField && getNamedType(edgeField.type);
  if (!edgeType || !isObjectType(edgeType)) return { columns: null, joins: [] };
  const edges = selectedFields(info, selectionSetsOf(info.fieldNodes), connection).get('edges') ?? [];
  const nodes = selectedFields(info, selectionSetsOf(edges), edgeType).get('node') ?? [];
  const nodeType = getNamedType(edgeType.getFields()['node']!.type);
  return isObjectType(nodeType) ? rowNeeds(info, nodes, nodeType) : { columns: null, joins: [] };
}

/** The needs of a `node`/`nodes` field's rows of the concrete `type` an id decoded to. */
export function nodeRowNeeds(info: GraphQLResolveInfo, type: GraphQLObjectType): RowNeeds {
  return cachedNeeds(`node:${type.name}`, info, (info) => rowNeeds(info, info.fieldNodes, type));
}

/** The needs of the rows of a list or object field being resolved. */
export function fieldRowNeeds(info: GraphQLResolveInfo): RowNeeds {
  return cachedNeeds('field', info, (info) => {
    const type = getNamedType(info.returnType);
    return isObjectType(type) ? rowNeeds(info, info.fieldNodes, type) : { columns: null, joins: [] };
  });
}

const keys = new WeakMap<RowNeeds, string>();

/** A stable key for a set of needs, for loaders that serve one shape of row. */
export function needsKey(needs: RowNeeds): string {
  let key = keys.get(needs);
  if (key === undefined) keys.set(needs, (key = computeNeedsKey(needs)));
  return key;
}

function computeNeedsKey(needs: RowNeeds): string {
  const joins = needs.joins.map((j) => `${j.field}(${needsKey(j.needs)})`).join(',');
  return `${needs.columns ? [...needs.columns].sort().join(',') : '*'}${joins ? `;${joins}` : ''}`;
}

/** Field options saying which columns of its row a field's resolver reads (see `ColumnExtensions`). */
export const reads = (...columns: string[]) => ({ extensions: { columns } });

/** Selects from `table` what `needs` asks for: its columns, or the whole row when they are unknown. */
export function selectNeeded<Q extends { select: (columns: any) => any; selectAll: (table: any) => any }>(query: Q, table: string, needs: RowNeeds): any {
  return needs.columns ? query.select(needs.columns.map((column) => `${table}.${column}`)) : query.selectAll(table);
}

/** `needs` plus columns the reader itself uses (a parent key to group by), unless the whole row is read. */
export function withColumns(needs: RowNeeds, ...columns: string[]): RowNeeds {
  return needs.columns ? { ...needs, columns: [...new Set([...needs.columns, ...columns])] } : needs;
}
