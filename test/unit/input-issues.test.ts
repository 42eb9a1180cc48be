import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { freeText } from '../../src/domain/text.js';
import { collectInput, IssueList, localId, parseInput, wellFormedFields } from '../../src/graphql/validate.js';
import { InvalidInputError } from '../../src/graphql/errors.js';

const schema = z
  .object({
    regionCode: z.string().regex(/^\d{6}$/),
    note: freeText(100),
    ids: z.array(z.string()),
    from: z.string(),
    until: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.until < v.from) ctx.addIssue({ code: 'custom', path: ['until'], message: 'out of order', params: { code: 'DATES_OUT_OF_ORDER' } });
  })
  .transform((v) => ({ ...v, span: `${v.from}/${v.until}` }));

const fieldsOf = (issues: IssueList) => issues.issues.map((i) => `${i.field}:${i.code}`).sort();

describe('reading an input whose fields the database checks', () => {
  it('keeps the well-formed fields, parsed, for the reference checks when another field is malformed', () => {
    const issues = new IssueList();
    const input = { regionCode: '32061', note: '  整改  ', ids: ['a', 'b\u202e'], from: '2024-01-01', until: '2024-02-01' };
    expect(collectInput(schema, input, issues)).toBeNull();
    expect(fieldsOf(issues)).toEqual(['input.ids.1:BIDI_CONTROL', 'input.regionCode:FORMAT']);
    // The note is trimmed as its schema says; a list with a bad item and the bad region are left out.
    expect(wellFormedFields(schema, input, issues)).toEqual({ note: '整改', from: '2024-01-01', until: '2024-02-01' });
  });

  it('leaves out a field refused by a rule across fields', () => {
    const issues = new IssueList();
    const input = { regionCode: '320613', note: '整改', ids: [], from: '2024-02-01', until: '2024-01-01' };
    expect(collectInput(schema, input, issues)).toBeNull();
    expect(fieldsOf(issues)).toEqual(['input.until:DATES_OUT_OF_ORDER']);
    expect(wellFormedFields(schema, input, issues)).toEqual({ regionCode: '320613', note: '整改', ids: [], from: '2024-02-01' });
  });

  it('reports a malformed id once, and reads no id that was not sent', () => {
    const issues = new IssueList();
    collectInput(z.object({ id: z.string(), other: z.string().nullish() }), { id: 'x\u202e' }, issues);
    expect(localId('x\u202e', ['Institution'], 'id', issues)).toBeNull();
    expect(localId(undefined, ['Institution'], 'other', issues)).toBeNull();
    expect(fieldsOf(issues)).toEqual(['input.id:BIDI_CONTROL']);
  });

  it('parseInput throws the text rule and the schema issues together, under its prefix', () => {
    const thrown = (() => {
      try {
        parseInput(z.object({ a: freeText(10), b: z.number().min(1) }), { a: 'x\u0007', b: 0 }, 'note');
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(InvalidInputError);
    expect((thrown as InvalidInputError).issues.map((i) => `${i.field}:${i.code}`).sort()).toEqual(['note.a:CONTROL_CHARACTER', 'note.b:TOO_SMALL']);
  });
});
