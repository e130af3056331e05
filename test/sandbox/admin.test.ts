import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_SEED, loadSeedFile, startSandbox } from "../../src/sandbox/index.js";
import { CREDENTIALS, Harness } from "./harness.js";

describe("admin routes", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.start();
  });
  afterEach(() => h.close());
  const admin = (method: string, path: string, body?: unknown) =>
    h.request(method, path, body, null);

  it("reports health", async () => {
    expect(await admin("GET", "/sandbox/health")).toEqual({ status: 200, body: { status: "UP" } });
  });

  it("reads, advances and sets the clock", async () => {
    expect((await admin("GET", "/sandbox/clock")).body).toEqual({
      now: "2026-01-15T10:00:00.000Z",
      speed: 0,
    });
    expect((await admin("POST", "/sandbox/clock/advance", { ms: 500 })).body).toEqual({
      now: "2026-01-15T10:00:00.500Z",
    });
    await admin("POST", "/sandbox/clock/advance", { seconds: 1.5 });
    await admin("POST", "/sandbox/clock/advance", { minutes: 1 });
    await admin("POST", "/sandbox/clock/advance", { hours: 1 });
    expect((await admin("GET", "/sandbox/clock")).body.now).toBe("2026-01-15T11:01:02.000Z");
    expect((await admin("POST", "/sandbox/clock/advance", { ms: -1 })).status).toBe(400);
    expect((await admin("POST", "/sandbox/clock/advance", {})).status).toBe(400);

    expect((await admin("PUT", "/sandbox/clock", { speed: 1000 })).body.speed).toBe(1000);
    // A running clock moves on its own; how far in a given wall time is the benchmark's business.
    await expect
      .poll(async () => Date.parse((await admin("GET", "/sandbox/clock")).body.now))
      .toBeGreaterThan(Date.parse("2026-01-15T11:01:02.000Z"));
    expect((await admin("PUT", "/sandbox/clock", { speed: -1 })).status).toBe(400);
  });

  it("runs the play on its own when the clock runs", async () => {
    await admin("PUT", "/sandbox/clock", { speed: 1000 });
    await h.post("/omni/1/advanced", {
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      sms: { text: "x" },
    });
    await expect
      .poll(async () => (await h.get("/omni/1/logs")).body.results[0].status.name, {
        timeout: 2_000,
      })
      .toBe("DELIVERED_TO_HANDSET");
  });

  it("manages contacts", async () => {
    expect((await admin("GET", "/sandbox/contacts")).body.contacts).toEqual(DEFAULT_SEED.contacts);
    const put = await admin("PUT", "/sandbox/contacts/385974241491", {
      channels: { VIBER: "ONLINE" },
    });
    expect(put).toEqual({
      status: 200,
      body: { phoneNumber: "385974241491", channels: { VIBER: "ONLINE" } },
    });
    expect((await admin("GET", "/sandbox/contacts/385974241491")).body).toEqual(put.body);
    expect((await admin("DELETE", "/sandbox/contacts/385974241491")).status).toBe(204);
    expect((await admin("GET", "/sandbox/contacts/385974241491")).status).toBe(404);
    expect((await admin("DELETE", "/sandbox/contacts/385974241491")).status).toBe(404);
    expect((await admin("PUT", "/sandbox/contacts/123", { channels: {} })).status).toBe(400);
    const bad = await admin("PUT", "/sandbox/contacts/385974241491", {
      channels: { VIBER: "MAYBE" },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.requestError.serviceException.validationErrors)).toEqual([
      "channels.VIBER",
    ]);
  });

  it("counts /omni requests by route template and resets the counts", async () => {
    await h.get("/omni/1/logs");
    await h.get("/omni/1/logs?limit=1");
    await h.get("/omni/1/scenarios/ABC");
    await h.request("GET", "/omni/1/reports", undefined, null);
    expect((await admin("GET", "/sandbox/stats")).body.requests).toEqual({
      "GET /omni/1/logs": 2,
      "GET /omni/1/scenarios/{scenarioKey}": 1,
      "GET /omni/1/reports": 1,
    });
    await admin("POST", "/sandbox/stats/reset");
    expect((await admin("GET", "/sandbox/stats")).body.requests).toEqual({});
  });

  it("resets messages, reports, scenarios and contacts to the seed", async () => {
    const defaultKey = (await h.get("/omni/1/scenarios?isDefault=true")).body.scenarios[0].key;
    await h.createScenario([{ channel: "SMS" }], true);
    await admin("DELETE", "/sandbox/contacts/41793026727");
    await h.post("/omni/1/advanced", {
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      sms: { text: "x" },
    });
    expect((await admin("POST", "/sandbox/reset")).status).toBe(200);
    expect((await h.get("/omni/1/logs")).body.results).toEqual([]);
    await h.advance(10_000);
    expect((await h.get("/omni/1/reports")).body.results).toEqual([]);
    const scenarios = (await h.get("/omni/1/scenarios")).body.scenarios;
    expect(scenarios).toEqual([
      {
        key: defaultKey,
        name: "Default SMS",
        flow: [{ from: "InfoSMS", channel: "SMS" }],
        default: true,
      },
    ]);
    expect((await admin("GET", "/sandbox/contacts")).body.contacts).toEqual(DEFAULT_SEED.contacts);
  });
});

