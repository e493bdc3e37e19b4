// Vitest globalSetup for the widgets project: runs the real sign-up receiver (Node, PGlite) on
// loopback with a fresh database, so browser tests can submit the real form to it. The browser
// test reads the URL with `inject('receiverUrl')`. For the failures a webmaster can meet, also a
// loopback port where nothing listens (`closedUrl`: connection refused) and a server that accepts
// connections and never answers (`silentUrl`).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createReceiver, openStore } from '../../receiver/src/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    receiverUrl: string;
    closedUrl: string;
    silentUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'maatwerk-widgets-receiver-'));
  const store = await openStore(join(dir, 'sign-ups'));
  const server = createReceiver({
    store,
    // The tests read back what the form stored (the receiver only lists sign-ups when asked to).
    listSignUps: true,
    // The test page is served by Vitest's browser server on a port chosen at run time.
    allowedOrigins: (origin) => /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('receiverUrl', `http://127.0.0.1:${port}`);

  // A port the system gave out and that is free again: a connection there is refused.
  const closed = await listening(createServer());
  const closedPort = portOf(closed);
  await new Promise((resolve) => closed.close(resolve));
  project.provide('closedUrl', `http://127.0.0.1:${closedPort}/api/sign-ups`);
  const held = new Set<Socket>();
  const silent = await listening(createServer((socket) => held.add(socket)));
  project.provide('silentUrl', `http://127.0.0.1:${portOf(silent)}/api/sign-ups`);

  return async () => {
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
}

async function listening(server: Server): Promise<Server> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const portOf = (server: Server) => (server.address() as AddressInfo).port;
