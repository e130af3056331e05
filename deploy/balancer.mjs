import net from "node:net";

/**
 * The load balancer in front of the replicas, as a Kubernetes Service or a cloud L4 balancer
 * plays it in production: the supergraph names one URL for the omni subgraph, and this spreads
 * the router's TCP connections (HTTP keep-alive and websockets alike) over the replicas in turn.
 * A replica that refuses a connection is skipped for that connection, so a dead replica costs
 * only the requests that were in flight on it. A drained replica gets no new connections and
 * keeps its open ones, as a rolling deploy drains a pod.
 */
export async function startBalancer({ backends, port = 0, host = "127.0.0.1" }) {
  const pool = backends.map((backend) => ({
    ...backend,
    draining: false,
    connections: 0,
    open: 0,
    bytes: 0,
  }));
  const open = new Set();
  let turn = 0;

  const server = net.createServer((client) => {
    open.add(client);
    client.once("close", () => open.delete(client));
    client.on("error", () => client.destroy());
    const start = turn++ % pool.length;
    const order = pool.map((_, i) => pool[(start + i) % pool.length]).filter((b) => !b.draining);
    connectTo(client, order);
  });

  function connectTo(client, [backend, ...rest]) {
    if (!backend || client.destroyed) {
      client.destroy();
      return;
    }
    const upstream = net.connect(backend.port, backend.host ?? "127.0.0.1");
    let connected = false;
    upstream.on("error", () => {
      upstream.destroy();
      if (!connected) connectTo(client, rest);
    });
    upstream.once("connect", () => {
      connected = true;
      if (client.destroyed) {
        upstream.destroy();
        return;
      }
      backend.connections += 1;
      backend.open += 1;
      open.add(upstream);
      // A graceful end travels through the pipes; a reset (a replica killed mid-answer) resets
      // the other side too, so the router sees the failure at once instead of a hang.
      upstream.once("close", (hadError) => {
        open.delete(upstream);
        backend.open -= 1;
        if (hadError) client.destroy();
      });
      client.once("close", (hadError) => {
        if (hadError) upstream.destroy();
      });
      client.on("data", (chunk) => {
        backend.bytes += chunk.length;
      });
      client.pipe(upstream);
      upstream.pipe(client);
    });
  }

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const named = (name) => {
    const backend = pool.find((b) => b.name === name);
    if (!backend) throw new Error(`no backend named ${name}`);
    return backend;
  };
  return {
    url: `http://${host}:${server.address().port}`,
    /** New connections skip this backend; its open connections stay. */
    drain(name) {
      named(name).draining = true;
    },
    resume(name) {
      named(name).draining = false;
    },
    /** Per backend: connections opened so far, open now, and request bytes sent so far. */
    stats() {
      return Object.fromEntries(
        pool.map((b) => [b.name, { connections: b.connections, open: b.open, bytes: b.bytes }]),
      );
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
