/**
 * An HTTP server for one test file or test, on a free loopback port. A handler that must leave a
 * request unanswered (a hanging service) passes its response to `hold`; close() ends those and
 * every connection, so a test never waits on its own server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type LocalHandler = (req: IncomingMessage, res: ServerResponse, hold: (res: ServerResponse) => void) => void;

export interface LocalServer {
  /** http://127.0.0.1:PORT, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

export async function serveLocal(handler: LocalHandler): Promise<LocalServer> {
  const held: ServerResponse[] = [];
  const server = createServer((req, res) => handler(req, res, (r) => void held.push(r)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close() {
      for (const res of held) res.destroy();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}
