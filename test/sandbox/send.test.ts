import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "./harness.js";

const PENDING_ENROUTE = {
  groupId: 1,
  groupName: "PENDING",
  id: 7,
  name: "PENDING_ENROUTE",
  description: "Message sent to next instance",
};

const badRequest = (validationErrors: Record<string, unknown>) => ({
  status: 400,
  body: {
    requestError: {
      serviceException: { messageId: "BAD_REQUEST", text: "Bad request", validationErrors },
    },
  },
});

describe("sending", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  beforeEach(() => h.request("POST", "/sandbox/reset", undefined, null));
  afterAll(() => h.close());

  it("answers one destination without bulkId, with a generated UUID messageId", async () => {
    const reply = await h.post("/omni/1/advanced", {
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      sms: { text: "hello" },
    });
    expect(reply).toEqual({
      status: 200,
      body: {
        messages: [
          {
            to: { phoneNumber: "41793026727" },
            status: PENDING_ENROUTE,
            messageId: expect.stringMatching(/^[0-9a-f-]{36}$/),
          },
        ],
      },
    });
  });

  it("answers several destinations with the client's bulkId and messageIds", async () => {
    const reply = await h.post("/omni/1/advanced", {
      bulkId: "BULK-ID-123-xyz",
      destinations: [
        {
          messageId: "MESSAGE-ID-123-xyz",
          to: { phoneNumber: "41793026727", emailAddress: "email@example.com" },
        },
        { to: { phoneNumber: "41793026731" } },
      ],
      sms: { text: "hello" },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.bulkId).toBe("BULK-ID-123-xyz");
    expect(reply.body.messages[0]).toEqual({
      to: { phoneNumber: "41793026727", emailAddress: "email@example.com" },
      status: PENDING_ENROUTE,
      messageId: "MESSAGE-ID-123-xyz",
    });
  });

  it("generates a bulkId for several destinations when the client gives none", async () => {
    const reply = await h.post("/omni/1/advanced", {
      destinations: [
        { to: { phoneNumber: "41793026727" } },
        { to: { phoneNumber: "41793026731" } },
      ],
      sms: { text: "hello" },
    });
    expect(reply.body.bulkId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends the same text on every step through /omni/1/text", async () => {
    const { key } = await h.createScenario([
      { channel: "PUSH", from: "app" },
      { channel: "SMS", from: "InfoSMS" },
    ]);
    const reply = await h.post("/omni/1/text", {
      scenarioKey: key,
      destinations: [{ to: { phoneNumber: "41793026731" } }],
      text: "A long time ago in a galaxy far, far away...",
    });
    expect(reply.status).toBe(200);
    const logs = (await h.get(`/omni/1/logs?messageId=${reply.body.messages[0].messageId}`)).body
      .results;
    expect(logs.map((l: { channel: string; text: string }) => [l.channel, l.text])).toEqual([
      ["SMS", "A long time ago in a galaxy far, far away..."],
      ["PUSH", "A long time ago in a galaxy far, far away..."],
    ]);
    expect(
      await h.post("/omni/1/text", { destinations: [{ to: { phoneNumber: "41793026731" } }] }),
    ).toEqual(badRequest({ text: ["must not be empty"] }));
  });

  it.each([
    ["no destinations", { sms: { text: "x" } }, { destinations: ["must not be empty"] }],
    ["an empty destination list", { destinations: [] }, { destinations: ["must not be empty"] }],
    [
      "a destination without address",
      { destinations: [{ to: {} }] },
      { "destinations[0].to": ["must contain phoneNumber or emailAddress"] },
    ],
    [
      "an invalid phone number",
      { destinations: [{ to: { phoneNumber: "+41 79 302" } }] },
      { "destinations[0].to.phoneNumber": [expect.stringContaining("international")] },
    ],
    [
      "an invalid e-mail address",
      { destinations: [{ to: { emailAddress: "not-an-address" } }] },
      { "destinations[0].to.emailAddress": ["must be an e-mail address"] },
    ],
    [
      "a validity period under 30 s",
      {
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        sms: { text: "x", validityPeriod: 10, validityPeriodTimeUnit: "SECONDS" },
      },
      { "sms.validityPeriod": ["must be at least 30 seconds"] },
    ],
    [
      "a Viber validity period over 14 days",
      {
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        viber: { text: "x", validityPeriod: 15 * 24, validityPeriodTimeUnit: "HOURS" },
      },
      { "viber.validityPeriod": ["must be at most 336 hours"] },
    ],
    [
      "an unknown validity time unit",
      {
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        sms: { text: "x", validityPeriod: 1, validityPeriodTimeUnit: "WEEKS" },
      },
      { "sms.validityPeriodTimeUnit": ["must be one of SECONDS, MINUTES, HOURS"] },
    ],
    [
      "an unparseable sendAt",
      { destinations: [{ to: { phoneNumber: "41793026727" } }], sendAt: "tomorrow" },
      { sendAt: [expect.stringContaining("date-time")] },
    ],
    [
      "a sendAt 180 days ahead",
      {
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        sendAt: "2026-09-01T00:00:00.000+0000",
      },
      { sendAt: ["must be less than 180 days ahead"] },
    ],
    [
      "an unknown scenarioKey",
      {
        scenarioKey: "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF",
        destinations: [{ to: { phoneNumber: "41793026727" } }],
      },
      { scenarioKey: ["scenario not found"] },
    ],
  ])("rejects %s with 400", async (_case, body, validationErrors) => {
    expect(await h.post("/omni/1/advanced", body)).toEqual(badRequest(validationErrors));
  });

  it("clamps a validity period over 48 h silently", async () => {
    const reply = await h.post("/omni/1/advanced", {
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      sms: { text: "x", validityPeriod: 72, validityPeriodTimeUnit: "HOURS" },
    });
    expect(reply.status).toBe(200);
  });

  it("accepts a malformed address beside a valid one and rejects the step that needs it", async () => {
    const { key } = await h.createScenario([{ channel: "SMS" }, { channel: "EMAIL" }]);
    const reply = await h.post("/omni/1/advanced", {
      scenarioKey: key,
      destinations: [
        { to: { phoneNumber: "38597213556611111", emailAddress: "jane.smith@gmail.com" } },
      ],
      sms: { text: "x" },
      email: { text: "x", subject: "s" },
    });
    expect(reply.status).toBe(200);
    const reports = (await h.get("/omni/1/reports")).body.results;
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      channel: "SMS",
      status: { name: "REJECTED_DESTINATION" },
      error: { name: "EC_INVALID_DESTINATION_ADDRESS" },
      price: { pricePerMessage: 0, currency: "EUR" },
    });
  });

  it("accepts unknown channel objects and ignores them", async () => {
    const reply = await h.post("/omni/1/advanced", {
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      sms: { text: "x" },
      whatsApp: { text: "ignored" },
      line: { type: "TEXT", text: "ignored" },
    });
    expect(reply.status).toBe(200);
  });

  it("needs a default scenario when no scenarioKey is given", async () => {
    const bare = await Harness.start({ scenarios: [] });
    try {
      const reply = await bare.post("/omni/1/advanced", {
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        sms: { text: "x" },
      });
      expect(reply).toEqual(
        badRequest({
          scenarioKey: ["no default scenario: pass scenarioKey or create a default scenario"],
        }),
      );
    } finally {
      await bare.close();
    }
  });

  it("accepts 10 000 destinations and delivers them all", async () => {
    const destinations = Array.from({ length: 10_000 }, (_, i) => ({
      to: { phoneNumber: String(41_790_000_000 + i) },
    }));
    const reply = await h.post("/omni/1/advanced", { destinations, sms: { text: "bulk" } });
    expect(reply.status).toBe(200);
    expect(reply.body.messages).toHaveLength(10_000);
    await h.advance(2_000);
    const reports = (await h.get("/omni/1/reports?limit=1000")).body.results;
    expect(reports).toHaveLength(1000);
    expect(
      reports.every((r: { status: { name: string } }) => r.status.name === "DELIVERED_TO_HANDSET"),
    ).toBe(true);
  });
});
