import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { printGatewaySchema } from "../src/graphql/printGatewaySchema.js";

describe("schema.graphql", () => {
  it("is what the code generates (run `npm run schema` after changing types)", async () => {
    expect(await readFile("schema.graphql", "utf8")).toBe(await printGatewaySchema());
  });
});
