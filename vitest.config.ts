import { createRequire } from "node:module";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

/**
 * `npm test` runs the `gateway` project, which needs nothing but Node and this checkout. The
 * others need what a fresh machine may lack (Debian's Chromium; the registry, for a clean
 * production install; the supergraph kit's own install), and run from their own scripts, as
 * `.ci/run` does.
 */
const project = (
  name: string,
  include: string[],
  timeouts = {},
): TestProjectInlineConfiguration => ({
  extends: true,
  test: { name, include, ...timeouts },
});

export default defineConfig({
  resolve: {
    // graphql 16 has no exports map: without this alias vite inlines the ESM build for our code
    // while type-graphql loads the CJS build, and scalars created in src/ become "unknown types".
    alias: { graphql: createRequire(import.meta.url).resolve("graphql") },
  },
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "gateway",
          include: ["test/**/*.test.ts"],
          exclude: ["test/browser/**", "test/image/**", "test/supergraph/**", "**/node_modules/**"],
        },
      },
      project("browser", ["test/browser/**/*.test.ts"]),
      project("image", ["test/image/**/*.test.ts"], { testTimeout: 300_000, hookTimeout: 300_000 }),
      project("supergraph", ["test/supergraph/**/*.test.ts"], {
        testTimeout: 120_000,
        hookTimeout: 300_000,
      }),
    ],
  },
});
