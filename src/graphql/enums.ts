import type { Term } from '../domain/catalog.js';
import { builder } from './builder.js';

/** A GraphQL enum from a catalogue; each value's description is its Chinese term. */
export function enumFromCatalog<const T extends Record<string, Term>>(name: string, catalog: T, description: string) {
  const values = Object.fromEntries(
    Object.entries(catalog).map(([key, term]) => [key, { value: key, description: term.label }]),
  ) as { [K in keyof T & string]: { value: K; description: string } };
  return builder.enumType(name, { description, values });
}
