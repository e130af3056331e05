import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateScenarioDocument,
  DefaultScenarioDocument,
  ScenarioDocument,
  ScenariosDocument,
  UpdateScenarioDocument,
} from "../gql/graphql.js";
import { startStack, type Stack } from "../support/stack.js";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

const smsThenEmail = {
  name: "SMS with e-mail fallback",
  flow: [
    { channel: "SMS" as const, from: "Travel agency" },
    { channel: "EMAIL" as const, from: "info@travelagency.com" },
  ],
};

describe("scenarios", () => {
  it("creates, reads, replaces and lists a scenario", async () => {
    const created = await stack.execute(CreateScenarioDocument, { input: smsThenEmail });
    expect(created.errors).toBeUndefined();
    const { key } = created.data!.createScenario;
    expect(created.data!.createScenario).toEqual({ key, ...smsThenEmail, isDefault: false });

    const read = await stack.execute(ScenarioDocument, { key });
    expect(read.data!.scenario).toEqual(created.data!.createScenario);

    const updated = await stack.execute(UpdateScenarioDocument, {
      key,
      input: {
        name: "Viber first",
        flow: [{ channel: "VIBER", from: "ViberSender" }, ...smsThenEmail.flow],
      },
    });
    expect(updated.data!.updateScenario.flow.map((s) => s.channel)).toEqual([
      "VIBER",
      "SMS",
      "EMAIL",
    ]);

    const list = await stack.execute(ScenariosDocument, { limit: 1000 });
    expect(list.data!.scenarios.map((s) => s.key)).toContain(key);
  });

  it("keeps exactly one default scenario", async () => {
    const first = await stack.execute(CreateScenarioDocument, {
      input: { ...smsThenEmail, isDefault: true },
    });
    const second = await stack.execute(CreateScenarioDocument, {
      input: { ...smsThenEmail, isDefault: true },
    });
    const defaults = await stack.execute(ScenariosDocument, { isDefault: true });
    expect(defaults.data!.scenarios.map((s) => s.key)).toEqual([second.data!.createScenario.key]);
    const byKey = await stack.execute(ScenarioDocument, { key: first.data!.createScenario.key });
    expect(byKey.data!.scenario!.isDefault).toBe(false);
    const current = await stack.execute(DefaultScenarioDocument);
    expect(current.data!.defaultScenario!.key).toBe(second.data!.createScenario.key);
  });

  it("answers null for an unknown key and NOT_FOUND when updating one", async () => {
    const missing = await stack.execute(ScenarioDocument, { key: "0".repeat(32) });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.scenario).toBeNull();

    const update = await stack.execute(UpdateScenarioDocument, {
      key: "0".repeat(32),
      input: smsThenEmail,
    });
    expect(update.errors![0]!.extensions).toMatchObject({
      code: "NOT_FOUND",
      upstream: { status: 404 },
    });
  });

  it("rejects bad input with a coded error naming the field, and sends nothing", async () => {
    await stack.resetUpstreamCalls();
    const badKey = await stack.execute(ScenarioDocument, { key: "not-a-key" });
    expect(badKey.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "args.key",
    });

    const noSteps = await stack.execute(CreateScenarioDocument, {
      input: { name: "empty", flow: [] },
    });
    expect(noSteps.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.flow",
    });

    const unknownChannel = await stack.post({
      query: "mutation { createScenario(input: { flow: [{ channel: WHATSAPP }] }) { key } }",
    });
    expect(unknownChannel.status).toBe(400);
    expect(await stack.upstreamCalls()).toEqual({});
  });
});
