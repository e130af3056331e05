import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { parseAuthSettings } from "../../src/server/auth/authSettings.js";
import {
  MessageTimelineDocument,
  PreviewSmsDocument,
  ScenariosDocument,
  SendTextDocument,
} from "../gql/graphql.js";
import {
  AUDIENCE,
  base64url,
  ISSUER,
  jwksServer,
  nowSeconds,
  signingKey,
  token,
  type SigningKey,
} from "../auth/fixtures.js";
import { startStack, type Stack } from "../support/stack.js";

const ROUTER_SECRET = "router-secret-0123456789-abcdefgh";
const bearer = (jwt: string) => ({ authorization: `Bearer ${jwt}` });
const sendOne = { destinations: [{ to: { phoneNumber: "41793026727" } }], text: "Hi" };
const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Message { messageId status { name } } }
}`;

let key: SigningKey;
let jwks: Awaited<ReturnType<typeof jwksServer>>;

beforeAll(async () => {
  key = await signingKey("key-1");
  jwks = await jwksServer({ keys: [key.jwk] });
});

afterAll(async () => {
  await jwks.close();
});

const jwtSettings = () =>
  parseAuthSettings({
    AUTH_JWKS_URL: jwks.url,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
    AUTH_JWKS_COOLDOWN_MS: "0",
  });

describe("a gateway that verifies JWTs", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ auth: jwtSettings() });
  });
  afterAll(async () => {
    await stack.close();
  });

  it("answers an anonymous request 401 UNAUTHENTICATED, whatever it asks", async () => {
    for (const query of ["{ channels { channel } }", "{ _service { sdl } }"]) {
      const response = await stack.post({ query });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { data?: unknown; errors: unknown[] };
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({
            code: "UNAUTHENTICATED",
            reason: "MISSING_CREDENTIALS",
          }),
        }),
      ]);
    }
  });

  it("lets a reader read but not send, naming the scope it lacks, and sends nothing", async () => {
    const reader = bearer(await token(key, { scope: "messages:read scenarios:read" }));
    await stack.resetUpstreamCalls();

    const read = await stack.executeWith(reader, MessageTimelineDocument, { messageId: "unknown" });
    expect(read.errors).toBeUndefined();
    const sent = await stack.executeWith(reader, SendTextDocument, { input: sendOne });
    expect(sent.status).toBe(200);
    expect(sent.errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      scope: "messages:send",
    });
    expect(sent.errors?.[0]?.message).toContain("messages:send");
    expect((await stack.upstreamCalls())["POST /omni/1/text"]).toBeUndefined();

    const sender = bearer(await token(key, { scp: ["messages:send"] }));
    expect((await stack.executeWith(sender, SendTextDocument, { input: sendOne })).errors).toBe(
      undefined,
    );
    // Pure helpers need a caller, not a scope.
    const helper = await stack.executeWith(sender, PreviewSmsDocument, { text: "Hello" });
    expect(helper.data?.previewSms.previews[0]?.messageCount).toBe(1);
  });

  it("enforces scopes on entities too, after the federation build", async () => {
    const withoutRead = bearer(await token(key, { scope: "scenarios:read" }));
    const refused = await stack.post(
      {
        query: ENTITIES,
        variables: { representations: [{ __typename: "Message", messageId: "m" }] },
      },
      withoutRead,
    );
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: "FORBIDDEN", scope: "messages:read" });

    const reader = bearer(await token(key, { scope: "messages:read" }));
    const allowed = await stack.post(
      {
        query: ENTITIES,
        variables: { representations: [{ __typename: "Message", messageId: "m" }] },
      },
      reader,
    );
    expect(await allowed.json()).toEqual({
      data: { _entities: [{ messageId: "m", status: null }] },
    });
  });

  it.each([
    ["expired", { exp: nowSeconds() - 3600 }, "TOKEN_EXPIRED"],
    ["not yet valid", { nbf: nowSeconds() + 3600 }, "TOKEN_NOT_YET_VALID"],
    ["from another issuer", { iss: "https://evil.example/" }, "WRONG_ISSUER"],
    ["for another audience", { aud: "someone-else" }, "WRONG_AUDIENCE"],
  ])("refuses a token %s with 401 naming the check, never the token", async (_, claims, reason) => {
    const jwt = await token(key, { scope: "messages:read", ...claims });
    const response = await stack.post({ query: "{ channels { channel } }" }, bearer(jwt));
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions).toMatchObject({
      code: "UNAUTHENTICATED",
      reason,
    });
    expect(text).not.toContain(jwt.split(".")[2]);
    expect(stack.logs.join("")).not.toContain(jwt.split(".")[2]);
  });

  it("refuses alg none", async () => {
    const unsigned = `${base64url({ alg: "none" })}.${base64url({
      iss: ISSUER,
      aud: AUDIENCE,
      sub: "mallory",
      exp: nowSeconds() + 300,
      scope: "messages:send",
    })}.`;
    const response = await stack.post({ query: "{ channels { channel } }" }, bearer(unsigned));
    expect(response.status).toBe(401);
  });

  it("picks up a rotated signing key without a restart", async () => {
    const next = await signingKey("key-2");
    jwks.serve({ keys: [key.jwk, next.jwk] });
    const rotated = bearer(await token(next, { scope: "scenarios:read" }));
    const answer = await stack.executeWith(rotated, ScenariosDocument, { limit: 1 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.scenarios).toHaveLength(1);
  });

  it("answers a retryable 503, not a 401, while the signing keys cannot be fetched", async () => {
    const unknown = await signingKey("key-unpublished");
    jwks.fail(500);
    try {
      const response = await stack.post(
        { query: "{ channels { channel } }" },
        bearer(await token(unknown, { scope: "messages:read" })),
      );
      expect(response.status).toBe(503);
      const body = (await response.json()) as { errors: { extensions: unknown }[] };
      expect(body.errors[0]?.extensions).toMatchObject({
        code: "UPSTREAM_UNAVAILABLE",
        reason: "SIGNING_KEYS_UNAVAILABLE",
      });
    } finally {
      jwks.fail(200);
    }
  });

  it("authenticates subscriptions at connection_init and closes a socket whose token expires", async () => {
    const reader = bearer(await token(key, { scope: "messages:read" }));
    const url = stack.gateway.graphqlUrl.replace(/^http/, "ws");
    // The protocol spoken by hand, so the close code and reason are what the server sent.
    const closeOf = (payload?: Record<string, unknown>) =>
      new Promise<{ code: number; reason: string }>((resolve, reject) => {
        const socket = new WebSocket(url, "graphql-transport-ws");
        socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload })));
        socket.on("error", reject);
        socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
      });

    expect(await closeOf()).toMatchObject({ code: 4401 });
    const refused = await new Promise<unknown>((resolve, reject) => {
      const socket = new WebSocket(url, "graphql-transport-ws");
      socket.on("open", () =>
        socket.send(JSON.stringify({ type: "connection_init", payload: reader })),
      );
      socket.on("error", reject);
      socket.on("message", (data) => {
        const message = JSON.parse(String(data)) as { type: string; payload?: unknown };
        if (message.type === "connection_ack") {
          // A query over the socket would skip every HTTP-side limit and plugin.
          socket.send(
            JSON.stringify({
              id: "1",
              type: "subscribe",
              payload: { query: "{ _service { sdl } }" },
            }),
          );
        }
        if (message.type === "error") {
          socket.close();
          resolve(message.payload);
        }
      });
    });
    expect(refused).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_REQUEST" }) }),
    ]);
    // Valid for about two more seconds (the skew allowance does not keep a socket open).
    const shortLived = await token(key, { scope: "messages:read", exp: nowSeconds() + 2 });
    const closed = await closeOf(bearer(shortLived));
    expect(closed).toEqual({ code: 4401, reason: "Token expired" });
  });
});

describe("a gateway reachable only through the router", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      auth: parseAuthSettings({
        ROUTER_SECRET,
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
        ROUTER_DEFAULT_SCOPES: "scenarios:read",
      }),
    });
  });
  afterAll(async () => {
    await stack.close();
  });

  it("answers 401 without the router's secret, and serves the router", async () => {
    const without = await stack.post({ query: "{ _service { sdl } }" });
    expect(without.status).toBe(401);
    const wrong = await stack.post(
      { query: "{ _service { sdl } }" },
      { "router-authorization": `${ROUTER_SECRET}x` },
    );
    expect(wrong.status).toBe(401);
    const router = await stack.post(
      { query: "{ _service { sdl } }" },
      { "router-authorization": ROUTER_SECRET },
    );
    expect(router.status).toBe(200);
    const body = (await router.json()) as { data: { _service: { sdl: string } } };
    expect(body.data._service.sdl).toContain("@requiresScopes");
  });

  it("trusts claims Hive Gateway forwards in extensions.jwt only with the secret", async () => {
    const claims = {
      iss: ISSUER,
      aud: AUDIENCE,
      sub: "user-7",
      exp: nowSeconds() + 300,
      scope: "messages:send",
    };
    const request = {
      query: print(SendTextDocument),
      variables: { input: sendOne },
      extensions: { jwt: { payload: claims } },
    };
    const forged = await stack.post(request);
    expect(forged.status).toBe(401);
    const forwarded = await stack.post(request, { "router-authorization": ROUTER_SECRET });
    const body = (await forwarded.json()) as { errors?: unknown; data: unknown };
    expect(body.errors).toBeUndefined();
    // The router on its own account has only ROUTER_DEFAULT_SCOPES.
    const itself = await stack.post(
      { query: print(SendTextDocument), variables: { input: sendOne } },
      { "router-authorization": ROUTER_SECRET },
    );
    const refused = (await itself.json()) as { errors: { extensions: { code: string } }[] };
    expect(refused.errors[0]?.extensions.code).toBe("FORBIDDEN");
  });
});

describe("a gateway for the router that also lets direct callers in", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      auth: parseAuthSettings({
        ROUTER_SECRET,
        AUTH_ALLOW_DIRECT: "true",
        AUTH_JWKS_URL: jwks.url,
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
      }),
    });
  });
  afterAll(async () => {
    await stack.close();
  });

  it("keeps _service and _entities for the router", async () => {
    const direct = bearer(await token(key, { scope: "messages:read" }));
    const helper = await stack.post({ query: "{ channels { channel } }" }, direct);
    expect(helper.status).toBe(200);
    for (const query of [
      "{ _service { sdl } }",
      ENTITIES,
      "{ ... on Query { _service { sdl } } }",
      "query { ...F } fragment F on Query { _service { sdl } }",
    ]) {
      const refused = await stack.post(
        { query, variables: { representations: [{ __typename: "Message", messageId: "m" }] } },
        direct,
      );
      expect(refused.status).toBe(401);
      const body = (await refused.json()) as { errors: { extensions: { reason: string } }[] };
      expect(body.errors[0]?.extensions.reason).toBe("ROUTER_SECRET_REQUIRED");
    }
    const router = await stack.post(
      { query: "{ _service { sdl } }" },
      { ...direct, "router-authorization": ROUTER_SECRET },
    );
    expect(router.status).toBe(200);
  });
});
