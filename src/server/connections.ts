import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Tracks each connection's requests in progress, so shutdown can close the connections that
 * carry none at once — a keep-alive connection a browser tab keeps open, or one opened and never
 * used — and every other one as soon as its last response is sent. Node's own
 * `closeIdleConnections` misses connections that have not sent a request yet.
 */
export function trackConnections(server: Server) {
  const active = new Map<Socket, number>();
  let draining = false;
  const closeIfIdle = (socket: Socket) => {
    if (draining && (active.get(socket) ?? 0) === 0) socket.destroy();
  };
  server.on('connection', (socket: Socket) => {
    active.set(socket, 0);
    socket.once('close', () => active.delete(socket));
    if (draining) socket.destroy();
  });
  server.on('request', (req, res) => {
    const socket = req.socket;
    active.set(socket, (active.get(socket) ?? 0) + 1);
    res.once('close', () => {
      active.set(socket, Math.max(0, (active.get(socket) ?? 1) - 1));
      // After the response is flushed; the client already has it, so nothing is lost.
      setImmediate(() => closeIfIdle(socket));
    });
  });
  return {
    /** From now on, connections close as soon as they carry no request. */
    closeWhenIdle() {
      draining = true;
      for (const socket of active.keys()) closeIfIdle(socket);
    },
  };
}
