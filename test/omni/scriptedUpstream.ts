import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { OmniClient } from "../../src/omni/OmniClient.js";

/**
 * What the upstream does with one request: answer it (after `delayMs`), drop the connection
 * unanswered, or never answer at all.
 */
export type Answer =
  | { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  | "reset"
  | "hang";

export const GENERAL_ERROR = {
  requestError: {
    serviceException: {
      messageId: "GENERAL_ERROR",
      text: "Something went wrong. Please contact support.",
    },
  },
};

/**
 * A real HTTP upstream on a random loopback port whose answers a test decides request by
 * request, counting what arrived; the clients it hands out talk to it as they would to OMNI.
 */
export interface ScriptedUpstream {
  url: string;
  /** Every request that arrived, as "METHOD /path" without the query. */
  arrivals: string[];
  answer: (request: IncomingMessage) => Answer;
  client(options?: { timeoutMs?: number; connections?: number }): OmniClient;
  close(): Promise<void>;
}

export async function startScriptedUpstream(): Promise<ScriptedUpstream> {
  const clients: OmniClient[] = [];
  const upstream: ScriptedUpstream = {
    url: "",
    arrivals: [],
    answer: () => ({ status: 200, body: {} }),
    client: ({ timeoutMs = 5_000, connections = 16 } = {}) => {
      const client = new OmniClient({
        baseUrl: upstream.url,
        auth: { scheme: "App", apiKey: "scripted-upstream-key" },
        timeoutMs,
        connections,
      });
      clients.push(client);
      return client;
    },
    close: async () => {
      await Promise.all(clients.map((client) => client.close()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      upstream.arrivals.push(`${req.method} ${req.url?.split("?")[0]}`);
      const answer = upstream.answer(req);
      if (answer === "hang") return;
      if (answer === "reset") {
        req.socket.destroy();
        return;
      }
      setTimeout(() => {
        res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
        res.end(JSON.stringify(answer.body ?? (answer.status >= 400 ? GENERAL_ERROR : {})));
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  upstream.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return upstream;
}

/** A body nested `depth` objects deep, as a client's JSONObject input can be. */
export function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 1; i < depth; i++) value = { a: value };
  return value;
}
