import { Pool } from "undici";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { OmniHttpError, OmniUnavailableError } from "../../src/omni/errors.js";
import { OmniClient } from "../../src/omni/OmniClient.js";
import { BREAKER } from "../../src/omni/resilience.js";
import { startScriptedUpstream, type ScriptedUpstream } from "./scriptedUpstream.js";

const SCENARIO = { key: "K1", flow: [], default: false };

describe("the circuit breaker", () => {
  let upstream: ScriptedUpstream;
  let down: boolean;
  beforeAll(async () => {
    upstream = await startScriptedUpstream();
  });
  beforeEach(() => {
    upstream.arrivals.length = 0;
    down = false;
    upstream.answer = () => (down ? { status: 503 } : { status: 200, body: SCENARIO });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(() => upstream.close());

  it("stays closed through failures fewer than its minimum, then opens on a real outage", async () => {
    const client = upstream.client();
    down = true;

    // One at a time and not retried: sends. Every one fails, yet too few to judge by.
    for (let i = 1; i < BREAKER.minimumCalls; i++) {
      await expect(client.sendText({ destinations: [], text: "x" })).rejects.toBeInstanceOf(
        OmniHttpError,
      );
    }
    expect(client.circuitOpen).toBe(false);

    await expect(client.sendText({ destinations: [], text: "x" })).rejects.toMatchObject({
      status: 503,
    });
    expect(client.circuitOpen).toBe(true);
    expect(upstream.arrivals).toHaveLength(BREAKER.minimumCalls);

    // Open: reads and sends are turned away at once, without a request.
    await expect(client.getScenario("K1")).rejects.toMatchObject({
      reason: "CIRCUIT_OPEN",
      beforeSend: true,
    });
    await expect(client.sendText({ destinations: [], text: "x" })).rejects.toBeInstanceOf(
      OmniUnavailableError,
    );
    expect(upstream.arrivals).toHaveLength(BREAKER.minimumCalls);
  });

  it("opens under concurrent reads that all fail, and turns the rest away", async () => {
    const client = upstream.client();
    down = true;

    const reads = await Promise.all(
      Array.from({ length: BREAKER.minimumCalls }, () =>
        client.getScenario("K1").catch((e: unknown) => e),
      ),
    );

    expect(client.circuitOpen).toBe(true);
    expect(
      reads.every((e) => e instanceof OmniHttpError || e instanceof OmniUnavailableError),
    ).toBe(true);
    // Once open, the reads' retries stayed home: far fewer requests than their every attempt.
    expect(upstream.arrivals.length).toBeLessThan(BREAKER.minimumCalls * 2);
    const arrived = upstream.arrivals.length;
    await expect(client.getScenario("K1")).rejects.toMatchObject({ reason: "CIRCUIT_OPEN" });
    expect(upstream.arrivals).toHaveLength(arrived);
  });

  it("lets one trial through after its half-open delay and closes when it succeeds", async () => {
    const client = upstream.client();
    down = true;
    for (let i = 0; i < BREAKER.minimumCalls; i++) {
      await client.sendText({ destinations: [], text: "x" }).catch(() => undefined);
    }
    expect(client.circuitOpen).toBe(true);
    down = false;
    await expect(client.getScenario("K1")).rejects.toMatchObject({ reason: "CIRCUIT_OPEN" });
    const arrived = upstream.arrivals.length;

    // The breaker tells time by Date; only Date moves, the sockets keep their real timers.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + BREAKER.halfOpenAfterMs + 1 });

    await expect(client.getScenario("K1")).resolves.toEqual(SCENARIO);
    expect(client.circuitOpen).toBe(false);
    await expect(client.getScenario("K1")).resolves.toEqual(SCENARIO);
    expect(upstream.arrivals.length).toBe(arrived + 2);
  });

  it("opens again when the half-open trial fails", async () => {
    const client = upstream.client();
    down = true;
    for (let i = 0; i < BREAKER.minimumCalls; i++) {
      await client.sendText({ destinations: [], text: "x" }).catch(() => undefined);
    }
    const arrived = upstream.arrivals.length;
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + BREAKER.halfOpenAfterMs + 1 });

    // The trial fails and reopens it, so the read is not retried: the caller hears the 503.
    await expect(client.getScenario("K1")).rejects.toMatchObject({ status: 503 });
    expect(upstream.arrivals.length).toBe(arrived + 1);
    expect(client.circuitOpen).toBe(true);
  });

  it("is per client: another tenant on the same pool keeps working", async () => {
    const pool = new Pool(upstream.url, { connections: 8 });
    const tenant = (apiKey: string) =>
      new OmniClient({
        baseUrl: upstream.url,
        auth: { scheme: "App", apiKey },
        timeoutMs: 5_000,
        connections: 8,
        pool,
      });
    const failing = tenant("failing-tenant-key");
    const healthy = tenant("healthy-tenant-key");
    upstream.answer = (req) =>
      req.headers.authorization === "App failing-tenant-key"
        ? { status: 500 }
        : { status: 200, body: SCENARIO };
    try {
      for (let i = 0; i < BREAKER.minimumCalls; i++) {
        await failing.sendText({ destinations: [], text: "x" }).catch(() => undefined);
      }

      expect(failing.circuitOpen).toBe(true);
      expect(healthy.circuitOpen).toBe(false);
      await expect(healthy.getScenario("K1")).resolves.toEqual(SCENARIO);
    } finally {
      await pool.close();
    }
  });

  it("never counts 4xx answers, which are the caller's", async () => {
    const client = upstream.client();
    upstream.answer = () => ({ status: 404 });

    for (let i = 0; i < BREAKER.minimumCalls * 2; i++) {
      await expect(client.getScenario("missing")).rejects.toMatchObject({ status: 404 });
    }

    expect(client.circuitOpen).toBe(false);
    // A 404 is an answer, not a fault: no retry either.
    expect(upstream.arrivals).toHaveLength(BREAKER.minimumCalls * 2);
  });
});
