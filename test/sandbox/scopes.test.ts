import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Harness } from "./harness.js";

const FORBIDDEN = {
  requestError: { serviceException: { messageId: "FORBIDDEN", text: "Forbidden" } },
};
const BASIC = `Basic ${Buffer.from("ops:ops password").toString("base64")}`;

const SMS_SEND = { destinations: [{ to: { phoneNumber: "41793026727" } }], sms: { text: "hi" } };
const PUSH_SEND = {
  messages: [
    {
      sender: "app",
      destinations: [{ type: "PHONE_NUMBER", phoneNumber: "41793026727" }],
      content: { type: "TEXT", text: "hi" },
    },
  ],
};

/** One call per route the sandbox serves, each with a body it accepts. */
const CALLS: [string, string, unknown?][] = [
  ["GET", "/omni/1/scenarios"],
  ["POST", "/omni/1/scenarios", { name: "s", flow: [{ channel: "SMS" }] }],
  ["POST", "/omni/1/advanced", SMS_SEND],
  ["POST", "/omni/1/text", { destinations: [{ to: { phoneNumber: "41793026727" } }], text: "hi" }],
  ["GET", "/omni/1/reports"],
  ["GET", "/omni/1/logs"],
  ["POST", "/push/3/messages", PUSH_SEND],
  ["GET", "/push/1/statistics?bulkId=b"],
  ["GET", "/push/1/reports"],
  ["POST", "/sms/1/preview", { text: "hi" }],
];

describe("API-key scopes", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.startWith({
      accounts: [
        {
          id: "shop",
          credentials: {
            apiKeys: [
              { key: "logs-reader", scopes: ["omni-failover:logs:read"] },
              { key: "sender", scopes: ["message:send"] },
              { key: "omni-sender", scopes: ["omni-failover:message:send"] },
              { key: "push-sender", scopes: ["mobile-app-messaging:send"] },
              { key: "no-scopes", scopes: [] },
              "full-key",
            ],
            basic: [{ username: "ops", password: "ops password" }],
          },
        },
      ],
    });
  });
  afterAll(() => h.close());

  const call = async (authorization: string, [method, path, body]: [string, string, unknown?]) =>
    h.request(method, path, body, authorization);
  const allowedRoutes = async (authorization: string) => {
    const allowed: string[] = [];
    for (const c of CALLS) {
      const reply = await call(authorization, c);
      if (reply.status === 403) expect(reply.body).toEqual(FORBIDDEN);
      else {
        expect([200, 201], `${c[0]} ${c[1]}: ${JSON.stringify(reply.body)}`).toContain(
          reply.status,
        );
        allowed.push(`${c[0]} ${c[1].split("?")[0]}`);
      }
    }
    return allowed;
  };

  it("refuses a logs-only key everything but the logs, with 403 and Infobip's body", async () => {
    expect(await h.request("POST", "/omni/1/advanced", SMS_SEND, "App logs-reader")).toEqual({
      status: 403,
      body: FORBIDDEN,
    });
    expect((await h.request("GET", "/omni/1/logs", undefined, "App logs-reader")).status).toBe(200);
    expect(await allowedRoutes("App logs-reader")).toEqual(["GET /omni/1/logs"]);
  });

  it("lets message:send send and fetch reports on OMNI and Push, and nothing else", async () => {
    expect(await allowedRoutes("App sender")).toEqual([
      "POST /omni/1/advanced",
      "POST /omni/1/text",
      "GET /omni/1/reports",
      "POST /push/3/messages",
      "GET /push/1/reports",
    ]);
  });

  it("keeps the channel-specific send scopes to their own API", async () => {
    expect(await allowedRoutes("App omni-sender")).toEqual([
      "POST /omni/1/advanced",
      "POST /omni/1/text",
      "GET /omni/1/reports",
    ]);
    expect(await allowedRoutes("App push-sender")).toEqual([
      "POST /push/3/messages",
      "GET /push/1/reports",
    ]);
    expect(await allowedRoutes("App no-scopes")).toEqual([]);
  });

  it("gives every scope to a plain API key and to Basic credentials", async () => {
    const everything = CALLS.map(([method, path]) => `${method} ${path.split("?")[0]}`);
    expect(await allowedRoutes("App full-key")).toEqual(everything);
    expect(await allowedRoutes(BASIC)).toEqual(everything);
  });

  it("authenticates first, and decides on the scope before reading the body", async () => {
    expect((await h.request("POST", "/omni/1/advanced", SMS_SEND, "App wrong")).status).toBe(401);
    expect(await h.request("POST", "/omni/1/advanced", "{not json", "App logs-reader")).toEqual({
      status: 403,
      body: FORBIDDEN,
    });
  });

  it("counts refused calls for the account", async () => {
    await h.request("POST", "/sandbox/stats/reset", undefined, null);
    await h.request("GET", "/omni/1/scenarios", undefined, "App sender");
    const stats = (await h.request("GET", "/sandbox/stats", undefined, null)).body;
    expect(stats.byAccount).toEqual({ shop: { "GET /omni/1/scenarios": 1 } });
  });
});
