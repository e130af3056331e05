import {
  Kind,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLArgument,
  type GraphQLNamedType,
} from "graphql";

/**
 * `@cost` and `@listSize` as the built schema holds them. They are read from the SDL's AST
 * (`astNode.directives`): the subgraph is built from printed SDL, so the field `extensions`
 * type-graphql sets do not survive, and the directives are what routers read too. Imported into
 * the `@link`, they keep their names; not imported, they are `federation__cost`.
 */
type Annotated =
  Pick<GraphQLField<unknown, unknown>, "astNode"> | GraphQLArgument | GraphQLInputField;

export interface ListSize {
  assumedSize?: number;
  slicingArguments: string[];
  sizedFields: string[];
}

const COST = new Set(["cost", "federation__cost"]);
const LIST_SIZE = new Set(["listSize", "federation__listSize"]);

/**
 * Schema elements never change, and a variable's value visits the same few input fields once
 * per element of its lists (three times for each of a send's 10 000 destinations).
 */
const weights = new WeakMap<object, number | undefined>();

/** The weight `@cost` gives a field, argument, input field or type; undefined without one. */
export function costWeight(element: Annotated | GraphQLNamedType): number | undefined {
  if (weights.has(element)) return weights.get(element);
  const directive = directivesOf(element).find((d) => COST.has(d.name.value));
  const weight = directive && argumentsOf(directive).weight;
  const known = typeof weight === "number" ? weight : undefined;
  weights.set(element, known);
  return known;
}

export function listSizeOf(field: GraphQLField<unknown, unknown>): ListSize | undefined {
  const directive = directivesOf(field).find((d) => LIST_SIZE.has(d.name.value));
  if (!directive) return undefined;
  const { assumedSize, slicingArguments, sizedFields } = argumentsOf(directive);
  return {
    assumedSize: typeof assumedSize === "number" ? assumedSize : undefined,
    slicingArguments: strings(slicingArguments),
    sizedFields: strings(sizedFields),
  };
}

function directivesOf(element: Annotated | GraphQLNamedType): readonly ConstDirectiveNode[] {
  const extensions =
    "extensionASTNodes" in element
      ? element.extensionASTNodes.flatMap((n) => n.directives ?? [])
      : [];
  return [...(element.astNode?.directives ?? []), ...extensions];
}

function argumentsOf(directive: ConstDirectiveNode): Record<string, unknown> {
  return Object.fromEntries(
    (directive.arguments ?? []).map((arg) => [
      arg.name.value,
      arg.value.kind === Kind.NULL ? undefined : valueFromASTUntyped(arg.value),
    ]),
  );
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
