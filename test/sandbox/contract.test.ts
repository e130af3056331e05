import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responseChecks, type OpenApi as BaseOpenApi } from "../support/openApi.js";
import { Harness } from "./harness.js";

interface OpenApi extends BaseOpenApi {
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

const DOC_ID = "https://infobip.example/omni-failover.json";
const doc = JSON.parse(
  readFileSync(new URL("../fixtures/infobip-openapi/omni-failover.json", import.meta.url), "utf8"),
) as OpenApi;

/**
 * One deliberate deviation from the document: `Scenario.key` is typed int64 there, but every
 * example, the legacy clients and the OMNI pages use 32-hex-character strings, which the sandbox
 * returns (omni-api.md §1).
 */
const scenarioSchema = Object.entries(doc.components.schemas).find(([name]) =>
  name.endsWith(".Scenario"),
)![1];
scenarioSchema.properties!.key = { type: "string", pattern: "^[0-9A-F]{32}$" };

const { validator, expectValid } = responseChecks(doc, DOC_ID);

function requestExamples(path: string, method: string): [string, unknown][] {
  const examples = doc.paths[path]![method]!.requestBody!.content["application/json"]!.examples!;
  return Object.entries(examples).map(([name, example]) => [name, example.value]);
}

/** The channels of the current OpenAPI enum that the product deliberately does not support. */
const UNSUPPORTED_SCENARIO_EXAMPLES = [
  "LINE-SMS scenario request",
  "WHATSAPP-SMS scenario request",
];

describe("contract with Infobip's OMNI OpenAPI document", () => {
  let h: Harness;
  beforeAll(async () => {
    // The advanced examples use these two scenario keys.
    h = await Harness.start({
      scenarios: [
        {
          key: "AD9E01A5DC7BEE2C2B828D208182A611",
          name: "PUSH-SMS",
          flow: [
            { channel: "VIBER" },
            { channel: "PUSH" },
            { from: "InfoSMS", channel: "SMS" },
            { channel: "EMAIL" },
          ],
          default: true,
        },
        {
          key: "CC9F01A5DC7BEE2C2B829D203482A654",
          name: "VK-SMS",
          flow: [
            { channel: "VKONTAKTE" },
            { channel: "VIBER" },
            { from: "InfoSMS", channel: "SMS" },
          ],
        },
      ],
      contacts: [
        { phoneNumber: "41793026731", channels: { VKONTAKTE: "OFFLINE", VIBER: "ONLINE" } },
      ],
    });
  });
  afterAll(() => h.close());

  it.each(requestExamples("/omni/1/scenarios", "post"))(
    "handles the scenario example %s",
    async (name, example) => {
      const created = await h.post("/omni/1/scenarios", example);
      if (UNSUPPORTED_SCENARIO_EXAMPLES.includes(name)) {
        expect(created.status).toBe(400);
        expect(Object.keys(created.body.requestError.serviceException.validationErrors)).toEqual([
          "flow[0].channel",
        ]);
        expectValid("/omni/1/scenarios", "post", 400, created.body);
        return;
      }
      expect(created.status).toBe(201);
      expectValid("/omni/1/scenarios", "post", 201, created.body);
      const updated = await h.put(`/omni/1/scenarios/${created.body.key}`, example);
      expect(updated.status).toBe(200);
      expectValid("/omni/1/scenarios/{scenarioKey}", "put", 200, updated.body);
      const read = await h.get(`/omni/1/scenarios/${created.body.key}`);
      expectValid("/omni/1/scenarios/{scenarioKey}", "get", 200, read.body);
    },
  );

  it.each(requestExamples("/omni/1/advanced", "post"))(
    "accepts the advanced example %s unchanged",
    async (_name, example) => {
      const reply = await h.post("/omni/1/advanced", example);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      expectValid("/omni/1/advanced", "post", 200, reply.body);
    },
  );

  it("uses validators that do reject what the document forbids", () => {
    const validate = validator("/omni/1/reports", "get", 200);
    expect(validate({ results: [{ channel: "PIGEON" }] })).toBe(false);
    expect(validate({ results: [{ sentAt: "yesterday" }] })).toBe(false);
    expect(
      validate({ results: [{ sentAt: "2015-02-23T16:41:11.833+0000", channel: "SMS" }] }),
    ).toBe(true);
  });

  it("answers scenarios, reports, logs and errors in the documented shapes", async () => {
    expectValid("/omni/1/scenarios", "get", 200, (await h.get("/omni/1/scenarios")).body);
    await h.advance(3 * 3_600_000);
    const reports = (await h.get("/omni/1/reports?limit=1000")).body;
    expect(reports.results.length).toBeGreaterThan(20);
    expectValid("/omni/1/reports", "get", 200, reports);
    const logs = (await h.get("/omni/1/logs?limit=1000")).body;
    expect(logs.results.length).toBeGreaterThan(20);
    expectValid("/omni/1/logs", "get", 200, logs);

    expectValid("/omni/1/logs", "get", 400, (await h.get("/omni/1/logs?limit=5000")).body);
    expectValid(
      "/omni/1/logs",
      "get",
      401,
      (await h.request("GET", "/omni/1/logs", undefined, null)).body,
    );
    expectValid(
      "/omni/1/scenarios/{scenarioKey}",
      "get",
      404,
      (await h.get("/omni/1/scenarios/NOPE")).body,
    );
    expectValid("/omni/1/advanced", "post", 400, (await h.post("/omni/1/advanced", {})).body);
  });
});
