import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL served from the hub itself. Yoga's own page loads GraphiQL from a public CDN, which
 * an offline network (many government networks) never reaches: the page stays blank. The
 * `@graphql-yoga/render-graphiql` package bundles the same GraphiQL into the page. Its code is
 * large (about 9 MB), so it is loaded on the first request for the page rather than at start-up,
 * and each page is rendered once.
 */
const pages = new Map<string, Promise<string>>();

export function renderOfflineGraphiQL(options: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(options);
  let page = pages.get(key);
  if (!page) {
    page = import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options));
    page.catch(() => pages.delete(key));
    pages.set(key, page);
  }
  return page;
}

/** What a newcomer sees first: a query that answers on any database, seeded or not. */
export const GRAPHIQL_DEFAULT_QUERY = `# Run: the ▶ button, or Ctrl-Enter.
# Docs: the book icon, top left.
{
  provinces {
    code
    name
  }
}
`;
