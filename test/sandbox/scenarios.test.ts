import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "./harness.js";

const SMS_EMAIL = {
  name: "SMS with e-mail fallback",
  flow: [
    { from: "Travel agency", channel: "SMS" },
    { from: "info@travelagency.com", channel: "EMAIL" },
  ],
  default: false,
};

describe("scenarios", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ scenarios: [] });
  });
  beforeEach(() => h.request("POST", "/sandbox/reset", undefined, null));
  afterAll(() => h.close());

  it("creates with 201 and a 32-hex key, then reads it back", async () => {
    const created = await h.post("/omni/1/scenarios", SMS_EMAIL);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ key: expect.stringMatching(/^[0-9A-F]{32}$/), ...SMS_EMAIL });
    const read = await h.get(`/omni/1/scenarios/${created.body.key}`);
    expect(read).toEqual({ status: 200, body: created.body });
  });

  it("treats an omitted default as false and accepts defaultScenario as an alias", async () => {
    const omitted = await h.post("/omni/1/scenarios", { name: "a", flow: [{ channel: "SMS" }] });
    expect(omitted.body.default).toBe(false);
    const alias = await h.post("/omni/1/scenarios", {
      name: "b",
      flow: [{ channel: "SMS" }],
      defaultScenario: true,
    });
    expect(alias.body.default).toBe(true);
  });

  it("keeps exactly one default across creates and updates", async () => {
    const first = (await h.post("/omni/1/scenarios", { ...SMS_EMAIL, default: true })).body;
    const second = (await h.post("/omni/1/scenarios", { ...SMS_EMAIL, default: true })).body;
    let defaults = (await h.get("/omni/1/scenarios?isDefault=true")).body.scenarios;
    expect(defaults.map((s: { key: string }) => s.key)).toEqual([second.key]);
    expect((await h.get(`/omni/1/scenarios/${first.key}`)).body.default).toBe(false);

    await h.put(`/omni/1/scenarios/${first.key}`, { ...SMS_EMAIL, default: true });
    defaults = (await h.get("/omni/1/scenarios?isDefault=true")).body.scenarios;
    expect(defaults.map((s: { key: string }) => s.key)).toEqual([first.key]);
    const others = (await h.get("/omni/1/scenarios?isDefault=false")).body.scenarios;
    expect(others.map((s: { key: string }) => s.key)).toEqual([second.key]);
  });

  it("replaces the whole scenario on PUT", async () => {
    const { key } = (await h.post("/omni/1/scenarios", SMS_EMAIL)).body;
    const updated = await h.put(`/omni/1/scenarios/${key}`, { flow: [{ channel: "VIBER" }] });
    expect(updated).toEqual({
      status: 200,
      body: { key, flow: [{ channel: "VIBER" }], default: false },
    });
  });

  it("pages the list with limit and page", async () => {
    for (let i = 0; i < 5; i++) await h.post("/omni/1/scenarios", { ...SMS_EMAIL, name: `s${i}` });
    const names = async (query: string) =>
      (await h.get(`/omni/1/scenarios${query}`)).body.scenarios.map(
        (s: { name: string }) => s.name,
      );
    expect(await names("")).toEqual(["s0", "s1", "s2", "s3", "s4"]);
    expect(await names("?limit=2&page=1")).toEqual(["s2", "s3"]);
    expect(await names("?limit=2&page=5")).toEqual([]);
    expect((await h.get("/omni/1/scenarios?limit=-1")).body.requestError.serviceException).toEqual({
      messageId: "BAD_REQUEST",
      text: "Bad request",
      validationErrors: { limit: ["must be at least 0"] },
    });
  });

  it("answers 404 for an unknown key on GET and PUT", async () => {
    const notFound = {
      status: 404,
      body: { requestError: { serviceException: { messageId: "NOT_FOUND", text: "Not found" } } },
    };
    expect(await h.get("/omni/1/scenarios/0123456789ABCDEF0123456789ABCDEF")).toEqual(notFound);
    expect(await h.put("/omni/1/scenarios/0123456789ABCDEF0123456789ABCDEF", SMS_EMAIL)).toEqual(
      notFound,
    );
  });

  it.each([
    ["a missing flow", { name: "x" }, { flow: ["must not be empty"] }],
    ["an empty flow", { name: "x", flow: [] }, { flow: ["must not be empty"] }],
    [
      "a step without channel",
      { flow: [{ from: "x" }] },
      { "flow[0].channel": ["must not be null"] },
    ],
    [
      "an unknown channel",
      { flow: [{ channel: "SMS" }, { channel: "LINE" }] },
      { "flow[1].channel": [expect.stringContaining("must be one of SMS")] },
    ],
    [
      "a non-boolean default",
      { flow: [{ channel: "SMS" }], default: "yes" },
      { default: ["must be a boolean"] },
    ],
  ])("rejects %s with 400 and validationErrors", async (_case, body, validationErrors) => {
    const reply = await h.post("/omni/1/scenarios", body);
    expect(reply).toEqual({
      status: 400,
      body: {
        requestError: {
          serviceException: { messageId: "BAD_REQUEST", text: "Bad request", validationErrors },
        },
      },
    });
  });

  it("rejects malformed JSON with 400", async () => {
    const reply = await h.request("POST", "/omni/1/scenarios", '{"flow": [');
    expect(reply.status).toBe(400);
    expect(reply.body.requestError.serviceException.messageId).toBe("BAD_REQUEST");
  });
});
