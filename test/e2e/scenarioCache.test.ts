import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateScenarioDocument,
  ScenarioDocument,
  UpdateScenarioDocument,
} from "../gql/graphql.js";
import { startStack, type Stack } from "../support/stack.js";

const READ = "GET /omni/1/scenarios/{scenarioKey}";
const smsOnly = { name: "SMS only", flow: [{ channel: "SMS" as const, from: "InfoSMS" }] };

describe("the scenario cache", () => {
  let cached: Stack;
  let uncached: Stack;
  beforeAll(async () => {
    [cached, uncached] = await Promise.all([
      startStack({ scenarioCacheTtlMs: 60_000 }),
      startStack({ scenarioCacheTtlMs: 0 }),
    ]);
  });
  afterAll(() => Promise.all([cached.close(), uncached.close()]));

  async function createdKey(stack: Stack): Promise<string> {
    const created = await stack.execute(CreateScenarioDocument, { input: smsOnly });
    expect(created.errors).toBeUndefined();
    return created.data!.createScenario.key;
  }

  it("reads an unchanged scenario from OMNI once within its lifetime", async () => {
    const key = await createdKey(cached);
    await cached.resetUpstreamCalls();
    for (let i = 0; i < 3; i++) {
      const read = await cached.execute(ScenarioDocument, { key });
      expect(read.data?.scenario?.name).toBe("SMS only");
    }
    expect((await cached.upstreamCalls())[READ]).toBe(1);
  });

  it("answers the gateway's own update at once", async () => {
    const key = await createdKey(cached);
    await cached.execute(ScenarioDocument, { key });
    const updated = await cached.execute(UpdateScenarioDocument, {
      key,
      input: { ...smsOnly, name: "renamed" },
    });
    expect(updated.errors).toBeUndefined();
    const read = await cached.execute(ScenarioDocument, { key });
    expect(read.data?.scenario?.name).toBe("renamed");
  });

  it("reads every time when its lifetime is 0", async () => {
    const key = await createdKey(uncached);
    await uncached.resetUpstreamCalls();
    await uncached.execute(ScenarioDocument, { key });
    await uncached.execute(ScenarioDocument, { key });
    expect((await uncached.upstreamCalls())[READ]).toBe(2);
  });
});
