import { connect, createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

/**
 * A TCP proxy (say, between the gateway and PostgreSQL) whose link can be cut: `cut()` drops
 * every open connection and from then on accepts new ones only to drop them at once, as a
 * database gone away would; `restore()` forwards again.
 */
export interface CuttableTcpProxy {
  port: number;
  cut(): void;
  restore(): void;
  /** Connections that arrived while cut. */
  readonly refused: number;
  close(): Promise<void>;
}

export async function cuttableTcpProxy(host: string, port: number): Promise<CuttableTcpProxy> {
  let isCut = false;
  let refused = 0;
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.once("close", () => open.delete(socket));
  };
  const server = createServer((client) => {
    if (isCut) {
      refused++;
      client.destroy();
      return;
    }
    const upstream = connect(port, host);
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.once("error", () => upstream.destroy());
    upstream.once("error", () => client.destroy());
    client.once("close", () => upstream.destroy());
    upstream.once("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    cut() {
      isCut = true;
      for (const socket of open) socket.destroy();
    },
    restore() {
      isCut = false;
    },
    get refused() {
      return refused;
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
