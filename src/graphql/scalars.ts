import { GraphQLError } from 'graphql';
import { builder } from './builder.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written yyyy-MM-dd. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

builder.scalarType('Date', {
  description: 'A calendar date, yyyy-MM-dd (Beijing time where it matters).',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'string' || !isCalendarDate(value)) {
      throw new GraphQLError(`Date must be a real calendar date written yyyy-MM-dd; got ${JSON.stringify(value)}`);
    }
    return value;
  },
});

/** Amounts of money: exact decimals as strings, never binary floating point. */
builder.scalarType('Decimal', {
  description: 'An exact decimal number written as a string, e.g. "50000.00" (yuan).',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !/^-?\d{1,15}(\.\d{1,6})?$/.test(value)) {
      throw new GraphQLError(`Decimal must be a string such as "50000.00"; got ${JSON.stringify(value)}`);
    }
    return value;
  },
});

builder.scalarType('JSON', {
  description: 'A JSON value, validated by the field that takes it.',
  serialize: (value) => value,
  parseValue: (value) => value,
});

builder.scalarType('DateTime', {
  description: 'An instant, ISO 8601 with a zone.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    // Years 1–9999 only: JavaScript reaches far past what PostgreSQL's timestamptz can hold.
    const year = date?.getUTCFullYear() ?? Number.NaN;
    if (!date || Number.isNaN(date.getTime()) || year < 1 || year > 9999) throw new GraphQLError(`DateTime must be ISO 8601 with a year from 1 to 9999; got ${JSON.stringify(value)}`);
    return date;
  },
});
