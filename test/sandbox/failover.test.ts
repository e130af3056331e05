import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "./harness.js";

const HOUR = 3_600_000;

describe("the failover play", () => {
  // A fresh sandbox per test: the clock starts at START_AT every time (a reset keeps the clock).
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.start();
  });
  afterEach(() => h.close());

  const send = async (body: object) => {
    const reply = await h.post("/omni/1/advanced", body);
    expect(reply.status).toBe(200);
    return reply.body.messages[0].messageId as string;
  };

  it("plays the PUSH-SMS example: PUSH fails at once, SMS is delivered, both are reported", async () => {
    const { key } = await h.createScenario([
      {
        from: "233623e3c860b49ec69a464834343481-8bj4el4a-256d-23fd-56ad-b5bc3d568b53",
        channel: "PUSH",
      },
      { from: "InfoSMS", channel: "SMS" },
    ]);
    const messageId = await send({
      scenarioKey: key,
      destinations: [{ to: { phoneNumber: "41793026731" } }],
      push: { text: "This PUSH message will pop up on your mobile device." },
      sms: { text: "This is the SMS failover message" },
    });

    const early = (await h.get("/omni/1/reports")).body.results;
    expect(early).toEqual([
      {
        messageId,
        to: "41793026731",
        sentAt: "2026-01-15T10:00:00.000+0000",
        doneAt: "2026-01-15T10:00:00.000+0000",
        messageCount: 1,
        mccMnc: "22801",
        price: { pricePerMessage: 0, currency: "EUR" },
        status: {
          groupId: 2,
          groupName: "UNDELIVERABLE",
          id: 9,
          name: "UNDELIVERABLE_NOT_DELIVERED",
          description: "Message sent not delivered",
        },
        error: {
          groupId: 1,
          groupName: "HANDSET_ERRORS",
          id: 6,
          name: "EC_ABSENT_SUBSCRIBER_SM",
          description: "Absent Subscriber",
          permanent: false,
        },
        channel: "PUSH",
      },
    ]);

    await h.advance(2_000);
    expect((await h.get("/omni/1/reports")).body.results).toEqual([
      {
        messageId,
        to: "41793026731",
        sentAt: "2026-01-15T10:00:00.000+0000",
        doneAt: "2026-01-15T10:00:02.000+0000",
        messageCount: 1,
        mccMnc: "22801",
        price: { pricePerMessage: 0.01, currency: "EUR" },
        status: {
          groupId: 3,
          groupName: "DELIVERED",
          id: 5,
          name: "DELIVERED_TO_HANDSET",
          description: "Message delivered to handset",
        },
        error: {
          groupId: 0,
          groupName: "OK",
          id: 0,
          name: "NO_ERROR",
          description: "No Error",
          permanent: false,
        },
        channel: "SMS",
      },
    ]);
  });

  it("delivers on PUSH and stops when the contact has PUSH online", async () => {
    const { key } = await h.createScenario([{ channel: "PUSH" }, { channel: "SMS" }]);
    const messageId = await send({
      scenarioKey: key,
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      push: { text: "p" },
      sms: { text: "s" },
    });
    await h.advance(60_000);
    const logs = (await h.get(`/omni/1/logs?messageId=${messageId}`)).body.results;
    expect(
      logs.map((l: { channel: string; status: { name: string } }) => [l.channel, l.status.name]),
    ).toEqual([["PUSH", "DELIVERED_TO_HANDSET"]]);
  });

  it("plays the VK-SMS example: VK offline waits for its validity, expires, then SMS delivers", async () => {
    const { key } = await h.createScenario([
      { from: "InfoVK", channel: "VKONTAKTE" },
      { from: "InfoSMS", channel: "SMS" },
    ]);
    const messageId = await send({
      scenarioKey: key,
      destinations: [{ to: { phoneNumber: "41793026731" } }],
      vKontakte: { text: "This is VK message.", validityPeriod: 10 },
      sms: { text: "This is the SMS failover message" },
    });
    const statuses = async () =>
      (await h.get(`/omni/1/logs?messageId=${messageId}`)).body.results.map(
        (l: { channel: string; status: { name: string } }) => `${l.channel}:${l.status.name}`,
      );

    expect(await statuses()).toEqual(["VKONTAKTE:PENDING_WAITING_DELIVERY"]);
    await h.advance(10 * 60_000 - 1);
    expect(await statuses()).toEqual(["VKONTAKTE:PENDING_WAITING_DELIVERY"]);
    expect((await h.get("/omni/1/reports")).body.results).toEqual([]);

    await h.advance(1);
    expect(await statuses()).toEqual(["SMS:PENDING_ENROUTE", "VKONTAKTE:EXPIRED_EXPIRED"]);
    await h.advance(2_000);
    expect(await statuses()).toEqual(["SMS:DELIVERED_TO_HANDSET", "VKONTAKTE:EXPIRED_EXPIRED"]);

    const reports = (await h.get("/omni/1/reports")).body.results;
    expect(reports).toMatchObject([
      {
        channel: "VKONTAKTE",
        sentAt: "2026-01-15T10:00:00.000+0000",
        doneAt: "2026-01-15T10:10:00.000+0000",
        status: { groupName: "EXPIRED", name: "EXPIRED_EXPIRED" },
        error: { id: 4101, name: "EC_VALIDITY_EXPIRED", permanent: true },
        price: { pricePerMessage: 0.0104, currency: "EUR" },
      },
      {
        channel: "SMS",
        sentAt: "2026-01-15T10:10:00.000+0000",
        doneAt: "2026-01-15T10:10:02.000+0000",
        status: { name: "DELIVERED_TO_HANDSET" },
      },
    ]);
  });

  it("plays a 48-hour validity out by advancing the clock", async () => {
    await h.request(
      "PUT",
      "/sandbox/contacts/41793026731",
      { channels: { VKONTAKTE: "OFFLINE", SMS: "OFFLINE" } },
      null,
    );
    const { key } = await h.createScenario([{ channel: "VKONTAKTE" }, { channel: "SMS" }]);
    const messageId = await send({
      scenarioKey: key,
      destinations: [{ to: { phoneNumber: "41793026731" } }],
      vKontakte: { text: "vk", validityPeriod: 72, validityPeriodTimeUnit: "HOURS" },
      sms: { text: "sms" },
    });
    await h.advance(96 * HOUR);
    const reports = (await h.get(`/omni/1/reports?messageId=${messageId}`)).body.results;
    expect(reports.map((r: { channel: string; doneAt: string }) => [r.channel, r.doneAt])).toEqual([
      ["VKONTAKTE", "2026-01-17T10:00:00.000+0000"],
      ["SMS", "2026-01-19T10:00:00.000+0000"],
    ]);
    expect((await h.get("/sandbox/clock")).body.now).toBe("2026-01-19T10:00:00.000Z");
  });

  it("delays the first step until sendAt", async () => {
    const messageId = await send({
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      sms: { text: "later" },
      sendAt: "2026-01-15T11:00:00.000+0000",
    });
    expect((await h.get(`/omni/1/logs?messageId=${messageId}`)).body.results).toEqual([]);
    await h.advance(HOUR);
    const logs = (await h.get(`/omni/1/logs?messageId=${messageId}`)).body.results;
    expect(logs).toMatchObject([
      {
        channel: "SMS",
        sentAt: "2026-01-15T11:00:00.000+0000",
        status: { name: "PENDING_ENROUTE" },
      },
    ]);
    await h.advance(2_000);
    expect((await h.get("/omni/1/reports")).body.results).toMatchObject([
      {
        messageId,
        doneAt: "2026-01-15T11:00:02.000+0000",
        status: { name: "DELIVERED_TO_HANDSET" },
      },
    ]);
  });

  it("rejects a step without content at once and goes on", async () => {
    const { key } = await h.createScenario([{ channel: "VIBER" }, { channel: "SMS" }]);
    await send({
      scenarioKey: key,
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      sms: { text: "s" },
    });
    expect((await h.get("/omni/1/reports")).body.results).toMatchObject([
      {
        channel: "VIBER",
        status: { groupName: "REJECTED", name: "REJECTED_NO_CONTENT" },
        price: { pricePerMessage: 0 },
      },
    ]);
  });

  it("fails a step whose address is missing and delivers on the next", async () => {
    const { key } = await h.createScenario([{ channel: "EMAIL" }, { channel: "SMS" }]);
    await send({
      scenarioKey: key,
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      email: { text: "e", subject: "s" },
      sms: { text: "s" },
    });
    await h.advance(2_000);
    expect((await h.get("/omni/1/reports")).body.results).toMatchObject([
      { channel: "EMAIL", status: { name: "UNDELIVERABLE_NO_DESTINATION" } },
      { channel: "SMS", status: { name: "DELIVERED_TO_HANDSET" } },
    ]);
  });

  it("delivers e-mail to the e-mail address, without mccMnc", async () => {
    const { key } = await h.createScenario([{ channel: "EMAIL" }]);
    await send({
      scenarioKey: key,
      destinations: [{ to: { emailAddress: "john.smith@example.com" } }],
      email: { text: "e", subject: "s" },
    });
    await h.advance(2_000);
    const [report] = (await h.get("/omni/1/reports")).body.results;
    expect(report).toMatchObject({
      channel: "EMAIL",
      to: "john.smith@example.com",
      price: { pricePerMessage: 0.001 },
    });
    expect(report).not.toHaveProperty("mccMnc");
  });

  it("keeps the last failure when every step fails", async () => {
    const { key } = await h.createScenario([{ channel: "FACEBOOK" }, { channel: "PARSECO" }]);
    await send({
      scenarioKey: key,
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      facebook: { text: "f" },
      parseco: { text: "p" },
    });
    const reports = (await h.get("/omni/1/reports")).body.results;
    expect(
      reports.map((r: { channel: string; status: { name: string } }) => [r.channel, r.status.name]),
    ).toEqual([
      ["FACEBOOK", "UNDELIVERABLE_NOT_DELIVERED"],
      ["PARSECO", "UNDELIVERABLE_NOT_DELIVERED"],
    ]);
  });

  it("counts SMS parts and prices them", async () => {
    await send({
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      sms: { text: "a".repeat(161) },
    });
    await send({
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      sms: { text: "ş".repeat(71) },
    });
    await h.advance(2_000);
    const reports = (await h.get("/omni/1/reports")).body.results;
    expect(
      reports.map((r: { messageCount: number; price: { pricePerMessage: number } }) => [
        r.messageCount,
        r.price.pricePerMessage,
      ]),
    ).toEqual([
      [2, 0.02],
      [2, 0.02],
    ]);
  });

  it("keeps the flow a message started with when its scenario changes", async () => {
    const { key } = await h.createScenario([{ channel: "VKONTAKTE" }, { channel: "SMS" }]);
    const messageId = await send({
      scenarioKey: key,
      destinations: [{ to: { phoneNumber: "41793026731" } }],
      vKontakte: { text: "vk", validityPeriod: 1 },
      sms: { text: "s" },
    });
    await h.put(`/omni/1/scenarios/${key}`, { flow: [{ channel: "VKONTAKTE" }] });
    await h.advance(62_000);
    const logs = (await h.get(`/omni/1/logs?messageId=${messageId}`)).body.results;
    expect(logs.map((l: { channel: string }) => l.channel)).toEqual(["SMS", "VKONTAKTE"]);
  });
});
