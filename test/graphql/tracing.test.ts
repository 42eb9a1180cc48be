import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHub } from '../../src/server/create-hub.js';
import { registerPractitioner } from '../support/fixtures.js';
import { startTestHub, TEST_JWT_SECRET, type TestHub } from '../support/hub.js';
import { quietLogger } from '../support/settings.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

describe('OpenTelemetry tracing', () => {
  it('traces operations and resolvers without recording variables or results', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider();
    provider.addSpanProcessor(new SimpleSpanProcessor(exporter));
    const traced = createHub({ config: { JIANGUAN_PROFILE: 'development', JWT_SECRET: TEST_JWT_SECRET }, database: hub.database, logger: quietLogger, tracerProvider: provider });
    const idNumber = '11010519491231002X';
    await registerPractitioner(hub, { idNumber, name: '追踪测试' });
    const token = await hub.token({ sub: 'tracer', role: 'regulator', jurisdictions: ['320000'] });
    const response = await traced.fetch('http://hub.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query Traced($q: String) { practitioners(first: 5, filter: { nameContains: $q }) { edges { node { name idNumber } } } }', variables: { q: '追踪' } }),
    });
    const body = await response.json();
    expect(body.data.practitioners.edges[0].node.idNumber).toBe(idNumber);
    const spans = exporter.getFinishedSpans();
    expect(spans.map((s) => s.name)).toEqual(expect.arrayContaining(['query.Traced', 'Query.practitioners']));
    const everything = JSON.stringify(spans.map((s) => s.attributes));
    expect(everything).not.toContain(idNumber);
    expect(everything).not.toContain('"追踪"');
  });
});
