import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { expect } from "vitest";
import type { RunningGateway } from "../../src/server/startGateway.js";
import type { Stack } from "./stack.js";

/**
 * Fires `count` identical sends with one idempotency key at two replicas at once, then once more
 * after they settled, and checks the promise of idempotency: exactly one upstream send, every
 * other answer IDEMPOTENCY_KEY_IN_FLIGHT or the same result, and the repeat gets that result.
 */
export async function expectOneSendForConcurrentRetries<T, V>(options: {
  stack: Stack;
  replica: RunningGateway;
  document: TypedDocumentNode<T, V>;
  variables: V;
  count: number;
  sendRoute: string;
}): Promise<void> {
  const { stack, replica, document, variables, count, sendRoute } = options;
  await stack.resetUpstreamCalls();
  const answers = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      stack.executeOn(i % 2 ? replica : stack.gateway, document, variables),
    ),
  );
  expect((await stack.upstreamCalls())[sendRoute]).toBe(1);

  const succeeded = answers.filter((a) => !a.errors);
  const refused = answers.filter((a) => a.errors);
  expect(succeeded.length).toBeGreaterThanOrEqual(1);
  expect(refused.map((a) => a.errors![0]!.extensions!.code)).toEqual(
    refused.map(() => "IDEMPOTENCY_KEY_IN_FLIGHT"),
  );
  const [first] = succeeded;
  for (const answer of succeeded) expect(answer.data).toEqual(first!.data);

  // Once the first has finished, every repeat gets its result, on either replica.
  const again = await stack.executeOn(replica, document, variables);
  expect(again.data).toEqual(first!.data);
  expect((await stack.upstreamCalls())[sendRoute]).toBe(1);
}
