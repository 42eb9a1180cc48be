/**
 * Text from outside is shown to regulators and sometimes the public, so plugin records follow the
 * same text rule as every GraphQL input: one implementation, in the domain.
 */
export { freeText, nameText, singleLineText } from '../../domain/text.js';
