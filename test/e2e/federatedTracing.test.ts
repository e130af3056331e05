import { Trace } from "@apollo/usage-reporting-protobuf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type Stack } from "../support/stack.js";

/**
 * Apollo Router and Hive Gateway ask a subgraph for a federated trace (ftv1) when usage reporting
 * is on: per-field timings, and errors with their messages masked, so a trace stored in Studio
 * never carries what a resolver told one caller.
 */
describe("federated tracing (ftv1)", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  const query = `query { scenarios { key } missing: scenario(key: "no-such-scenario-key") { key } }`;

  it("answers a trace with field timings and masked errors when the router asks", async () => {
    const response = await stack.post({ query }, { "apollo-federation-include-trace": "ftv1" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
      extensions?: { ftv1?: string };
    };
    // The caller still gets the real error; only the trace masks it.
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.extensions?.ftv1).toEqual(expect.any(String));

    const trace = Trace.decode(Buffer.from(body.extensions!.ftv1!, "base64"));
    expect(Number(trace.durationNs)).toBeGreaterThan(0);
    const fields = (trace.root?.child ?? []).map((node) => node.responseName);
    expect(fields).toEqual(expect.arrayContaining(["scenarios", "missing"]));
    const missing = trace.root!.child!.find((node) => node.responseName === "missing")!;
    expect(missing.error).toHaveLength(1);
    expect(missing.error![0]!.message).toBe("<masked>");
    const serialized = JSON.stringify(Trace.toObject(trace as Trace));
    expect(serialized).not.toContain("no-such-scenario-key");
    expect(serialized).not.toContain(body.errors![0]!.message);
  });

  it("answers no trace to a request that does not ask", async () => {
    const response = await stack.post({ query });
    const body = (await response.json()) as { extensions?: { ftv1?: string } };
    expect(body.extensions?.ftv1).toBeUndefined();
  });
});
