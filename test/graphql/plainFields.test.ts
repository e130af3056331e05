import { getMetadataStorage } from "type-graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGatewaySchema } from "../../src/graphql/schema.js";

/**
 * Every object type is declared with `simpleResolvers: true`: its plain fields are answered by
 * graphql-js's default resolver rather than by type-graphql's wrapper, which would run (an empty)
 * middleware chain for every field of every answer, 30 000 times for a 10 000-destination send.
 * That is only right while no plain field carries middleware or roles; scopes and input rules
 * belong to operations (auth/decorators.ts). These tests hold both halves.
 */
describe("plain fields of object types", () => {
  beforeAll(async () => {
    // Loads every type and resolver class, filling type-graphql's metadata.
    await buildGatewaySchema();
  });

  it("are all answered by the default resolver", () => {
    const { objectTypes } = getMetadataStorage();
    expect(objectTypes.length).toBeGreaterThan(20);
    const wrapped = objectTypes.filter((type) => type.simpleResolvers !== true).map((t) => t.name);
    expect(wrapped).toEqual([]);
  });

  it("carry no middleware and no roles, which the default resolver would skip", () => {
    const { objectTypes, fields } = getMetadataStorage();
    const outputClasses = new Set(objectTypes.map((type) => type.target));
    const guarded = fields
      .filter((field) => outputClasses.has(field.target))
      .filter((field) => (field.middlewares?.length ?? 0) > 0 || field.roles !== undefined)
      .map((field) => `${field.target.name}.${field.name}`);
    expect(guarded).toEqual([]);
  });
});
