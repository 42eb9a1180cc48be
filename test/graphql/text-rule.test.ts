import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { institutionIdentifiers, newIdNumber, registerInstitution } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

/**
 * One text rule for every text input that is stored and shown (src/domain/text.ts): control
 * characters, bidirectional controls, invisible-only text, line breaks in single-line fields and
 * symbols in names are refused with a typed issue naming the field; text is stored in NFC.
 */
let hub: TestHub;
let institutionId = '';

beforeAll(async () => {
  hub = await startTestHub();
  institutionId = (await registerInstitution(hub, { name: '崇川区人民医院' })).id;
});
afterAll(() => hub.close());

async function post(query: string, variables: Record<string, unknown>) {
  const response = await hub.hub.fetch('http://hub.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token({ sub: 'r', role: 'regulator', jurisdictions: ['320000'] })}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

const RESULT = '{ __typename ... on InvalidInputError { issues { field code } } }';

/** A mutation that stores `text` in one of its text fields; answers its payload. */
const WRITES: Record<string, { kind: 'name' | 'singleLine' | 'free'; field: string; write: (text: string) => Promise<any> }> = {
  'institution name': {
    kind: 'name',
    field: 'input.name',
    write: async (text) =>
      (await post(`mutation($input: RegisterInstitutionInput!) { registerInstitution(input: $input) ${RESULT} }`, {
        input: { name: text, uscc: institutionIdentifiers().uscc, regionCode: '320613', category: 'CLINIC', ownership: 'PRIVATE', profitStatus: 'FOR_PROFIT' },
      })).data?.registerInstitution,
  },
  'practitioner name': {
    kind: 'name',
    field: 'input.name',
    write: async (text) =>
      (await post(`mutation($input: RegisterPractitionerInput!) { registerPractitioner(input: $input) ${RESULT} }`, {
        input: { name: text, idNumber: newIdNumber(), profession: 'NURSE', regionCode: '320613' },
      })).data?.registerPractitioner,
  },
  'institution address': {
    kind: 'singleLine',
    field: 'input.address',
    write: async (text) =>
      (await post(`mutation($input: RegisterInstitutionInput!) { registerInstitution(input: $input) ${RESULT} }`, {
        input: { name: '某诊所', address: text, uscc: institutionIdentifiers().uscc, regionCode: '320613', category: 'CLINIC', ownership: 'PRIVATE', profitStatus: 'FOR_PROFIT' },
      })).data?.registerInstitution,
  },
  'complaint summary': {
    kind: 'free',
    field: 'input.summary',
    write: async (text) =>
      (await post(`mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) ${RESULT} }`, {
        input: { channel: 'WEB', receivedOn: '2024-03-01', regionCode: '320613', category: '医疗服务', summary: text },
      })).data?.receiveComplaint,
  },
  'self-inspection findings': {
    kind: 'free',
    field: 'input.findings',
    write: async (text) =>
      (await post(`mutation($input: RecordSelfInspectionInput!) { recordSelfInspection(input: $input) ${RESULT} }`, {
        input: { institutionId, kind: 'DAILY', inspectedOn: '2024-03-01', findings: text, problemsFound: 0, problemsRectified: 0 },
      })).data?.recordSelfInspection,
  },
};

const REFUSED: [string, string, string, ('name' | 'singleLine' | 'free')[]][] = [
  ['a control character', '医院\u0007', 'CONTROL_CHARACTER', ['name', 'singleLine', 'free']],
  ['a C1 control character', '医院\u0085', 'CONTROL_CHARACTER', ['name', 'singleLine', 'free']],
  ['a right-to-left override', '医院\u202Egpj.exe', 'BIDI_CONTROL', ['name', 'singleLine', 'free']],
  ['a right-to-left isolate', '医院\u2067x\u2069', 'BIDI_CONTROL', ['name', 'singleLine', 'free']],
  ['only zero-width characters', '\u200B\u200C\u200D\uFEFF', 'BLANK', ['name', 'singleLine', 'free']],
  ['only a Hangul filler', '\u3164', 'BLANK', ['name', 'singleLine', 'free']],
  ['a line break', '第一行\n第二行', 'LINE_BREAK', ['name', 'singleLine']],
  ['a line separator', '第一行\u2028第二行', 'LINE_BREAK', ['name', 'singleLine']],
  ['an emoji', '人民医院😀', 'NOT_IN_A_NAME', ['name']],
  ['a zero-width space inside', '人民\u200B医院', 'NOT_IN_A_NAME', ['name']],
];

describe.each(Object.entries(WRITES))('%s', (_name, { kind, field, write }) => {
  it.each(REFUSED.filter(([, , , kinds]) => kinds.includes(kind)))('refuses text with %s', async (_what, text, code) => {
    expect(await write(text)).toEqual({ __typename: 'InvalidInputError', issues: [{ field, code }] });
  });

  it('accepts ordinary text', async () => {
    expect((await write('崇川区 （分院）· 第2号')).__typename).not.toBe('InvalidInputError');
  });
});

describe('what is stored', () => {
  it('is NFC, trimmed', async () => {
    const name = `Clinique Me\u0301dicale ${Date.now()}`;
    const created = await registerInstitution(hub, { name: `  ${name}\u3000` });
    expect(created.name).toBe(name.normalize('NFC'));
    expect(created.name).not.toContain('\u0301');
  });

  it('keeps emoji and line breaks in free text', async () => {
    const result = await WRITES['complaint summary']!.write('候诊时间太长 😡\n第二次投诉');
    expect(result.__typename).toBe('ReceiveComplaintSuccess');
  });
});
