import { Agent, createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { forwardRequest } from "./forwardRequest.js";

/** Infobip's own answer to an internal failure (omni-api.md §5.1). */
const GENERAL_ERROR = JSON.stringify({
  requestError: {
    serviceException: {
      messageId: "GENERAL_ERROR",
      text: "Something went wrong. Please contact support.",
    },
  },
});

export interface FaultRates {
  /** Share of requests answered 500 with Infobip's error body, never forwarded. */
  error500: number;
  /** Share of requests whose connection is dropped once they have arrived, never answered. */
  reset: number;
}

export interface FaultCounts {
  forwarded: number;
  answered500: number;
  reset: number;
  /** Requests given one of `answers`. */
  canned: number;
  /** Requests that arrived, by "METHOD /path" without the query, whatever became of them. */
  byRoute: Record<string, number>;
}

/**
 * A flaky network between the gateway and OMNI (the sandbox), for `startStack({ between })`. Each
 * request draws its fate from a seeded generator in arrival order, so a run repeats; the rest is
 * forwarded untouched. Rates may change during a run; zero for both makes it a plain proxy.
 */
export interface FaultProxy {
  rates: FaultRates;
  /**
   * A malformed upstream: answers given instead of forwarding, by "METHOD /path" without the
   * query, before any fault is drawn. The body is sent as written.
   */
  answers: Record<string, { status: number; body: string }>;
  readonly counts: FaultCounts;
  /** Starts forwarding to `targetUrl`; shaped for `startStack({ between })`. */
  start(targetUrl: string): Promise<{ url: string; close(): Promise<void> }>;
}

export function faultProxy(
  seed: number,
  rates: FaultRates = { error500: 0, reset: 0 },
): FaultProxy {
  const random = xorshift32(seed);
  const counts: FaultCounts = { forwarded: 0, answered500: 0, reset: 0, canned: 0, byRoute: {} };
  const proxy: FaultProxy = {
    rates,
    answers: {},
    counts,
    async start(targetUrl) {
      const target = new URL(targetUrl);
      const agent = new Agent({ keepAlive: true });
      const server = createServer((req, res) => {
        const route = `${req.method} ${req.url?.split("?")[0]}`;
        counts.byRoute[route] = (counts.byRoute[route] ?? 0) + 1;
        const canned = proxy.answers[route];
        if (canned) {
          counts.canned++;
          drained(req, () =>
            res.writeHead(canned.status, { "content-type": "application/json" }).end(canned.body),
          );
          return;
        }
        const draw = random();
        if (draw < proxy.rates.error500) {
          counts.answered500++;
          drained(req, () =>
            res.writeHead(500, { "content-type": "application/json" }).end(GENERAL_ERROR),
          );
        } else if (draw < proxy.rates.error500 + proxy.rates.reset) {
          counts.reset++;
          drained(req, () => req.socket.destroy());
        } else {
          counts.forwarded++;
          forward(req, res, target, agent);
        }
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: async () => {
          server.closeAllConnections();
          await new Promise<void>((resolve) => server.close(() => resolve()));
          agent.destroy();
        },
      };
    },
  };
  return proxy;
}

/** The fault strikes once the whole request has arrived, as a lost answer would. */
function drained(req: IncomingMessage, then: () => void): void {
  req.resume();
  req.on("end", then);
}

function forward(req: IncomingMessage, res: ServerResponse, target: URL, agent: Agent): void {
  forwardRequest(req, res, target, agent, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
}

/** Marsaglia's xorshift32: a seeded, repeatable stream of numbers in [0, 1). */
function xorshift32(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}