describe("delivery-report webhooks", () => {
  let h: Harness;
  let receiver: Server;
  let received: { status: number; body: unknown }[];
  let answers: number[];

  beforeEach(async () => {
    h = await Harness.start();
    received = [];
    answers = [];
    receiver = createServer((req: IncomingMessage, res) => {
      let data = "";
      req.on("data", (chunk: Buffer) => (data += chunk.toString()));
      req.on("end", () => {
        const status = answers.shift() ?? 200;
        received.push({ status, body: JSON.parse(data) });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  });
  afterEach(async () => {
    await h.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  const notifyUrl = () => `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/dlr`;
  const webhooks = async () =>
    (await h.request("GET", "/sandbox/stats", undefined, null)).body.webhooks;

  it("posts each finished attempt to notifyUrl and retries on the sandbox clock after a failure", async () => {
    answers = [500];
    await h.post("/omni/1/advanced", {
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      sms: { text: "x" },
      notifyUrl: notifyUrl(),
      callbackData: "order-7",
    });
    await h.advance(2_000);
    await expect.poll(webhooks).toEqual({ delivered: 0, failed: 0, retrying: 1 });
    await h.advance(59_999);
    expect(received).toHaveLength(1);
    await h.advance(1);
    await expect.poll(webhooks).toEqual({ delivered: 1, failed: 0, retrying: 0 });
    expect(received.map((r) => r.status)).toEqual([500, 200]);
    expect(received[1]!.body).toMatchObject({
      results: [
        { status: { name: "DELIVERED_TO_HANDSET" }, callbackData: "order-7", channel: "SMS" },
      ],
    });
  });

  it("sends nothing when notify is false", async () => {
    const send = async (notify: boolean) =>
      (
        await h.post("/omni/1/advanced", {
          destinations: [{ to: { phoneNumber: "41793026727" } }],
          sms: { text: "x" },
          notifyUrl: notifyUrl(),
          notify,
        })
      ).body.messages[0].messageId as string;
    const silent = await send(false);
    const notified = await send(true);
    // Both finish in the same tick, and reports of one tick share one call: had the silent one
    // been reported, it would be in that call.
    await h.advance(2_000);
    await expect.poll(webhooks).toEqual({ delivered: 1, failed: 0, retrying: 0 });
    expect(received).toHaveLength(1);
    const ids = (received[0]!.body as { results: { messageId: string }[] }).results.map(
      (r) => r.messageId,
    );
    expect(ids).toEqual([notified]);
    expect(ids).not.toContain(silent);
  });
});

describe("seeds", () => {
  it("loads a seed file and starts with it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sandbox-seed-"));
    const path = join(dir, "seed.json");
    await writeFile(
      path,
      JSON.stringify({
        scenarios: [
          {
            key: "0123456789ABCDEF0123456789ABCDEF",
            name: "Viber",
            flow: [{ channel: "VIBER" }],
            default: true,
          },
        ],
        contacts: [{ phoneNumber: "385974241491", channels: { VIBER: "ONLINE" } }],
      }),
    );
    const seed = await loadSeedFile(path);
    const sandbox = await startSandbox({ credentials: CREDENTIALS, seed, clockSpeed: 0 });
    try {
      expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(
        `${sandbox.url}/omni/1/scenarios/0123456789ABCDEF0123456789ABCDEF`,
        {
          headers: { authorization: "App test-api-key" },
        },
      );
      expect(await response.json()).toMatchObject({ name: "Viber", default: true });
    } finally {
      await sandbox.close();
    }
  });

  it.each([
    ["not JSON", "{", /not JSON/],
    [
      "an unknown channel",
      JSON.stringify({ scenarios: [{ name: "x", flow: [{ channel: "LINE" }] }] }),
      /scenarios/,
    ],
    [
      "two defaults",
      JSON.stringify({
        scenarios: [
          { name: "a", flow: [{ channel: "SMS" }], default: true },
          { name: "b", flow: [{ channel: "SMS" }], default: true },
        ],
      }),
      /at most one scenario/,
    ],
    [
      "a bad contact",
      JSON.stringify({ contacts: [{ phoneNumber: "+1", channels: {} }] }),
      /phoneNumber/,
    ],
  ])("rejects a seed file with %s, naming the problem", async (_case, text, message) => {
    const dir = await mkdtemp(join(tmpdir(), "sandbox-seed-"));
    const path = join(dir, "seed.json");
    await writeFile(path, text);
    await expect(loadSeedFile(path)).rejects.toThrow(message);
  });

  it("names a missing seed file", async () => {
    await expect(loadSeedFile("/nonexistent/seed.json")).rejects.toThrow(
      /Cannot read sandbox seed file/,
    );
  });
});
