import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Harness } from "./harness.js";

const UNAUTHORIZED = {
  requestError: { serviceException: { messageId: "UNAUTHORIZED", text: "Unauthorized" } },
};

describe("sandbox authentication", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.close());

  it.each([
    ["App", "App test-api-key"],
    ["Basic", `Basic ${Buffer.from("Aladdin:open sesame").toString("base64")}`],
    ["IBSSO", "IBSSO 2f9b4d31-2d0d-49a8-85f0-9b862bdca394"],
    ["Bearer", "Bearer bearer-token"],
  ])("accepts the %s scheme", async (_scheme, authorization) => {
    const reply = await h.request("GET", "/omni/1/scenarios", undefined, authorization);
    expect(reply.status).toBe(200);
  });

  it.each([
    ["missing header", null],
    ["unknown API key", "App wrong"],
    ["wrong Basic password", `Basic ${Buffer.from("Aladdin:wrong").toString("base64")}`],
    ["token under the wrong scheme", "Bearer test-api-key"],
    ["unknown scheme", "Token test-api-key"],
    ["scheme without credentials", "App"],
  ])("rejects a %s with 401", async (_case, authorization) => {
    const reply = await h.request("GET", "/omni/1/logs", undefined, authorization);
    expect(reply).toEqual({ status: 401, body: UNAUTHORIZED });
  });

  it("checks credentials before reading the body and on unknown /omni routes", async () => {
    expect((await h.request("POST", "/omni/1/advanced", "{not json", null)).status).toBe(401);
    expect((await h.request("GET", "/omni/1/nothing", undefined, null)).status).toBe(401);
  });

  it("answers unknown /omni routes with 404 NOT_FOUND", async () => {
    const reply = await h.get("/omni/1/nothing");
    expect(reply).toEqual({
      status: 404,
      body: { requestError: { serviceException: { messageId: "NOT_FOUND", text: "Not found" } } },
    });
  });

  it("needs no credentials for the admin routes", async () => {
    expect((await h.request("GET", "/sandbox/health", undefined, null)).status).toBe(200);
  });
});
