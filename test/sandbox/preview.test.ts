import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMS_PREVIEW_EXAMPLES } from "../support/smsPreviewExamples.js";
import { Harness } from "./harness.js";

describe("POST /sms/1/preview", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.close());

  it.each(SMS_PREVIEW_EXAMPLES.map((example, i) => [i, example] as const))(
    "answers request example %i with the document's response",
    async (_i, { request, response }) => {
      expect(await h.post("/sms/1/preview", request)).toEqual({ status: 200, body: response });
    },
  );

  it("needs credentials and names each bad field", async () => {
    expect((await h.request("POST", "/sms/1/preview", { text: "x" }, null)).status).toBe(401);
    const reply = await h.post("/sms/1/preview", { languageCode: "XX", transliteration: 3 });
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.body.requestError.serviceException.validationErrors)).toEqual([
      "text",
      "languageCode",
      "transliteration",
    ]);
  });
});

describe("sends use the same arithmetic", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.close());

  it("bills a Turkish SMS by its language table, and rejects an over-long Viber text", async () => {
    const text = SMS_PREVIEW_EXAMPLES[1]!.request.text;
    const plain = await h.post("/omni/1/advanced", {
      destinations: [{ messageId: "plain", to: { phoneNumber: "41793026727" } }],
      sms: { text },
    });
    const turkish = await h.post("/omni/1/advanced", {
      destinations: [{ messageId: "turkish", to: { phoneNumber: "41793026727" } }],
      sms: { text, language: { languageCode: "TR" } },
    });
    expect([plain.status, turkish.status]).toEqual([200, 200]);
    const logs = await h.request("GET", "/omni/1/logs?messageId=plain,turkish");
    const counts = Object.fromEntries(
      logs.body.results.map((r: { messageId: string; messageCount: number }) => [
        r.messageId,
        r.messageCount,
      ]),
    );
    expect(counts).toEqual({ plain: 2, turkish: 1 });

    const long = await h.post("/omni/1/advanced", {
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      viber: { text: "x".repeat(1001) },
      sms: { text: "ok", transliteration: "KLINGON" },
    });
    expect(long.status).toBe(400);
    expect(Object.keys(long.body.requestError.serviceException.validationErrors).sort()).toEqual([
      "sms.transliteration",
      "viber.text",
    ]);
  });
});
