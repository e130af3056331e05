import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type Stack } from "../support/stack.js";

const APP = "https://app.example.com";
const OTHER = "https://evil.example.net";
const QUERY = "{ channels { channel } }";

/** What a browser on `origin` asks before a JSON POST carrying a token. */
const preflight = (stack: Stack, origin: string, headers = "content-type, authorization") =>
  fetch(stack.gateway.graphqlUrl, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": headers,
    },
  });

const accessControl = (response: Response) =>
  Object.fromEntries([...response.headers].filter(([name]) => name.startsWith("access-control-")));

describe("CORS with an allow-list", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ cors: { origins: [APP], credentials: false } });
  });
  afterAll(async () => {
    await stack.close();
  });

  it("answers an allowed origin's preflight 204 with exactly what GraphQL clients send", async () => {
    const response = await preflight(stack, APP);
    expect(response.status).toBe(204);
    expect(accessControl(response)).toEqual({
      "access-control-allow-origin": APP,
      "access-control-allow-methods": "GET, POST, OPTIONS",
      "access-control-allow-headers":
        "content-type, authorization, apollo-require-preflight, x-apollo-operation-name, " +
        "apollographql-client-name, apollographql-client-version",
      "access-control-max-age": "600",
    });
    expect(response.headers.get("vary")).toMatch(/\bOrigin\b/);
    expect(await response.text()).toBe("");
  });

  it("lets the allowed origin read the answer", async () => {
    const response = await stack.post({ query: QUERY }, { origin: APP });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(APP);
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("vary")).toMatch(/\bOrigin\b/);
    const body = (await response.json()) as { data: { channels: unknown[] } };
    expect(body.data.channels.length).toBeGreaterThan(0);
  });

  it("grants nothing to another origin, and still varies on Origin", async () => {
    const asked = await preflight(stack, OTHER);
    expect(asked.headers.get("access-control-allow-origin")).toBeNull();
    expect(asked.headers.get("vary")).toMatch(/\bOrigin\b/);
    const posted = await stack.post({ query: QUERY }, { origin: OTHER });
    expect(posted.headers.get("access-control-allow-origin")).toBeNull();
    expect(posted.headers.get("vary")).toMatch(/\bOrigin\b/);
    // A near miss is another origin: matching is exact, scheme and port included.
    for (const near of ["http://app.example.com", `${APP}:8443`, "https://app.example.com.evil"]) {
      const response = await preflight(stack, near);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("keeps CSRF prevention on for the allowed origin: simple requests without a preflight header are refused", async () => {
    const get = await fetch(`${stack.gateway.graphqlUrl}?query=${encodeURIComponent(QUERY)}`, {
      headers: { origin: APP },
    });
    expect(get.status).toBe(400);
    // The refusal is readable to the page, so it can say why.
    expect(get.headers.get("access-control-allow-origin")).toBe(APP);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);

    const textPlain = await fetch(stack.gateway.graphqlUrl, {
      method: "POST",
      headers: { origin: APP, "content-type": "text/plain" },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(textPlain.status).toBe(400);
    expect(await textPlain.text()).toMatch(/Cross-Site Request Forgery/);

    const preflighted = await fetch(
      `${stack.gateway.graphqlUrl}?query=${encodeURIComponent(QUERY)}`,
      { headers: { origin: APP, "apollo-require-preflight": "true" } },
    );
    expect(preflighted.status).toBe(200);
  });
});

describe("CORS with credentials", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ cors: { origins: [APP], credentials: true } });
  });
  afterAll(async () => {
    await stack.close();
  });

  it("allows credentials to the allowed origin only", async () => {
    const allowed = await preflight(stack, APP);
    expect(allowed.headers.get("access-control-allow-credentials")).toBe("true");
    expect(allowed.headers.get("access-control-allow-origin")).toBe(APP);
    const posted = await stack.post({ query: QUERY }, { origin: APP });
    expect(posted.headers.get("access-control-allow-credentials")).toBe("true");
    const other = await stack.post({ query: QUERY }, { origin: OTHER });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("without CORS_ORIGINS", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it("sends no CORS header at all, so browsers on other origins are blocked", async () => {
    const asked = await preflight(stack, APP);
    expect(accessControl(asked)).toEqual({});
    const posted = await stack.post({ query: QUERY }, { origin: APP });
    expect(posted.status).toBe(200);
    expect(accessControl(posted)).toEqual({});
  });
});
