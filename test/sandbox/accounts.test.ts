import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SandboxAccount } from "../../src/sandbox/index.js";
import { Harness } from "./harness.js";

const basic = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;

const ACME: SandboxAccount = {
  id: "acme",
  credentials: {
    apiKeys: ["acme-api-key"],
    basic: [{ username: "acme-user", password: "acme password" }],
    ibssoTokens: ["acme-ibsso-token"],
    bearerTokens: ["acme-bearer-token"],
  },
};
const GLOBEX: SandboxAccount = {
  id: "globex",
  credentials: {
    apiKeys: [{ key: "globex-api-key", scopes: ["omni-failover:manage"] }],
    basic: [{ username: "globex-user", password: "globex password" }],
    ibssoTokens: ["globex-ibsso-token"],
    bearerTokens: ["globex-bearer-token"],
  },
};
const SECRETS = [
  "acme-api-key",
  "acme password",
  "acme-ibsso-token",
  "acme-bearer-token",
  "globex-api-key",
  "globex password",
  "globex-ibsso-token",
  "globex-bearer-token",
];

/** Every scheme of each account, as the Authorization header that uses it. */
const HEADERS = {
  acme: [
    "App acme-api-key",
    basic("acme-user", "acme password"),
    "IBSSO acme-ibsso-token",
    "Bearer acme-bearer-token",
  ],
  globex: [
    "App globex-api-key",
    basic("globex-user", "globex password"),
    "IBSSO globex-ibsso-token",
    "Bearer globex-bearer-token",
  ],
};
const ACME_KEY = HEADERS.acme[0]!;
const GLOBEX_KEY = HEADERS.globex[0]!;

const NOT_FOUND = {
  requestError: { serviceException: { messageId: "NOT_FOUND", text: "Not found" } },
};
const SMS_SEND = { destinations: [{ to: { phoneNumber: "41793026727" } }], sms: { text: "hi" } };

