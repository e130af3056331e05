import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OmniHttpError, OmniUnavailableError } from "../../src/omni/errors.js";
import { READ_ATTEMPTS, RETRY_BUDGET } from "../../src/omni/resilience.js";
import { startScriptedUpstream, type Answer, type ScriptedUpstream } from "./scriptedUpstream.js";

const SCENARIO = { key: "K1", flow: [], default: false };
const OK: Answer = { status: 200, body: SCENARIO };

describe("retries", () => {
  let upstream: ScriptedUpstream;
  /** Answers in order, one a request; then OK. */
  let script: Answer[];
  beforeAll(async () => {
    upstream = await startScriptedUpstream();
  });
  beforeEach(() => {
    upstream.arrivals.length = 0;
    script = [];
    upstream.answer = () => script.shift() ?? OK;
  });
  afterAll(() => upstream.close());

  it("carry a read through 500, 502, 503, 504 and dropped connections", async () => {
    for (const failure of [500, 502, 503, 504].map((status) => ({ status })) as Answer[]) {
      const client = upstream.client();
      // Every attempt but the last fails, by turns with the status and with a dropped connection.
      script = Array.from({ length: READ_ATTEMPTS - 1 }, (_, i) => (i % 2 ? "reset" : failure));
      upstream.arrivals.length = 0;

      await expect(client.getScenario("K1")).resolves.toEqual(SCENARIO);
      expect(upstream.arrivals).toHaveLength(READ_ATTEMPTS);
    }
  });

  it("give a read up after its last attempt, with the upstream's answer", async () => {
    const client = upstream.client();
    script = Array.from({ length: READ_ATTEMPTS + 1 }, () => ({ status: 500 }));

    await expect(client.getScenario("K1")).rejects.toMatchObject({
      status: 500,
      messageId: "GENERAL_ERROR",
    });
    expect(upstream.arrivals).toHaveLength(READ_ATTEMPTS);
  });

  it("never repeat a send or a scenario write, whatever failed", async () => {
    const client = upstream.client();
    const body = { destinations: [{ to: { phoneNumber: "41793026727" } }], text: "Hi" };
    const writes = [
      () => client.sendText(body),
      () => client.sendAdvanced({ destinations: [] }),
      () => client.sendPush({ messages: [] }),
      () => client.createScenario({ name: "S", flow: [] }),
    ];
    for (const write of writes) {
      for (const failure of [{ status: 500 }, { status: 503 }, "reset"] as Answer[]) {
        script = [failure];
        upstream.arrivals.length = 0;

        const error = await write().catch((e: unknown) => e);

        expect(error).toSatisfy(
          (e) => e instanceof OmniHttpError || e instanceof OmniUnavailableError,
        );
        expect(upstream.arrivals).toHaveLength(1);
      }
    }
  });

  it("never repeat a drain of the fetch-once report endpoints", async () => {
    const client = upstream.client();
    for (const drain of [() => client.drainReports(), () => client.drainPushReports()]) {
      script = [{ status: 500 }];
      upstream.arrivals.length = 0;

      await expect(drain()).rejects.toMatchObject({ status: 500 });
      expect(upstream.arrivals).toHaveLength(1);
    }
  });

  it("stop at the read's deadline: a retry on the wire is cut off there", async () => {
    const client = upstream.client({ timeoutMs: 1_000 });
    // A slow failure, then a retry that would hang past the pool's own 1 s header deadline.
    script = [{ status: 500, delayMs: 500 }, "hang"];
    const started = performance.now();

    const error = await client.getScenario("K1").catch((e: unknown) => e);

    expect(error).toMatchObject({ reason: "TIMEOUT" });
    expect(upstream.arrivals).toHaveLength(2);
    // The retry started at ~0.6 s; alone, its header timeout would end it at ~1.6 s.
    expect(performance.now() - started).toBeLessThan(1_400);
  });

  it("make no retry that could not finish inside the deadline", async () => {
    const client = upstream.client({ timeoutMs: 800 });
    script = [{ status: 503, headers: { "retry-after": "1" } }];
    const started = performance.now();

    await expect(client.getScenario("K1")).rejects.toMatchObject({
      status: 503,
      retryAfterSeconds: 1,
    });
    expect(upstream.arrivals).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("are capped by the client's retry budget when many reads keep failing", async () => {
    const client = upstream.client();
    upstream.answer = (req) => (req.url?.includes("FAILING") ? { status: 503 } : OK);
    // Enough healthy calls that the failing ones and their budgeted retries stay under the
    // breaker's threshold: what is measured here is the budget, not the breaker.
    const healthy = 400;
    const failing = 100;

    // Healthy traffic first: the budget grows with calls, and the breaker sees mostly success.
    await Promise.all(Array.from({ length: healthy }, () => client.getScenario("K1")));
    const failures = await Promise.all(
      Array.from({ length: failing }, () => client.getScenario("FAILING").catch((e: unknown) => e)),
    );

    expect(failures.every((e) => e instanceof OmniHttpError && e.status === 503)).toBe(true);
    const retries = upstream.arrivals.length - healthy - failing;
    const budget = RETRY_BUDGET.floor + RETRY_BUDGET.ratio * (healthy + failing);
    // Without a budget: every failing read to its last attempt.
    expect(failing * (READ_ATTEMPTS - 1)).toBeGreaterThan(budget);
    expect(retries).toBe(budget);
    expect(client.circuitOpen).toBe(false);
  });
});
