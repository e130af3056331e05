import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SendAdvancedDocument, SendTextDocument } from "../gql/graphql.js";
import { startStack, type Stack } from "../support/stack.js";
import { upstreamSends } from "../support/upstreamSends.js";

/**
 * A seeded generator of random and hostile send inputs, in the spirit of a property test: the
 * seed is printed on failure so a case can be replayed. (fast-check is not a dependency.)
 */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hostileInput(next: () => number): Record<string, unknown> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const string = () =>
    pick([
      "",
      "x".repeat(Math.floor(next() * 5000)),
      "\ud800 lone surrogate",
      "€".repeat(200),
      "Ως Μεγαρικό",
      "<script>alert(1)</script>",
      "\u0000\u0001",
      "𝔘𝔫𝔦𝔠𝔬𝔡𝔢".repeat(100),
    ]);
  const number = () => pick([0, -1, 29, 30, 2 ** 31, 1.5, Number.MAX_SAFE_INTEGER, "12", null]);
  const deep = (depth: number): unknown => (depth === 0 ? "leaf" : { a: deep(depth - 1) });
  const address = () =>
    pick([
      { phoneNumber: "41793026727" },
      { phoneNumber: string() },
      { emailAddress: string() },
      {},
      { phoneNumber: "0041793026727", emailAddress: "email@example.com" },
      null,
    ]);
  const content = () => ({
    text: string(),
    validityPeriod: number(),
    validityPeriodTimeUnit: pick(["SECONDS", "MINUTES", "HOURS", "DAYS", 7]),
  });
  const input: Record<string, unknown> = {
    destinations: Array.from({ length: Math.floor(next() * 4) }, () => ({ to: address() })),
  };
  const optional: [string, () => unknown][] = [
    [
      "sms",
      () => ({
        ...content(),
        language: { languageCode: pick(["TR", "XX"]) },
        transliteration: pick(["GREEK", "ELVISH"]),
      }),
    ],
    [
      "viber",
      () => ({
        ...content(),
        buttonText: string(),
        buttonURL: pick(["https://x.io", "not a url"]),
      }),
    ],
    [
      "push",
      () => ({
        ...content(),
        customPayload: pick([deep(Math.floor(next() * 2000)), [1, 2], "x"]),
        notificationOptions: {
          badge: number(),
          title: string(),
          mirroredPushStyle: pick(["MODAL", "SIDEWAYS"]),
        },
      }),
    ],
    ["email", () => ({ ...content(), subject: string() })],
    ["callbackData", string],
    [
      "sendAt",
      () =>
        pick([
          "2016-04-26T10:52:15.000+01:00",
          "yesterday",
          new Date(Date.now() + 400 * 86_400_000).toISOString(),
        ]),
    ],
    ["notifyUrl", () => pick(["https://example.com/hook", "javascript:alert(1)"])],
    ["scenarioKey", string],
  ];
  for (const [key, make] of optional) if (next() < 0.5) input[key] = make();
  return input;
}

const CODES = ["BAD_USER_INPUT", "BAD_REQUEST", "GRAPHQL_VALIDATION_FAILED", "NOT_FOUND"];

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

const sends = () => upstreamSends(stack);

describe("random and hostile send inputs", () => {
  it("never crash, never 5xx, always coded, and send nothing when refused", async () => {
    const next = random(20_260_101);
    for (let i = 0; i < 60; i++) {
      const input = hostileInput(next);
      const asText = i % 4 === 0;
      const document = asText ? SendTextDocument : SendAdvancedDocument;
      const variables = {
        input: asText ? { destinations: input.destinations, text: input.callbackData } : input,
      };
      const before = await sends();
      const response = await stack.post({ query: print(document), variables });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      const context = `case ${i}: ${JSON.stringify(variables).slice(0, 300)}`;
      expect(response.status, context).toBeLessThan(500);
      for (const error of body.errors ?? []) {
        expect(CODES, context).toContain(error.extensions?.code);
      }
      if (body.errors) expect(await sends(), context).toBe(before);
    }
  });
});
