import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { OmniUnavailableError } from "../../src/omni/errors.js";
import { reportSchema } from "../../src/intake/reportSchema.js";
import { ANSWERS } from "../../src/omni/wireSchemas.js";
import type { OpenApi } from "../support/openApi.js";
import { startScriptedUpstream, type ScriptedUpstream } from "./scriptedUpstream.js";

interface ResponseExamples {
  responses: Record<
    string,
    { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }
  >;
}

const documentOf = (file: string) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/infobip-openapi/${file}`, import.meta.url), "utf8"),
  ) as OpenApi;
const omni = documentOf("omni-failover.json");
const push = documentOf("mobile-app-messaging.json");

/** The answers the client reads, by the document that describes them. */
const ENDPOINTS: [OpenApi, string, string, number, z.ZodType][] = [
  [omni, "/omni/1/scenarios", "get", 200, ANSWERS.scenarios],
  [omni, "/omni/1/scenarios", "post", 201, ANSWERS.scenario],
  [omni, "/omni/1/scenarios/{scenarioKey}", "get", 200, ANSWERS.scenario],
  [omni, "/omni/1/scenarios/{scenarioKey}", "put", 200, ANSWERS.scenario],
  [omni, "/omni/1/advanced", "post", 200, ANSWERS.sendResponse],
  [omni, "/omni/1/logs", "get", 200, ANSWERS.logs],
  [omni, "/omni/1/reports", "get", 200, ANSWERS.reports],
  [push, "/push/3/messages", "post", 200, ANSWERS.pushResponse],
  [push, "/push/1/statistics", "get", 200, ANSWERS.pushStatistics],
];

const examples = ENDPOINTS.flatMap(([doc, path, method, status, schema]) => {
  const operation = doc.paths[path]![method] as unknown as ResponseExamples;
  const named = operation.responses[String(status)]!.content!["application/json"]!.examples!;
  return Object.entries(named).map(([name, { value }]) => ({
    title: `${method.toUpperCase()} ${path}: ${name}`,
    name,
    value,
    schema,
  }));
});

/**
 * The document files the scenario request bodies as the examples of the 201 answer: none has the
 * key that every created scenario comes back with.
 */
const keyless = (name: string) => name.endsWith("scenario request");
/** Channels of the current OpenAPI enum that the product deliberately does not support. */
const unsupported = (name: string) => /^(LINE|WHATSAPP)-SMS/.test(name);

const firstIssuePath = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(structuredClone(value)).error?.issues[0]?.path.join(".");

describe("the answer schemas, against Infobip's OpenAPI examples", () => {
  it("cover every endpoint with examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(ENDPOINTS.length);
  });

  it.each(examples.filter((e) => !keyless(e.name) && !unsupported(e.name)))(
    "decode $title unchanged",
    ({ value, schema }) => {
      expect(schema.parse(structuredClone(value))).toEqual(value);
    },
  );

  it.each(examples.filter((e) => keyless(e.name)))("refuse $title for its missing key", (e) => {
    expect(firstIssuePath(e.schema, e.value)).toBe("key");
  });

  it.each(examples.filter((e) => unsupported(e.name) && !keyless(e.name)))(
    "refuse $title at the step whose channel the product does not support",
    (e) => {
      expect(firstIssuePath(e.schema, e.value)).toBe("flow.0.channel");
    },
  );

  it("leave each report of a page to the report schema, which takes the examples", () => {
    const pages = examples.filter((e) => e.schema === ANSWERS.reports);
    for (const { value } of pages) {
      for (const report of ANSWERS.reports.parse(value).results) {
        expect(reportSchema.safeParse(report).success).toBe(true);
      }
    }
  });
});

const LOG_ROW = {
  bulkId: "bafdeb3d-719b-4cce-8762-54d47b40f3c5",
  messageId: "07e03aae-fabc-44ad-b1ce-222e14094d70",
  to: "41793026727",
  from: "InfoSMS",
  text: "Your code is 482913",
  sentAt: "2015-02-23T16:41:11.833+0000",
  doneAt: "2015-02-23T16:41:11.843+0000",
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
  channel: "SMS",
};

describe("the client decodes every answer", () => {
  let upstream: ScriptedUpstream;
  let body: unknown;
  beforeAll(async () => {
    upstream = await startScriptedUpstream();
  });
  beforeEach(() => {
    upstream.answer = () => ({ status: 200, body });
  });
  afterAll(() => upstream.close());

  const failureOf = (call: Promise<unknown>) =>
    call.then(
      () => expect.unreachable("the malformed answer was accepted"),
      (error: unknown) => {
        expect(error).toBeInstanceOf(OmniUnavailableError);
        expect(error).toMatchObject({ reason: "BAD_RESPONSE" });
        return (error as Error).message;
      },
    );

  it("refuses a malformed answer, naming where and never what", async () => {
    const client = upstream.client();

    body = { scenarios: "nope" };
    const scenarios = await failureOf(client.listScenarios());
    expect(scenarios).toContain("GET /omni/1/scenarios: unexpected answer at scenarios");
    expect(scenarios).toContain("expected array");
    expect(scenarios).not.toContain("nope");

    const { messageId: _messageId, ...withoutId } = LOG_ROW;
    body = { results: [LOG_ROW, withoutId] };
    const logs = await failureOf(client.logs({ bulkId: [LOG_ROW.bulkId] }));
    expect(logs).toContain("at results[1].messageId (expected string)");
    for (const value of [LOG_ROW.to, LOG_ROW.text, LOG_ROW.bulkId]) {
      expect(logs).not.toContain(value);
    }

    body = { results: [{ ...LOG_ROW, sentAt: "last Tuesday", channel: "PIGEON" }] };
    const dated = await failureOf(client.logs({}));
    expect(dated).toContain("at results[0].sentAt (not in the expected format)");
    expect(dated).not.toContain("Tuesday");

    body = { totalSent: "31569" };
    expect(await failureOf(client.pushStatistics("B1"))).toContain(
      "GET /push/1/statistics: unexpected answer at totalSent (expected number)",
    );

    // The scenario key of the path is an id of the caller's; the endpoint is named by template.
    body = { key: "K1", flow: [{ channel: "SMS", from: 7 }] };
    const scenario = await failureOf(client.getScenario("SECRET-KEY"));
    expect(scenario).toContain("GET /omni/1/scenarios/{key}: unexpected answer at flow[0].from");
    expect(scenario).not.toContain("SECRET-KEY");
  });

  it("takes null for absent and drops members it does not know", async () => {
    const client = upstream.client();
    body = {
      results: [{ ...LOG_ROW, bulkId: null, doneAt: null, price: null, mccMnc: null, smsCount: 1 }],
    };
    const [row] = await client.logs({});
    const { bulkId: _b, doneAt: _d, price: _p, mccMnc: _m, ...rest } = LOG_ROW;
    expect(row).toEqual(rest);

    body = { key: "K1", name: null, flow: [{ channel: "SMS", from: null }], shared: true };
    expect(await client.getScenario("K1")).toEqual({
      key: "K1",
      flow: [{ channel: "SMS" }],
      default: false,
    });
  });

  it("reads a push status of the Mobile Push API's ACCEPTED group as none", async () => {
    const client = upstream.client();
    body = {
      bulkId: "B1",
      messages: [
        { messageId: "M1", status: { groupId: 0, groupName: "ACCEPTED", id: 0, name: "X" } },
      ],
    };
    expect(await client.sendPush({ messages: [] })).toEqual({
      bulkId: "B1",
      messages: [{ messageId: "M1" }],
    });
  });
});
