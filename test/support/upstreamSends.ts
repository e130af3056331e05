import type { Stack } from "./stack.js";

/** How many sends (text or advanced) reached the upstream so far. */
export async function upstreamSends(stack: Stack): Promise<number> {
  const calls = await stack.upstreamCalls();
  return (calls["POST /omni/1/advanced"] ?? 0) + (calls["POST /omni/1/text"] ?? 0);
}
