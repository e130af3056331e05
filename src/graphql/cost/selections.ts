import {
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";

export type Variables = Readonly<Record<string, unknown>>;

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

/** `@skip(if: true)` or `@include(if: false)`, literally or through a variable: never executed. */
export function isSkipped(selection: SelectionNode, variables: Variables): boolean {
  return (selection.directives ?? []).some((directive) => {
    const name = directive.name.value;
    if (name !== "skip" && name !== "include") return false;
    const condition = directive.arguments?.find((arg) => arg.name.value === "if");
    if (!condition) return false;
    const value = valueFromASTUntyped(condition.value, variables);
    return name === "skip" ? value === true : value === false;
  });
}

/** The `_entities` fields at an operation's root, looking through fragments as execution would. */
export function entityFieldsOf(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Variables,
): FieldNode[] {
  const found: FieldNode[] = [];
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (isSkipped(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === "_entities") found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return found;
}

/** What one `_entities` field is asked to resolve; a lone value counts as a list of one. */
export function representationsOf(field: FieldNode, variables: Variables): unknown[] {
  const argument = field.arguments?.find((arg) => arg.name.value === "representations");
  if (!argument) return [];
  const value: unknown = valueFromASTUntyped(argument.value, variables);
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The `__typename` a representation names, if it names one. */
export function typenameOf(representation: unknown): string | undefined {
  if (typeof representation !== "object" || representation === null) return undefined;
  const { __typename } = representation as { __typename?: unknown };
  return typeof __typename === "string" ? __typename : undefined;
}

/** The request's variables, with the operation's defaults for those it leaves out. */
export function withDefaults(operation: OperationDefinitionNode, variables: Variables): Variables {
  const merged: Record<string, unknown> = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (merged[name] === undefined && definition.defaultValue) {
      merged[name] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  return merged;
}
