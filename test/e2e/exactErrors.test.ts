import type { GraphQLFormattedError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateScenarioDocument,
  DefaultScenarioDocument,
  PlanSendDocument,
  SendAdvancedDocument,
  SendAdvancedWithNoticesDocument,
  SendPushDocument,
  SendTextDocument,
} from "../gql/graphql.js";
import { APP } from "../support/pushDevices.js";
import { startStack, type Stack } from "../support/stack.js";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

type Violations = { path: string; rule: string; message: string }[];

/** The one error of a refused input, as [path, rule] pairs beside its field. */
function refusal(errors: readonly GraphQLFormattedError[] | undefined) {
  expect(errors).toHaveLength(1);
  const { code, field, violations } = errors![0]!.extensions as {
    code: string;
    field: string;
    violations: Violations;
  };
  for (const v of violations) expect(v.message).toEqual(expect.any(String));
  return { code, field, rules: violations.map((v) => [v.path, v.rule]) };
}

/** The README's number with a '+', an address without a domain, and an SMS validity of 29 s. */
const BROKEN = {
  destinations: [{ to: { phoneNumber: "+41793026800", emailAddress: "john.smith" } }],
  sms: { text: "x", validityPeriod: 29, validityPeriodTimeUnit: "SECONDS" as const },
};
const BROKEN_RULES = [
  ["input.destinations[0].to.phoneNumber", "MSISDN_FORMAT"],
  ["input.destinations[0].to.emailAddress", "EMAIL_FORMAT"],
  ["input.sms.validityPeriod", "VALIDITY_TOO_SHORT"],
];

describe("a malformed address is one violation among the input's others", () => {
  it("sendAdvanced lists phone number, e-mail and validity in one BAD_USER_INPUT, sending nothing", async () => {
    await stack.resetUpstreamCalls();
    const { status, data, errors } = await stack.execute(SendAdvancedDocument, { input: BROKEN });
    expect(status).toBe(200);
    expect(data).toBeNull();
    expect(refusal(errors)).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.destinations[0].to.phoneNumber",
      rules: BROKEN_RULES,
    });
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("answers the same when the input is written in the document instead of a variable", async () => {
    await stack.resetUpstreamCalls();
    const response = await stack.post({
      query: `mutation {
        sendAdvanced(input: {
          destinations: [{ to: { phoneNumber: "+41793026800", emailAddress: "john.smith" } }]
          sms: { text: "x", validityPeriod: 29, validityPeriodTimeUnit: SECONDS }
        }) { bulkId }
      }`,
    });
    const body = (await response.json()) as { errors?: GraphQLFormattedError[] };
    expect(refusal(body.errors)).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.destinations[0].to.phoneNumber",
      rules: BROKEN_RULES,
    });
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("sendText and planSend refuse the same input with the same violations", async () => {
    await stack.resetUpstreamCalls();
    const text = await stack.execute(SendTextDocument, {
      input: {
        destinations: [
          { to: { phoneNumber: "41793026727" } },
          { to: { phoneNumber: "041793026727" } },
          { to: { emailAddress: "jane@smith@example.com" } },
        ],
        text: " ",
      },
    });
    expect(refusal(text.errors)).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.destinations[1].to.phoneNumber",
      rules: [
        ["input.destinations[1].to.phoneNumber", "MSISDN_FORMAT"],
        ["input.destinations[2].to.emailAddress", "EMAIL_FORMAT"],
        ["input.text", "REQUIRED"],
      ],
    });
    const plan = await stack.execute(PlanSendDocument, { input: BROKEN });
    expect(refusal(plan.errors)).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.destinations[0].to.phoneNumber",
      rules: BROKEN_RULES,
    });
    // The request's own rules come first: not even the scenario is read.
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("sendPush lists malformed addresses of destinations and segment conditions with the rest", async () => {
    await stack.resetUpstreamCalls();
    const { data, errors } = await stack.execute(SendPushDocument, {
      input: {
        applicationCode: APP,
        text: "x",
        validityPeriod: 29,
        validityPeriodTimeUnit: "SECONDS",
        destinations: [
          { phoneNumber: "+441134960001" },
          { email: "alice at example.com" },
          { segment: { and: [{ phoneNumber: "12" }, { email: "alice@example.com" }] } },
        ],
      },
    });
    expect(data).toBeNull();
    expect(refusal(errors)).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.destinations[0].phoneNumber",
      rules: [
        ["input.destinations[0].phoneNumber", "MSISDN_FORMAT"],
        ["input.destinations[1].email", "EMAIL_FORMAT"],
        ["input.destinations[2].segment.and[0].phoneNumber", "MSISDN_FORMAT"],
        ["input.validityPeriod", "TOO_SHORT"],
      ],
    });
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("still refuses an address that is not even a string, as GraphQL refuses a wrong type", async () => {
    await stack.resetUpstreamCalls();
    // A variable: the request is refused before it runs (400), the message says where.
    const variable = await stack.post({
      query: `mutation ($input: SendTextInput!) { sendText(input: $input) { bulkId } }`,
      variables: { input: { destinations: [{ to: { phoneNumber: 41793026727 } }], text: "x" } },
    });
    expect(variable.status).toBe(400);
    const [coercion] = ((await variable.json()) as { errors: GraphQLFormattedError[] }).errors;
    expect(coercion!.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "MSISDN_FORMAT" });
    expect(coercion!.message).toContain('at "input.destinations[0].to.phoneNumber"');

    // A literal: the document does not validate, and the error points at the value.
    const line = `sendText(input: { destinations: [{ to: { emailAddress: 42 } }], text: "x" }) { bulkId }`;
    const literal = await stack.post({ query: `mutation {\n${line}\n}` });
    expect(literal.status).toBe(400);
    const [invalid] = ((await literal.json()) as { errors: GraphQLFormattedError[] }).errors;
    expect(invalid!.extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
      rule: "EMAIL_FORMAT",
    });
    expect(invalid!.locations).toEqual([{ line: 2, column: line.indexOf("42") + 1 }]);
    expect(await stack.upstreamCalls()).toEqual({});
  });
});

