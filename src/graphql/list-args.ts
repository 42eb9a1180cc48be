import { builder } from './builder.js';

export const SortDirection = builder.enumType('SortDirection', {
  values: { ASC: { value: 'asc' }, DESC: { value: 'desc' } } as const,
});

export const ListOrderField = builder.enumType('ListOrderField', {
  description: 'How a list is ordered; ties are broken by id so the order is stable.',
  values: {
    NAME: { value: 'NAME', description: '按名称' },
    UPDATED_AT: { value: 'UPDATED_AT', description: '按最后更新时间' },
  } as const,
});

export const ListOrder = builder.inputType('ListOrder', {
  fields: (t) => ({
    field: t.field({ type: ListOrderField, required: true }),
    direction: t.field({ type: SortDirection, required: true, defaultValue: 'asc' }),
  }),
});

/** The keyset order for a table's NAME / UPDATED_AT ordering. */
export function keysetOrder(table: string, order: { field: 'NAME' | 'UPDATED_AT'; direction: 'asc' | 'desc' } | null | undefined) {
  const field = order?.field ?? 'NAME';
  return {
    column: `${table}.${field === 'NAME' ? 'name' : 'updated_at'}`,
    kind: field === 'NAME' ? ('text' as const) : ('timestamptz' as const),
    direction: order?.direction ?? 'asc',
  };
}
