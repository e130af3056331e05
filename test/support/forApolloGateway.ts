import { Kind, parse, print, visit, type ConstDirectiveNode } from "graphql";

/** The features @apollo/gateway refuses to load: it never enforces them (Apollo's docs). */
const SECURITY_FEATURES = ["authenticated", "requiresScopes", "policy"];

/**
 * The supergraph without its authorization features, for @apollo/gateway, which refuses any
 * supergraph that links them ("is for: SECURITY but is unsupported") since only Apollo Router
 * and Hive Gateway enforce them. The tests use it for what @apollo/gateway does check (query
 * planning, entity batching); the subgraph enforces the scopes itself either way.
 */
export function forApolloGateway(supergraphSdl: string): string {
  const isSecurityLink = (directive: ConstDirectiveNode) =>
    directive.name.value === "link" &&
    directive.arguments?.some(
      (arg) =>
        arg.name.value === "url" &&
        arg.value.kind === Kind.STRING &&
        SECURITY_FEATURES.some(
          (feature) => arg.value.kind === Kind.STRING && arg.value.value.includes(`/${feature}/`),
        ),
    );
  const isSecurityName = (name: string) =>
    SECURITY_FEATURES.some((feature) => name === feature || name.startsWith(`${feature}__`));
  return print(
    visit(parse(supergraphSdl), {
      Directive: (node) =>
        isSecurityName(node.name.value) || isSecurityLink(node as ConstDirectiveNode)
          ? null
          : undefined,
      DirectiveDefinition: (node) => (isSecurityName(node.name.value) ? null : undefined),
      ScalarTypeDefinition: (node) => (isSecurityName(node.name.value) ? null : undefined),
    }),
  );
}
