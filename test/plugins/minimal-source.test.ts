import { createServer, type Server } from 'node:http';
import { minimalSource } from '../../plugins/examples/minimal-source/index.js';
import { describeSourceConformance } from '../../src/plugin-sdk/testing/index.js';

/** A far side for the example: cases listed three to a page after a cursor, behind a token. */
async function startListing(token: string) {
  const cases = Array.from({ length: 8 }, (_, i) => ({
    caseNumber: `示例〔2024〕${i + 1}号`,
    name: ' 李某 ',
    idNumber: i === 3 ? '3206021980****1234' : '11010519491231002x',
    county: '320613',
    openedOn: '2024/3/5',
    decidedOn: i % 2 ? '2024年4月1日' : '',
    fine: i % 2 ? '5,000' : '',
    status: i % 2 ? 'closed' : 'open',
    updatedAt: `2024-04-01 10:00:0${i}`,
  }));
  const server: Server = createServer((req, res) => {
    if (req.headers.authorization !== `Bearer ${token}`) return void res.writeHead(401).end();
    const after = Number(new URL(req.url!, 'http://x').searchParams.get('after') || 0);
    const items = cases.slice(after, after + 3);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ items, next: after + 3 < cases.length ? String(after + 3) : null }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { baseUrl, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describeSourceConformance(minimalSource, {
  mode: 'plain',
  malformedConfigs: [{}, { baseUrl: 'not a url', token: 't' }, { baseUrl: 'http://x', token: '' }],
  async start() {
    const far = await startListing('secret');
    return {
      config: { baseUrl: far.baseUrl, token: 'secret' },
      badConfigs: { 'wrong token': { baseUrl: far.baseUrl, token: 'wrong' } },
      close: far.close,
    };
  },
});
