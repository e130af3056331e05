import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import type { RequestLimits } from "./limits.js";

/**
 * GraphQL Armor's depth, alias and directive limits as validation rules. Armor's messages name
 * the limit, what was found and the maximum ("Aliases limit of 15 exceeded, found 16."); the
 * same goes into `extensions.limit`. Apollo Server answers them as it answers every validation
 * error: HTTP 400, GRAPHQL_VALIDATION_FAILED, nothing executed.
 */
export function shapeRules(limits: RequestLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.depth,
      // Fragments and inline fragments shape the document, not the answer's nesting.
      flattenFragments: true,
      ...reporting("depth", limits.depth),
    }),
    maxAliasesRule({ n: limits.aliases, ...reporting("aliases", limits.aliases) }),
    maxDirectivesRule({ n: limits.directives, ...reporting("directives", limits.directives) }),
  ];
}

/**
 * Reported to the validation context (so Apollo Server collects it with the other validation
 * errors) instead of thrown, which would escape `validate()` as an unexpected error.
 */
function reporting(name: string, max: number) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const message = error.message.replace(/^Syntax Error: /, "");
        const found = /found (\d+)/.exec(message);
        context?.reportError(
          new GraphQLError(message, {
            extensions: { limit: { name, measured: found ? Number(found[1]) : undefined, max } },
          }),
        );
      },
    ],
  };
}
