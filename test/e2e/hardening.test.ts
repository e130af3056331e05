import { Agent, request } from "node:http";
import { gzipSync } from "node:zlib";
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

describe("the GraphQL POST path, served without express", () => {
  const post = (body: string | Buffer, headers: Record<string, string>) =>
    fetch(stack.gateway.graphqlUrl, { method: "POST", headers, body });
  const TYPENAME = JSON.stringify({ query: "{ __typename }" });

  it("reads gzip-encoded JSON and a quoted UTF-8 charset", async () => {
    const gzipped = await post(gzipSync(TYPENAME), {
      "content-type": "application/json",
      "content-encoding": "gzip",
    });
    expect(await gzipped.json()).toEqual({ data: { __typename: "Query" } });
    const quoted = await post(TYPENAME, { "content-type": 'application/json; charset="UTF-8"' });
    expect(await quoted.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses bodies it cannot read as JSON with a coded 4xx, never a parser's words", async () => {
    const refusals = [
      [await post("{ not json", { "content-type": "application/json" }), 400],
      [await post('"a string"', { "content-type": "application/json" }), 400],
      [await post(TYPENAME, { "content-type": "application/json; charset=latin1" }), 415],
      [
        await post(TYPENAME, { "content-type": "application/json", "content-encoding": "zstd" }),
        415,
      ],
      [
        await post(Buffer.from("not gzip"), {
          "content-type": "application/json",
          "content-encoding": "gzip",
        }),
        400,
      ],
    ] as const;
    for (const [response, status] of refusals) {
      expect(response.status).toBe(status);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("BAD_REQUEST");
      expect(JSON.stringify(body)).not.toMatch(/Unexpected token|at .*\.js/);
    }
  });

  it("caps a chunked body and an inflated one at the limit, and the connection stays usable", async () => {
    const big = JSON.stringify({
      query: "{ __typename }",
      variables: { pad: "x".repeat(2_100_000) },
    });
    const bomb = await post(gzipSync(big), {
      "content-type": "application/json",
      "content-encoding": "gzip",
    });
    expect(bomb.status).toBe(413);

    // No content-length: the limit is found while reading. Both answers come on one socket.
    const { port, hostname } = new URL(stack.gateway.graphqlUrl);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (body: string) =>
      new Promise<{ status: number; text: string; socket: unknown }>((resolve, reject) => {
        const req = request(
          { host: hostname, port, path: "/graphql", method: "POST", agent },
          (res) => {
            let text = "";
            res.setEncoding("utf8");
            res.on("data", (chunk: string) => (text += chunk));
            res.on("end", () => resolve({ status: res.statusCode!, text, socket: req.socket }));
          },
        );
        req.on("error", reject);
        req.setHeader("content-type", "application/json");
        req.setHeader("transfer-encoding", "chunked");
        for (let at = 0; at < body.length; at += 64 * 1024)
          req.write(body.slice(at, at + 64 * 1024));
        req.end();
      });
    const refused = await send(big);
    expect(refused.status).toBe(413);
    expect(JSON.parse(refused.text).errors[0].message).toBe("Request body too large.");
    const next = await send(TYPENAME);
    expect(next.status).toBe(200);
    expect(next.socket).toBe(refused.socket);
    agent.destroy();
  });
});
