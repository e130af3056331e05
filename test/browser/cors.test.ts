import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAuthSettings } from "../../src/server/auth/authSettings.js";
import {
  AUDIENCE,
  ISSUER,
  jwksServer,
  signingKey,
  token,
  type SigningKey,
} from "../auth/fixtures.js";
import { launchChromium, servePage, type ServedPage } from "../support/browser.js";
import { startStack, type Stack } from "../support/stack.js";

/**
 * A frontend's call: a JSON POST with a token, which makes the browser ask the gateway first
 * (preflight). Plain script, so what runs is what a page would ship.
 */
const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>omni-gateway CORS probe</title>
<script>
  async function callGateway(url, headers) {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: "{ channels { channel } }" }),
      });
      return { status: response.status, body: await response.json() };
    } catch (error) {
      return { error: error.name, message: error.message };
    }
  }
</script>`;

interface CallResult {
  status?: number;
  body?: {
    data?: { channels: { channel: string }[] };
    errors?: { extensions: { code: string } }[];
  };
  error?: string;
  message?: string;
}

let key: SigningKey;
let jwks: Awaited<ReturnType<typeof jwksServer>>;
let allowed: ServedPage;
let other: ServedPage;
let stack: Stack;
let browser: Browser;
/** The gateway under another host name than the pages': cross-origin, as in production. */
let graphqlUrl: string;

beforeAll(async () => {
  key = await signingKey("browser-key");
  jwks = await jwksServer({ keys: [key.jwk] });
  allowed = await servePage(PAGE);
  other = await servePage(PAGE);
  stack = await startStack({
    auth: parseAuthSettings({
      AUTH_JWKS_URL: jwks.url,
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
    }),
    cors: { origins: [allowed.origin], credentials: false },
  });
  const url = new URL(stack.gateway.graphqlUrl);
  url.hostname = "localhost";
  graphqlUrl = url.toString();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  await Promise.all([allowed?.close(), other?.close(), jwks?.close()]);
});

/** Opens the page of `origin` and runs its call there; with what the browser logged about it. */
async function callFrom(
  origin: string,
  headers: Record<string, string>,
): Promise<CallResult & { console: string[] }> {
  const page: Page = await browser.newPage();
  const logged: string[] = [];
  page.on("console", (message) => logged.push(message.text()));
  try {
    await page.goto(`${origin}/`);
    const result = await page.evaluate(
      ([url, sent]) =>
        (
          globalThis as unknown as {
            callGateway(url: string, headers: Record<string, string>): Promise<CallResult>;
          }
        ).callGateway(url, sent),
      [graphqlUrl, headers] as const,
    );
    return { ...result, console: logged };
  } finally {
    await page.close();
  }
}

describe("a browser page on another origin", () => {
  it("gets data from the gateway when its origin is allowed, token and all", async () => {
    const bearer = `Bearer ${await token(key)}`;
    const result = await callFrom(allowed.origin, { authorization: bearer });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(200);
    expect(result.body?.data?.channels.map(({ channel }) => channel)).toContain("SMS");
  });

  it("can read the gateway's refusal too, so it can tell the user why", async () => {
    const result = await callFrom(allowed.origin, {});
    expect(result.status).toBe(401);
    expect(result.body?.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("is blocked by the browser when its origin is not allowed", async () => {
    const bearer = `Bearer ${await token(key)}`;
    const result = await callFrom(other.origin, { authorization: bearer });
    expect(result.error).toBe("TypeError");
    expect(result.status).toBeUndefined();
    expect(result.console.join("\n")).toMatch(
      /blocked by CORS policy: Response to preflight request .*No 'Access-Control-Allow-Origin'/,
    );
  });

  it("is blocked when it sends a header outside the list, even from the allowed origin", async () => {
    const result = await callFrom(allowed.origin, { "x-api-key": "a-server-side-key" });
    expect(result.error).toBe("TypeError");
    expect(result.console.join("\n")).toMatch(
      /x-api-key is not allowed by Access-Control-Allow-Headers in preflight response/,
    );
  });
});