describe("notices and errors name fields alike", () => {
  it("sendAdvanced and planSend name a notice's field from the argument, as an error does", async () => {
    const created = await stack.execute(CreateScenarioDocument, {
      input: { name: "sms-then-email", flow: [{ channel: "SMS" }, { channel: "EMAIL" }] },
    });
    const input = {
      scenarioKey: created.data!.createScenario.key,
      destinations: [
        { to: { phoneNumber: "41793026727", emailAddress: "john.smith@example.com" } },
        { to: { emailAddress: "jane.smith@example.com" } },
      ],
      sms: { text: "x", validityPeriod: 49, validityPeriodTimeUnit: "HOURS" as const },
      email: { text: "x", subject: "s" },
    };
    const expected = [
      ["input.sms.validityPeriod", "VALIDITY_CLAMPED"],
      ["input.destinations[1].to.phoneNumber", "STEP_SKIPPED"],
    ];
    const plan = await stack.execute(PlanSendDocument, { input });
    expect(plan.errors).toBeUndefined();
    expect(plan.data!.planSend.notices.map((n) => [n.path, n.rule])).toEqual(expected);
    const sent = await stack.execute(SendAdvancedWithNoticesDocument, { input });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendAdvanced.notices.map((n) => [n.path, n.rule])).toEqual(expected);
  });
});

describe("planSend", () => {
  it("names the default scenario it walks when the input names none", async () => {
    const { data: defaults } = await stack.execute(DefaultScenarioDocument);
    const key = defaults!.defaultScenario!.key;
    const { data, errors } = await stack.execute(PlanSendDocument, {
      input: { destinations: [{ to: { phoneNumber: "41793026727" } }], sms: { text: "x" } },
    });
    expect(errors).toBeUndefined();
    expect(data!.planSend.scenarioKey).toBe(key);
    expect(data!.planSend.destinations[0]!.steps.map((s) => s.channel)).toEqual(["SMS"]);
  });
});
