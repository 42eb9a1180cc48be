/**
 * Options for a named connection type that adds `totalCount`, resolved lazily from the
 * connection returned by `keysetConnection` or `loadChildPages`.
 */
export function countedConnection(name: string) {
  return {
    name,
    fields: (t: any) => ({
      totalCount: t.int({
        description: 'Number of items in the whole list (computed only when selected).',
        resolve: (connection: { totalCount: () => Promise<number> }) => connection.totalCount(),
      }),
    }),
  };
}
