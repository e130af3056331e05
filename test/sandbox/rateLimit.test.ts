import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FixedWindowLimiter } from "../../src/sandbox/rateLimit.js";
import { Harness } from "./harness.js";

const TOO_MANY = {
  requestError: { serviceException: { messageId: "TOO_MANY_REQUESTS", text: "Too many requests" } },
};

describe("rate limit per account", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.startWith({
      accounts: [
        {
          id: "limited",
          credentials: { apiKeys: ["limited-key"], bearerTokens: ["limited-token"] },
          rateLimit: { requests: 3, perSeconds: 60 },
        },
        { id: "free", credentials: { apiKeys: ["free-key"] } },
      ],
    });
  });
  afterAll(() => h.close());

  const get = async (path: string, authorization: string) => {
    const response = await fetch(h.url + path, { headers: { authorization } });
    return {
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      body: (await response.json()) as unknown,
    };
  };

  it("answers the request after the budget with 429, Infobip's body and Retry-After", async () => {
    // Refused credentials belong to no account, so they spend nobody's budget.
    expect((await get("/omni/1/logs", "App wrong")).status).toBe(401);
    expect((await get("/omni/1/logs", "App limited-key")).status).toBe(200);
    expect((await get("/omni/1/scenarios", "Bearer limited-token")).status).toBe(200);
    expect((await get("/omni/1/reports", "App limited-key")).status).toBe(200);

    const refused = await get("/omni/1/logs", "App limited-key");
    expect(refused).toMatchObject({ status: 429, body: TOO_MANY });
    const seconds = Number(refused.retryAfter);
    expect(Number.isInteger(seconds)).toBe(true);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);

    const send = await h.request(
      "POST",
      "/omni/1/advanced",
      { destinations: [{ to: { phoneNumber: "41793026727" } }], sms: { text: "x" } },
      "Bearer limited-token",
    );
    expect(send).toEqual({ status: 429, body: TOO_MANY });

    for (let i = 0; i < 5; i++) {
      expect((await get("/omni/1/logs", "App free-key")).status).toBe(200);
    }

    const stats = (await h.request("GET", "/sandbox/stats", undefined, null)).body;
    expect(stats.byAccount.limited["GET /omni/1/logs"]).toBe(2);
  });

  it("starts a fresh window when the account is reset", async () => {
    await h.request("POST", "/sandbox/reset?account=limited", undefined, null);
    expect((await get("/omni/1/logs", "App limited-key")).status).toBe(200);
  });
});

describe("FixedWindowLimiter", () => {
  it("admits the budget, then gives whole seconds until the window closes, then reopens", () => {
    let real = 1_000;
    const limiter = new FixedWindowLimiter({ requests: 2, perSeconds: 10 }, () => real);
    expect(limiter.take()).toEqual({ admitted: true });
    real += 400;
    expect(limiter.take()).toEqual({ admitted: true });
    expect(limiter.take()).toEqual({ admitted: false, retryAfterSeconds: 10 });
    real += 8_500;
    expect(limiter.take()).toEqual({ admitted: false, retryAfterSeconds: 2 });
    real += 1_050;
    expect(limiter.take()).toEqual({ admitted: false, retryAfterSeconds: 1 });
    real += 50;
    expect(limiter.take()).toEqual({ admitted: true });
  });
});
