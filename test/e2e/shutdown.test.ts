import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../src/sandbox/index.js";
import { builtGateway, startGatewayProcess } from "../support/builtGateway.js";

const API_KEY = "shutdown-test-api-key-0123456789";

let sandbox: RunningSandbox;
let dataDir: string;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, credentials: { apiKeys: [API_KEY] }, clockSpeed: 0 });
  dataDir = await mkdtemp(path.join(tmpdir(), "omni-shutdown-"));
  await builtGateway();
}, 120_000);
afterAll(async () => {
  await sandbox.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("a SIGTERM under load", () => {
  it("turns /ready to 503, serves through the drain delay, loses no request, and exits 0", async () => {
    const gateway = await startGatewayProcess({
      PORT: "0",
      OMNI_BASE_URL: sandbox.url,
      OMNI_API_KEY: API_KEY,
      SHUTDOWN_DRAIN_MS: "1000",
      ...(process.env.DATABASE_URL
        ? { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: `shutdown_${process.pid}` }
        : { DATA_DIR: dataDir }),
    });
    const url = /GraphQL[^\n]*?(http:\/\/\S+)/.exec(gateway.output())![1]!;
    const origin = new URL(url).origin;

    // What a load balancer does: route while /ready says so, probing it often.
    let routable = true;
    let sawDraining = false;
    const probe = (async () => {
      while (routable) {
        const ready = await fetch(`${origin}/ready`).catch(() => undefined);
        if (ready?.status === 503) sawDraining = true;
        if (ready?.status !== 200) routable = false;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const outcomes = { ok: 0, failed: 0 };
    let loaded: () => void = () => undefined;
    const underLoad = new Promise<void>((resolve) => (loaded = resolve));
    const queries = [
      '{ previewSms(text: "Hi") { originalText } }',
      "{ scenarios(limit: 1) { key } }",
    ];
    const worker = async (index: number) => {
      for (let i = 0; routable && i < 10_000; i++) {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: queries[(index + i) % queries.length] }),
        }).catch(() => undefined);
        const body = (await response?.json().catch(() => undefined)) as { errors?: unknown };
        if (response?.status === 200 && !body?.errors) {
          if (++outcomes.ok === 100) loaded();
        } else outcomes.failed += 1;
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, i) => worker(i)));
    // Some load first, then the orchestrator's signal.
    await underLoad;
    gateway.child.kill("SIGTERM");
    await Promise.all([load, probe]);

    expect(await gateway.exited).toBe(0);
    expect(sawDraining).toBe(true);
    expect(outcomes.failed).toBe(0);
    expect(outcomes.ok).toBeGreaterThan(100);
  }, 120_000);
});
