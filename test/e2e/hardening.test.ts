import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScenariosDocument, SendTextDocument } from "../gql/graphql.js";
import { startStack, type Stack } from "../support/stack.js";

const CANARY = "CANARY-KEY-123";

let stack: Stack;
let misconfigured: Stack;
beforeAll(async () => {
  stack = await startStack({ production: true });
  // A gateway whose key the upstream rejects: its key must never surface anywhere.
  misconfigured = await startStack({ apiKey: CANARY });
});
afterAll(async () => {
  await stack.close();
  await misconfigured.close();
});

describe("hardening", () => {
  it("refuses batched HTTP requests", async () => {
    const response = await stack.post([{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expect(response.status).toBe(400);
  });

  it("keeps CSRF prevention on: a simple GET without a preflight header is refused", async () => {
    const response = await fetch(
      `${stack.gateway.graphqlUrl}?query=${encodeURIComponent("{ __typename }")}`,
    );
    expect(response.status).toBe(400);
  });

  it("caps the body size with a JSON 413, no stack trace", async () => {
    const response = await stack.post({
      query: `{ __typename }`,
      variables: { pad: "x".repeat(2_100_000) },
    });
    expect(response.status).toBe(413);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.js/);
    expect(JSON.parse(text).errors[0].message).toBe("Request body too large.");
  });

  it("caps parser tokens, so a nesting bomb is a clean 400", async () => {
    const query = `{ ${"a { ".repeat(4000)}b${" }".repeat(4000)} }`;
    const response = await stack.post({ query });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/more than 2000 tokens|more that 2000 tokens/);
    expect(JSON.stringify(body)).not.toContain("stacktrace");
  });

  it("hides schema hints and introspection in production", async () => {
    const typo = await stack.post({ query: "{ scenarioz { key } }" });
    const body = await typo.json();
    expect(JSON.stringify(body)).not.toContain("Did you mean");
    const introspection = await stack.post({ query: "{ __schema { types { name } } }" });
    expect(introspection.status).toBe(400);
  });

  it("turns a rejected upstream key into UNAUTHENTICATED without leaking the key", async () => {
    const result = await misconfigured.execute(ScenariosDocument, {});
    expect(result.errors![0]!.extensions).toMatchObject({
      code: "UNAUTHENTICATED",
      upstream: { status: 401 },
    });
    const send = await misconfigured.execute(SendTextDocument, {
      input: { destinations: [{ to: { phoneNumber: "41793026727" } }], text: "x" },
    });
    expect(send.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    expect(JSON.stringify([result, send])).not.toContain(CANARY);
    expect(misconfigured.logs.join("\n")).not.toContain(CANARY);
  });

  it("answers UPSTREAM_UNAVAILABLE when OMNI is down, and stays ready for what needs no OMNI", async () => {
    const down = await startStack();
    await down.sandbox.close();
    const result = await down.execute(ScenariosDocument, {});
    expect(result.errors![0]!.extensions).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    expect(JSON.stringify(result)).not.toContain(down.sandbox.url);
    // An Infobip outage is every replica's: readiness must not take them all away.
    expect((await fetch(`${down.gateway.url}/ready`)).status).toBe(200);
    const preview = await down.post({ query: '{ previewSms(text: "Hi") { originalText } }' });
    expect(preview.status).toBe(200);
    const health = await fetch(`${down.gateway.url}/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { details: unknown }).details).toMatchObject({
      upstream: { default: expect.any(String) },
    });
    await down.gateway.close();
  });

  it("reports ready when the upstream answers", async () => {
    const response = await fetch(`${stack.gateway.url}/ready`);
    expect(await response.json()).toEqual({ status: "ready" });
  });
});
