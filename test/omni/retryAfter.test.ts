import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OmniHttpError } from "../../src/omni/errors.js";
import { OmniClient } from "../../src/omni/OmniClient.js";
import { BREAKER, READ_ATTEMPTS } from "../../src/omni/resilience.js";
import type { WireScenario } from "../../src/omni/wire.js";

interface Answer {
  status: number;
  headers?: Record<string, string>;
}

const SCENARIO: WireScenario = { key: "K1", flow: [], default: false };

const throttled = (retryAfter?: string): Answer => ({
  status: 429,
  headers: retryAfter === undefined ? {} : { "retry-after": retryAfter },
});

// The upstream plays `script`, one answer a request, then answers 200 with a scenario.
describe("reads after an upstream 429", () => {
  let server: Server;
  let baseUrl: string;
  let script: Answer[];
  let arrivals: { path: string; at: number }[];
  const clients: OmniClient[] = [];

  const newClient = () => {
    const client = new OmniClient({
      baseUrl,
      auth: { scheme: "App", apiKey: "retry-after-test" },
      timeoutMs: 5_000,
      connections: 4,
    });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      arrivals.push({ path: `${req.method} ${req.url}`, at: performance.now() });
      const answer = script.shift() ?? { status: 200 };
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      res.end(
        JSON.stringify(
          answer.status === 200
            ? SCENARIO
            : {
                requestError: {
                  serviceException: { messageId: "TOO_MANY_REQUESTS", text: "Slow down" },
                },
              },
        ),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  beforeEach(() => {
    script = [];
    arrivals = [];
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("waits what Retry-After says before the retry, and then succeeds", async () => {
    script = [throttled("1")];
    const client = newClient();

    await expect(client.getScenario("K1")).resolves.toEqual(SCENARIO);

    expect(arrivals.map((a) => a.path)).toEqual([
      "GET /omni/1/scenarios/K1",
      "GET /omni/1/scenarios/K1",
    ]);
    // The retry's own backoff alone would be about 100 ms.
    expect(arrivals[1]!.at - arrivals[0]!.at).toBeGreaterThanOrEqual(990);
  });

  it("gives up at once when Retry-After is longer than the gateway will hold a request", async () => {
    script = [throttled("120")];
    const client = newClient();
    const started = performance.now();

    const failure = await client.getScenario("K1").catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(OmniHttpError);
    expect(failure).toMatchObject({ status: 429, retryAfterSeconds: 120 });
    expect(arrivals).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("never opens the circuit for 429s, however many in a row", async () => {
    const many = BREAKER.minimumCalls * 2;
    script = Array.from({ length: many }, () => throttled("120"));
    const client = newClient();

    for (let i = 0; i < many; i++) {
      await expect(client.getScenario("K1")).rejects.toMatchObject({ status: 429 });
    }

    expect(arrivals).toHaveLength(many);
    expect(client.circuitOpen).toBe(false);
    // Still closed in deed: the next read reaches the upstream and gets its answer.
    await expect(client.getScenario("K1")).resolves.toEqual(SCENARIO);
    expect(arrivals).toHaveLength(many + 1);
  });

  it("keeps retried 429s out of the breaker too", async () => {
    // Reads at once, each retried to its last attempt: more 429s than the breaker's minimum.
    const reads = BREAKER.minimumCalls;
    script = Array.from({ length: reads * READ_ATTEMPTS }, () => throttled("0"));
    const client = newClient();

    const failures = await Promise.all(
      Array.from({ length: reads }, () => client.getScenario("K1").catch((e: unknown) => e)),
    );

    expect(failures.every((e) => e instanceof OmniHttpError && e.status === 429)).toBe(true);
    expect(arrivals.length).toBeGreaterThan(BREAKER.minimumCalls);
    expect(client.circuitOpen).toBe(false);
  });

  it("never retries a send, whatever Retry-After says", async () => {
    script = [throttled("1")];
    const client = newClient();

    await expect(
      client.sendText({ destinations: [{ to: { phoneNumber: "41793026727" } }], text: "Hi" }),
    ).rejects.toMatchObject({ status: 429, retryAfterSeconds: 1 });
    expect(arrivals.map((a) => a.path)).toEqual(["POST /omni/1/text"]);
  });
});
