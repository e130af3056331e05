import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "./harness.js";

describe("reports and logs", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.start();
  });
  afterEach(() => h.close());

  const sendTwo = async (bulkId: string, numbers: [string, string]) =>
    (
      await h.post("/omni/1/advanced", {
        bulkId,
        destinations: numbers.map((phoneNumber) => ({ to: { phoneNumber } })),
        sms: { text: "hi" },
        callbackData: "cb",
      })
    ).body as { bulkId: string; messages: { messageId: string }[] };

  it("hands every report out exactly once, whatever the filter", async () => {
    const a = await sendTwo("A", ["41793026727", "41793026731"]);
    const b = await sendTwo("B", ["41793026727", "41793026731"]);
    await h.advance(2_000);

    const first = (await h.get(`/omni/1/reports?messageId=${a.messages[0]!.messageId}`)).body
      .results;
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ bulkId: "A", callbackData: "cb", channel: "SMS" });
    expect(
      (await h.get(`/omni/1/reports?messageId=${a.messages[0]!.messageId}`)).body.results,
    ).toEqual([]);

    expect((await h.get("/omni/1/reports?bulkId=B&limit=1")).body.results).toHaveLength(1);
    expect((await h.get("/omni/1/reports?channel=PUSH")).body.results).toEqual([]);
    const rest = (await h.get("/omni/1/reports")).body.results;
    expect(rest.map((r: { messageId: string }) => r.messageId).sort()).toEqual(
      [a.messages[1]!.messageId, b.messages[1]!.messageId].sort(),
    );
    expect((await h.get("/omni/1/reports")).body.results).toEqual([]);
  });

  it("limits reports to 1000 and rejects more", async () => {
    const reply = await h.get("/omni/1/reports?limit=1001");
    expect(reply.status).toBe(400);
    expect(reply.body.requestError.serviceException.validationErrors).toEqual({
      limit: ["must be at most 1000"],
    });
    expect((await h.get("/omni/1/reports?channel=PIGEON")).status).toBe(400);
  });

  it("returns logs again and again, with repeated and comma-separated ids", async () => {
    const a = await sendTwo("A", ["41793026727", "41793026731"]);
    const b = await sendTwo("B", ["41793026727", "41793026731"]);
    await h.advance(2_000);
    const ids = (path: string) =>
      h.get(path).then((r) => r.body.results.map((l: { messageId: string }) => l.messageId).sort());

    const all = [...a.messages, ...b.messages].map((m) => m.messageId).sort();
    expect(await ids("/omni/1/logs")).toEqual(all);
    expect(await ids("/omni/1/logs")).toEqual(all);
    expect(await ids("/omni/1/logs?bulkId=A,B")).toEqual(all);
    expect(await ids("/omni/1/logs?bulkId=A&bulkId=B")).toEqual(all);
    const two = [a.messages[0]!.messageId, b.messages[1]!.messageId];
    expect(await ids(`/omni/1/logs?messageId=${two.join(",")}`)).toEqual([...two].sort());
    expect(await ids(`/omni/1/logs?messageId=${two[0]}&messageId=${two[1]}`)).toEqual(
      [...two].sort(),
    );
    expect(await ids("/omni/1/logs?limit=3")).toHaveLength(3);
    expect(await ids("/omni/1/logs?to=41793026731")).toEqual(
      [a.messages[1]!.messageId, b.messages[1]!.messageId].sort(),
    );
    expect(
      await ids("/omni/1/logs?generalStatus=DELIVERED&channel=SMS&mcc=228&mnc=01&from=InfoSMS"),
    ).toEqual(all);
    expect(await ids("/omni/1/logs?generalStatus=PENDING")).toEqual([]);
    expect(await ids("/omni/1/logs?mcc=219")).toEqual([]);
  });

  it("filters logs by sending time and orders them newest first", async () => {
    const first = await sendTwo("early", ["41793026727", "41793026731"]);
    await h.advance(60_000);
    const second = await sendTwo("late", ["41793026727", "41793026731"]);
    const logs = (await h.get("/omni/1/logs")).body.results;
    expect(logs.map((l: { bulkId: string }) => l.bulkId)).toEqual([
      "late",
      "late",
      "early",
      "early",
    ]);
    const since = encodeURIComponent("2026-01-15T11:00:30.000+01:00");
    const late = (await h.get(`/omni/1/logs?sentSince=${since}`)).body.results;
    expect(late.map((l: { messageId: string }) => l.messageId).sort()).toEqual(
      second.messages.map((m) => m.messageId).sort(),
    );
    const until = (await h.get("/omni/1/logs?sentUntil=2026-01-15T10:00:30.000Z")).body.results;
    expect(until.map((l: { messageId: string }) => l.messageId).sort()).toEqual(
      first.messages.map((m) => m.messageId).sort(),
    );
  });

  it("shows running attempts without doneAt and never an error object", async () => {
    const reply = await h.post("/omni/1/advanced", {
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      sms: { text: "hi" },
    });
    const [log] = (await h.get("/omni/1/logs")).body.results;
    expect(log).toEqual({
      messageId: reply.body.messages[0].messageId,
      to: "41793026727",
      from: "InfoSMS",
      text: "hi",
      sentAt: "2026-01-15T10:00:00.000+0000",
      messageCount: 1,
      mccMnc: "22801",
      price: { pricePerMessage: 0.01, currency: "EUR" },
      status: {
        groupId: 1,
        groupName: "PENDING",
        id: 7,
        name: "PENDING_ENROUTE",
        description: "Message sent to next instance",
      },
      channel: "SMS",
    });
  });

  it.each([
    ["limit=1001", { limit: ["must be at most 1000"] }],
    ["limit=abc", { limit: ["must be an integer"] }],
    ["generalStatus=LOST", { generalStatus: [expect.stringContaining("must be one of")] }],
    ["sentSince=yesterday", { sentSince: [expect.stringContaining("date-time")] }],
    ["channel=PIGEON", { channel: ["unknown channel"] }],
  ])("rejects logs?%s with 400", async (query, validationErrors) => {
    const reply = await h.get(`/omni/1/logs?${query}`);
    expect(reply.status).toBe(400);
    expect(reply.body.requestError.serviceException).toEqual({
      messageId: "BAD_REQUEST",
      text: "Bad request",
      validationErrors,
    });
  });
});
