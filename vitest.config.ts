import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // graphql 16 has no exports map: without this alias vite inlines the ESM build for our code
    // while type-graphql loads the CJS build, and scalars created in src/ become "unknown types".
    alias: { graphql: createRequire(import.meta.url).resolve("graphql") },
  },
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
