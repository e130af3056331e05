import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test/gql/", "src/generated/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["../omni/*", "../graphql/*", "../server/*", "../sandbox/*"] },
      ],
    },
  },
  {
    files: ["src/sandbox/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["**/omni/**", "**/graphql/**", "**/server/**"] },
      ],
    },
  },
  {
    files: ["src/omni/**/*.ts", "src/graphql/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/sandbox/**", "**/server/**"] }],
    },
  },
);
