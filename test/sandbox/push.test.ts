import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { responseChecks, type OpenApi } from "../support/openApi.js";
import { APP, PUSH_DEVICES } from "../support/pushDevices.js";
import { Harness, type Json } from "./harness.js";

const DOC_ID = "https://infobip.example/mobile-app-messaging.json";
const doc = JSON.parse(
  readFileSync(
    new URL("../fixtures/infobip-openapi/mobile-app-messaging.json", import.meta.url),
    "utf8",
  ),
) as OpenApi;
const { expectValid } = responseChecks(doc, DOC_ID);

const HOUR = 3_600_000;

describe("the Mobile Push API of the sandbox", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.start({ devices: PUSH_DEVICES });
  });
  afterEach(() => h.close());

  const send = async (destinations: object[], options: object = {}) => {
    const reply = await h.post("/push/3/messages", {
      messages: [{ sender: APP, destinations, content: { type: "TEXT", text: "Hi" }, options }],
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expectValid("/push/3/messages", "post", 200, reply.body);
    return reply.body as { bulkId: string; messages: Json[] };
  };

  it("accepts every request example of the OpenAPI document", async () => {
    const examples =
      doc.paths["/push/3/messages"]!.post!.requestBody!.content["application/json"]!.examples!;
    expect(Object.keys(examples).length).toBeGreaterThan(3);
    for (const [name, { value }] of Object.entries(examples)) {
      const reply = await h.post("/push/3/messages", value);
      expect(reply.status, `${name}: ${JSON.stringify(reply.body)}`).toBe(200);
      expectValid("/push/3/messages", "post", 200, reply.body);
    }
  });

  it("answers statistics and reports in the documented shapes, and 400s in ApiError form", async () => {
    const { bulkId } = await send([{ type: "MULTIPLE", $or: [{ platform: "iOS" }] }]);
    await h.advance(49 * HOUR);
    const stats = await h.get(`/push/1/statistics?bulkId=${bulkId}`);
    expectValid("/push/1/statistics", "get", 200, stats.body);
    const reports = await h.get(`/push/1/reports?bulkId=${bulkId}&limit=1000`);
    expect(reports.body.results).toHaveLength(5);
    expectValid("/push/1/reports", "get", 200, reports.body);
    expect((await h.get(`/push/1/reports?bulkId=${bulkId}`)).body.results).toEqual([]);
    expect((await h.get("/omni/1/reports")).body.results).toEqual([]);

    const bad = await h.post("/push/3/messages", {
      messages: [{ sender: APP, destinations: [{ type: "MULTIPLE" }], content: { text: "x" } }],
    });
    expect(bad.status).toBe(400);
    expectValid("/push/3/messages", "post", 400, bad.body);
    expect(bad.body.violations.map((v: Json) => v.property)).toEqual(
      expect.arrayContaining(["messages[0].destinations[0]", "messages[0].content.type"]),
    );
    expectValid("/push/1/statistics", "get", 400, (await h.get("/push/1/statistics")).body);
  });

  it("plays every kind of outcome and counts it", async () => {
    const { bulkId, messages } = await send([
      { type: "MULTIPLE", $or: [{ platform: "iOS" }, { externalUserId: "customer_21238" }] },
      { type: "EXTERNAL_USER_ID", externalUserId: "nobody" },
    ]);
    expect(messages.map((m) => [m.destination, m.status.name])).toEqual([
      ["REG-ALICE-IPHONE", "PENDING_ENROUTE"],
      ["REG-ALICE-IPAD", "PENDING_ENROUTE"],
      ["REG-CAROL-IPHONE", "PENDING_WAITING_DELIVERY"],
      ["REG-ANON-IPHONE", "PENDING_ENROUTE"],
      ["REG-DAVE-IPHONE", "UNDELIVERABLE_NOT_DELIVERED"],
      ["REG-ERIN-ANDROID", "UNDELIVERABLE_NOT_DELIVERED"],
      ["nobody", "UNDELIVERABLE_NO_DESTINATION"],
    ]);
    await h.advance(2_000);
    expect((await h.get(`/push/1/statistics?bulkId=${bulkId}`)).body).toEqual({
      totalSent: 6,
      delivered: 3,
      seen: 0,
      errors: { registration: 1, expired: 0, cloud: 1 },
      delivery: { rate: 50, time: Date.parse("2026-01-15T10:00:02.000Z") },
    });
    await h.advance(48 * HOUR);
    const stats = (await h.get(`/push/1/statistics?bulkId=${bulkId}`)).body;
    expect(stats).toMatchObject({
      seen: 2,
      errors: { registration: 1, expired: 1, cloud: 1 },
    });
    const errors = Object.fromEntries(
      (await h.get(`/push/1/reports?bulkId=${bulkId}`)).body.results.map((r: Json) => [
        r.to,
        `${r.status.name}/${r.error.name}/${r.error.id}`,
      ]),
    );
    expect(errors).toEqual({
      "REG-ALICE-IPHONE": "DELIVERED_TO_HANDSET/NO_ERROR/0",
      "REG-ALICE-IPAD": "DELIVERED_TO_HANDSET/NO_ERROR/0",
      "REG-ANON-IPHONE": "DELIVERED_TO_HANDSET/NO_ERROR/0",
      "REG-CAROL-IPHONE": "EXPIRED_EXPIRED/EC_VALIDITY_EXPIRED/4101",
      "REG-DAVE-IPHONE": "UNDELIVERABLE_NOT_DELIVERED/EC_DEVICE_APP_UNINSTALL/8001",
      "REG-ERIN-ANDROID": "UNDELIVERABLE_NOT_DELIVERED/EC_SYS_ERROR_FROM_CLOUD/8005",
      nobody: "UNDELIVERABLE_NO_DESTINATION/NO_ERROR/0",
    });
  });

  it("counts a silent push as seen only when it is mirrored in the app", async () => {
    const silent = await send([{ type: "REGISTRATION", pushRegistrationId: "REG-BOB-PIXEL" }], {
      isSilent: true,
    });
    const mirrored = await send([{ type: "REGISTRATION", pushRegistrationId: "REG-BOB-PIXEL" }], {
      isSilent: true,
      showMirroredPush: true,
    });
    await h.advance(HOUR);
    const seen = async (bulkId: string) =>
      (await h.get(`/push/1/statistics?bulkId=${bulkId}`)).body.seen;
    expect([await seen(silent.bulkId), await seen(mirrored.bulkId)]).toEqual([0, 1]);
  });

  it("manages devices under /sandbox/devices and resets them to the seed", async () => {
    const admin = (method: string, path: string, body?: unknown) =>
      h.request(method, path, body, null);
    expect((await admin("GET", "/sandbox/devices")).body.devices).toHaveLength(10);
    const put = await admin("PUT", "/sandbox/devices/REG-NEW", {
      applicationCode: APP,
      platform: "iOS",
      customAttributes: { Tier: "gold" },
    });
    expect(put.body).toMatchObject({
      pushRegistrationId: "REG-NEW",
      primary: false,
      notificationsEnabled: true,
      reach: "ONLINE",
    });
    expect((await admin("GET", "/sandbox/devices/REG-NEW")).body).toEqual(put.body);
    const bad = await admin("PUT", "/sandbox/devices/REG-BAD", {
      applicationCode: APP,
      platform: "Windows",
      customAttributes: { platform: "x" },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.requestError.serviceException.validationErrors)).toEqual([
      "platform",
      "customAttributes",
    ]);
    expect((await admin("DELETE", "/sandbox/devices/REG-NEW")).status).toBe(204);
    expect((await admin("GET", "/sandbox/devices/REG-NEW")).status).toBe(404);
    await admin("DELETE", "/sandbox/devices/REG-BOB-PIXEL");
    await admin("POST", "/sandbox/reset");
    expect((await admin("GET", "/sandbox/devices")).body.devices).toHaveLength(10);
  });
});
