import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The import rules of ARCHITECTURE.md, so a wrong dependency fails lint, not review. */
const forbid = (...folders) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        {
          regex: `^(\\./|(\\.\\./)+)(${folders.join("|")})/`,
          message: "This import breaks the layering in ARCHITECTURE.md.",
        },
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test/gql/", "web/src/gql/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  { files: ["**/*.mjs", "**/*.js"], languageOptions: { globals: globals.node } },
  {
    files: ["src/domain/**/*.ts"],
    rules: forbid("omni", "store", "intake", "graphql", "server", "sandbox"),
  },
  { files: ["src/omni/**/*.ts"], rules: forbid("store", "intake", "graphql", "server", "sandbox") },
  { files: ["src/store/**/*.ts"], rules: forbid("omni", "intake", "graphql", "server", "sandbox") },
  { files: ["src/intake/**/*.ts"], rules: forbid("graphql", "server", "sandbox") },
  { files: ["src/graphql/**/*.ts"], rules: forbid("server", "sandbox") },
  {
    files: ["src/sandbox/**/*.ts"],
    rules: forbid("omni", "store", "intake", "graphql", "server"),
  },
);