describe("sandbox accounts", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.startWith({ accounts: [ACME, GLOBEX] });
  });
  afterEach(() => h.close());

  const as = (authorization: string) => ({
    get: (path: string) => h.request("GET", path, undefined, authorization),
    post: (path: string, body: unknown) => h.request("POST", path, body, authorization),
  });
  const admin = (method: string, path: string, body?: unknown) =>
    h.request(method, path, body, null);
  const createScenario = async (authorization: string) => {
    const reply = await as(authorization).post("/omni/1/scenarios", {
      name: "Viber first",
      flow: [{ channel: "VIBER" }, { channel: "SMS" }],
    });
    expect(reply.status).toBe(201);
    return reply.body.key as string;
  };

  it("authenticates each of the four schemes into its own account", async () => {
    const acmeKey = await createScenario(ACME_KEY);
    const globexKey = await createScenario(GLOBEX_KEY);
    for (const authorization of HEADERS.acme) {
      expect((await as(authorization).get(`/omni/1/scenarios/${acmeKey}`)).status).toBe(200);
      expect(await as(authorization).get(`/omni/1/scenarios/${globexKey}`)).toEqual({
        status: 404,
        body: NOT_FOUND,
      });
    }
    for (const authorization of HEADERS.globex) {
      expect((await as(authorization).get(`/omni/1/scenarios/${globexKey}`)).status).toBe(200);
      expect((await as(authorization).get(`/omni/1/scenarios/${acmeKey}`)).status).toBe(404);
    }
  });

  it("seeds each account apart, so keyless seed scenarios get a key per account", async () => {
    const defaults = async (authorization: string) =>
      (await as(authorization).get("/omni/1/scenarios?isDefault=true")).body.scenarios;
    const [acme] = await defaults(ACME_KEY);
    const [globex] = await defaults(GLOBEX_KEY);
    expect(acme).toMatchObject({ name: "Default SMS", default: true });
    expect(globex).toMatchObject({ name: "Default SMS", default: true });
    expect(acme.key).not.toBe(globex.key);
  });

  it("shows a send in its account's logs and reports only", async () => {
    const sent = await as(ACME_KEY).post("/omni/1/advanced", SMS_SEND);
    expect(sent.status).toBe(200);
    const messageId = sent.body.messages[0].messageId;
    await h.advance(2_000);

    expect((await as(GLOBEX_KEY).get("/omni/1/logs")).body.results).toEqual([]);
    expect((await as(GLOBEX_KEY).get(`/omni/1/logs?messageId=${messageId}`)).body.results).toEqual(
      [],
    );
    expect((await as(HEADERS.globex[1]!).get("/omni/1/reports")).body.results).toEqual([]);

    const logs = (await as(ACME_KEY).get("/omni/1/logs")).body.results;
    expect(logs).toMatchObject([{ messageId, status: { name: "DELIVERED_TO_HANDSET" } }]);
    // Globex's fetch did not consume Acme's report.
    expect((await as(HEADERS.acme[2]!).get("/omni/1/reports")).body.results).toMatchObject([
      { messageId, channel: "SMS" },
    ]);
  });

  it("keeps push devices per account and contacts for everybody", async () => {
    const device = { applicationCode: "globex-app", phoneNumber: "41793026999" };
    const put = await admin("PUT", "/sandbox/devices/GLOBEX-DEVICE?account=globex", device);
    expect(put.status).toBe(200);
    const ids = async (query: string) =>
      (await admin("GET", `/sandbox/devices${query}`)).body.devices.map(
        (d: { pushRegistrationId: string }) => d.pushRegistrationId,
      );
    expect(await ids("?account=globex")).toContain("GLOBEX-DEVICE");
    expect(await ids("")).not.toContain("GLOBEX-DEVICE");
    expect(await ids("?account=acme")).not.toContain("GLOBEX-DEVICE");
    expect((await admin("GET", "/sandbox/devices/GLOBEX-DEVICE")).status).toBe(404);
    expect((await admin("GET", "/sandbox/devices/GLOBEX-DEVICE?account=globex")).status).toBe(200);

    const push = (authorization: string) =>
      as(authorization).post("/push/3/messages", {
        messages: [
          {
            sender: "globex-app",
            destinations: [{ type: "PHONE_NUMBER", phoneNumber: "41793026999" }],
            content: { type: "TEXT", text: "hi" },
          },
        ],
      });
    expect((await push(HEADERS.globex[3]!)).body.messages[0].destination).toBe("GLOBEX-DEVICE");
    expect((await push(ACME_KEY)).body.messages[0].destination).not.toBe("GLOBEX-DEVICE");

    await admin("PUT", "/sandbox/contacts/41793026727", { channels: { VIBER: "ONLINE" } });
    for (const authorization of [ACME_KEY, GLOBEX_KEY]) {
      const scenarioKey = await createScenario(authorization);
      await as(authorization).post("/omni/1/advanced", {
        scenarioKey,
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        viber: { text: "hi" },
        sms: { text: "hi" },
      });
    }
    await h.advance(2_000);
    for (const authorization of [ACME_KEY, GLOBEX_KEY]) {
      expect((await as(authorization).get("/omni/1/reports")).body.results).toMatchObject([
        { channel: "VIBER", status: { name: "DELIVERED_TO_HANDSET" } },
      ]);
    }
  });

  it("resets one account, leaving the other's state and plays in flight alone", async () => {
    const acmeKey = await createScenario(ACME_KEY);
    const globexKey = await createScenario(GLOBEX_KEY);
    await as(ACME_KEY).post("/omni/1/advanced", SMS_SEND);
    await as(GLOBEX_KEY).post("/omni/1/advanced", SMS_SEND);

    expect(await admin("POST", "/sandbox/reset?account=globex")).toEqual({
      status: 200,
      body: { status: "RESET" },
    });
    await h.advance(2_000);
    expect((await as(GLOBEX_KEY).get(`/omni/1/scenarios/${globexKey}`)).status).toBe(404);
    expect((await as(GLOBEX_KEY).get("/omni/1/reports")).body.results).toEqual([]);
    expect((await as(ACME_KEY).get(`/omni/1/scenarios/${acmeKey}`)).status).toBe(200);
    expect((await as(ACME_KEY).get("/omni/1/reports")).body.results).toMatchObject([
      { status: { name: "DELIVERED_TO_HANDSET" } },
    ]);

    await createScenario(GLOBEX_KEY);
    await admin("PUT", "/sandbox/contacts/385974241491", { channels: { VIBER: "ONLINE" } });
    await admin("POST", "/sandbox/reset");
    for (const authorization of [ACME_KEY, GLOBEX_KEY]) {
      const scenarios = (await as(authorization).get("/omni/1/scenarios")).body.scenarios;
      expect(scenarios.map((s: { name: string }) => s.name)).toEqual(["Default SMS"]);
    }
    expect((await admin("GET", "/sandbox/contacts/385974241491")).status).toBe(404);
  });

  it("counts requests per account, and 401s in the totals only", async () => {
    await as(ACME_KEY).get("/omni/1/logs");
    await as(HEADERS.acme[1]!).get("/omni/1/logs");
    await as(GLOBEX_KEY).get("/omni/1/scenarios");
    await as("App nobody").get("/omni/1/logs");
    await as(GLOBEX_KEY).get("/omni/1/nothing");

    const stats = (await admin("GET", "/sandbox/stats")).body;
    expect(stats.requests).toEqual({
      "GET /omni/1/logs": 3,
      "GET /omni/1/scenarios": 1,
      "GET /omni/{unknown}": 1,
    });
    expect(stats.byAccount).toEqual({
      acme: { "GET /omni/1/logs": 2 },
      globex: { "GET /omni/1/scenarios": 1, "GET /omni/{unknown}": 1 },
    });
    expect(stats.webhooks).toEqual({ delivered: 0, failed: 0, retrying: 0 });

    expect((await admin("POST", "/sandbox/stats/reset")).body).toEqual({
      requests: {},
      byAccount: { acme: {}, globex: {} },
    });
  });

  it("lists the accounts with schemes and scopes, never a secret", async () => {
    const reply = await admin("GET", "/sandbox/accounts");
    expect(reply).toEqual({
      status: 200,
      body: {
        accounts: [
          {
            id: "acme",
            credentials: [
              { scheme: "App", scopes: "ALL" },
              { scheme: "Basic", scopes: "ALL" },
              { scheme: "IBSSO", scopes: "ALL" },
              { scheme: "Bearer", scopes: "ALL" },
            ],
          },
          {
            id: "globex",
            credentials: [
              { scheme: "App", scopes: ["omni-failover:manage"] },
              { scheme: "Basic", scopes: "ALL" },
              { scheme: "IBSSO", scopes: "ALL" },
              { scheme: "Bearer", scopes: "ALL" },
            ],
          },
        ],
      },
    });
    const text = JSON.stringify(reply.body);
    for (const secret of [...SECRETS, "acme-user", "globex-user"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("answers an unknown account with 404 and Infobip's body on every admin route", async () => {
    for (const [method, path] of [
      ["GET", "/sandbox/devices?account=initech"],
      ["PUT", "/sandbox/devices/X?account=initech"],
      ["POST", "/sandbox/reset?account=initech"],
      ["GET", "/sandbox/stats?account=initech"],
      ["GET", "/sandbox/contacts?account=initech"],
    ] as const) {
      const body = method === "PUT" ? { applicationCode: "app" } : undefined;
      expect(await admin(method, path, body)).toEqual({ status: 404, body: NOT_FOUND });
    }
  });

  it("names the shorthand credentials' account default", async () => {
    const single = await Harness.start();
    try {
      const accounts = (await single.request("GET", "/sandbox/accounts", undefined, null)).body;
      expect(accounts.accounts.map((a: { id: string }) => a.id)).toEqual(["default"]);
      await single.get("/omni/1/logs");
      const stats = (await single.request("GET", "/sandbox/stats", undefined, null)).body;
      expect(stats.byAccount).toEqual({ default: { "GET /omni/1/logs": 1 } });
    } finally {
      await single.close();
    }
  });
});
