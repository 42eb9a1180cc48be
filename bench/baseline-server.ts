import { createServer } from 'node:http';
import pg from 'pg';
import type { Scenario } from './scenarios.js';

/**
 * The hand-written comparison: the same answers straight from `pg`, over HTTP like the hub, so
 * both pay for sockets and JSON and the ratio isolates what the hub adds.
 */
export async function startBaselineServer(databaseUrl: string, scenarios: Scenario[]) {
  pg.types.setTypeParser(1082, (value: string) => value); // dates as yyyy-MM-dd, as the hub answers
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // Bytes read from PostgreSQL, over every connection: the measured request runs alone, so the
  // difference before and after it is its own.
  const sockets = new Set<{ bytesRead: number }>();
  pool.on('connect', (client) => sockets.add((client as unknown as { connection: { stream: { bytesRead: number } } }).connection.stream));
  const bytesRead = () => [...sockets].reduce((sum, socket) => sum + socket.bytesRead, 0);
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const index = Number(new URL(req.url ?? '/', 'http://x').pathname.split('/').pop());
    const scenario = scenarios[index];
    try {
      if (!scenario) throw new Error(`no scenario ${index}`);
      const { variables } = JSON.parse(Buffer.concat(chunks).toString() || '{}');
      const before = bytesRead();
      const { data, statements } = await scenario.baseline(pool, variables);
      const bytes = bytesRead() - before;
      res.writeHead(200, { 'content-type': 'application/json', 'x-sql-statements': String(statements), 'x-sql-bytes': String(bytes) });
      res.end(JSON.stringify({ data }));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    urlFor: (index: number) => `http://127.0.0.1:${port}/baseline/${index}`,
    pool,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
