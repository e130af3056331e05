import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness, type Json } from "./harness.js";

const HOUR = 3_600_000;

describe("retention: logs and unfetched reports are kept 48 hours of sandbox time", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.start();
  });
  afterEach(() => h.close());

  const sendSms = async (phoneNumber: string) =>
    (
      await h.post("/omni/1/advanced", {
        destinations: [{ to: { phoneNumber } }],
        sms: { text: "hi" },
      })
    ).body.messages[0].messageId as string;
  const logIds = async () =>
    (await h.get("/omni/1/logs?limit=1000")).body.results.map((l: Json) => l.messageId);

  it("forgets a log row 48 h after its attempt started, and a report 48 h after it came", async () => {
    const first = await sendSms("41793026727");
    const second = await sendSms("41793026730");
    await h.advance(HOUR);
    const young = await sendSms("41793026731");

    await h.advance(47 * HOUR);
    expect(await logIds()).toEqual([young, second, first]);
    await h.advance(1);
    expect(await logIds()).toEqual([young]);
    expect((await h.get(`/omni/1/logs?messageId=${first}`)).body.results).toEqual([]);

    // Each report came 2 s after its send, so it outlives the log row by as much.
    await h.advance(2_000 - 1);
    const reportsOf = async (messageId: string) =>
      (await h.get(`/omni/1/reports?messageId=${messageId}`)).body.results.map(
        (r: Json) => r.status.groupName,
      );
    expect(await reportsOf(first)).toEqual(["DELIVERED"]);
    await h.advance(1);
    expect(await reportsOf(second)).toEqual([]);
    expect(await reportsOf(young)).toEqual(["DELIVERED"]);
  });

  it("keeps the later steps of a long failover while its first attempt is forgotten", async () => {
    await h.request(
      "PUT",
      "/sandbox/contacts/41793026731",
      { channels: { VKONTAKTE: "OFFLINE" } },
      null,
    );
    const { key } = await h.createScenario([{ channel: "VKONTAKTE" }, { channel: "SMS" }]);
    const sent = await h.post("/omni/1/advanced", {
      scenarioKey: key,
      destinations: [{ to: { phoneNumber: "41793026731" } }],
      vKontakte: { text: "vk", validityPeriod: 48, validityPeriodTimeUnit: "HOURS" },
      sms: { text: "sms" },
    });
    const messageId = sent.body.messages[0].messageId as string;

    await h.advance(49 * HOUR);
    const logs = (await h.get(`/omni/1/logs?messageId=${messageId}`)).body.results;
    expect(logs.map((l: Json) => [l.channel, l.status.groupName])).toEqual([["SMS", "DELIVERED"]]);
    const reports = (await h.get(`/omni/1/reports?messageId=${messageId}`)).body.results;
    expect(reports.map((r: Json) => [r.channel, r.status.groupName])).toEqual([
      ["VKONTAKTE", "EXPIRED"],
      ["SMS", "DELIVERED"],
    ]);
  });
});
