import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInputObjectType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { costWeight, listSizeOf, type ListSize } from "./costDirectives.js";
import { NESTED_SLICING } from "./nestedSlicing.js";
import {
  fragmentsOf,
  isSkipped,
  representationsOf,
  typenameOf,
  withDefaults,
  type Variables,
} from "./selections.js";

export interface CostOptions {
  /** Length assumed for a list without `@listSize` (Apollo Router's `list_size`). */
  defaultListSize: number;
}

/** Apollo Router's base cost of an operation type: mutations 10, queries and subscriptions 0. */
const MUTATION_COST = 10;

/** Children of a `@listSize(sizedFields: …)` field take its size. */
interface Sized {
  fields: ReadonlySet<string>;
  size: number | undefined;
}

/**
 * The static cost of an operation before it runs, by Apollo Router's rules (the IBM cost spec):
 * each object 1 (or its `@cost`), scalars and enums 0, times the list's size (slicing argument,
 * else `assumedSize`, else the default list size); arguments add their input objects (1 each) and
 * `@cost` weights; a mutation adds 10. Two refinements go beyond what the SDL tells a router:
 * each `_entities` representation costs as its own type's selection (a router sends them, so
 * only the subgraph counts them), and the slicing arguments of NESTED_SLICING are read inside
 * their input object.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
  options: CostOptions,
): number {
  return new Estimator(
    schema,
    fragmentsOf(document),
    withDefaults(operation, variables),
    options.defaultListSize,
  ).operation(operation);
}

class Estimator {
  /** A fragment spread many times is costed once per parent type: no exponential walk. */
  private readonly fragmentCosts = new Map<string, number>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Variables,
    private readonly defaultListSize: number,
  ) {}

  operation(operation: OperationDefinitionNode): number {
    const root = this.schema.getRootType(operation.operation);
    if (!root) return 0;
    const base = operation.operation === "mutation" ? MUTATION_COST : 0;
    return base + this.selections(operation.selectionSet, root);
  }

  private selections(set: SelectionSetNode, parent: GraphQLCompositeType, sized?: Sized): number {
    let cost = 0;
    for (const selection of set.selections) {
      if (isSkipped(selection, this.variables)) continue;
      if (selection.kind === Kind.FIELD) {
        cost += this.field(selection, parent, sized);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? this.schema.getType(selection.typeCondition.name.value)
          : parent;
        if (isCompositeType(type) && this.overlaps(type, parent)) {
          cost += this.selections(selection.selectionSet, this.narrower(type, parent), sized);
        }
      } else {
        cost += this.spread(selection.name.value, parent, sized);
      }
    }
    return cost;
  }

  private spread(name: string, parent: GraphQLCompositeType, sized?: Sized): number {
    const fragment = this.fragments.get(name);
    const type = fragment && this.schema.getType(fragment.typeCondition.name.value);
    if (!fragment || !isCompositeType(type) || !this.overlaps(type, parent)) return 0;
    const scope = this.narrower(type, parent);
    if (sized) return this.selections(fragment.selectionSet, scope, sized);
    const key = `${name} ${scope.name}`;
    let cost = this.fragmentCosts.get(key);
    if (cost === undefined) {
      cost = this.selections(fragment.selectionSet, scope);
      this.fragmentCosts.set(key, cost);
    }
    return cost;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, sized?: Sized): number {
    const name = node.name.value;
    // __typename and introspection: answered from the schema, like Apollo Router counts them.
    if (name.startsWith("__") || !("getFields" in parent)) return 0;
    const definition = parent.getFields()[name];
    if (!definition) return 0;
    if (name === "_entities" && parent === this.schema.getQueryType()) return this.entities(node);
    const listSize = listSizeOf(definition);
    const expected = listSize && this.expectedSize(listSize, node, definition, parent);
    const fromParent = sized?.fields.has(name) ? sized.size : undefined;
    const count = isListType(getNullableType(definition.type))
      ? (fromParent ?? expected ?? this.defaultListSize)
      : 1;
    const type = getNamedType(definition.type);
    const weight = costWeight(definition) ?? costWeight(type) ?? (isCompositeType(type) ? 1 : 0);
    const children =
      node.selectionSet && isCompositeType(type)
        ? this.selections(
            node.selectionSet,
            type,
            listSize?.sizedFields.length
              ? { fields: new Set(listSize.sizedFields), size: expected }
              : undefined,
          )
        : 0;
    return count * (weight + children) + this.arguments(node, definition);
  }

  /** Each representation costs as its own type's part of the selection. */
  private entities(node: FieldNode): number {
    const counts = new Map<string, number>();
    for (const representation of representationsOf(node, this.variables)) {
      const typename = typenameOf(representation) ?? "";
      counts.set(typename, (counts.get(typename) ?? 0) + 1);
    }
    let cost = 0;
    for (const [typename, count] of counts) {
      const type = this.schema.getType(typename);
      // An unknown type is refused by execution; it still costs an object.
      const each =
        isObjectType(type) && node.selectionSet
          ? (costWeight(type) ?? 1) + this.selections(node.selectionSet, type)
          : 1;
      cost += count * each;
    }
    return cost;
  }

  /** The largest slicing argument given (or defaulted), else `assumedSize`. */
  private expectedSize(
    listSize: ListSize,
    node: FieldNode,
    definition: GraphQLField<unknown, unknown>,
    parent: GraphQLCompositeType,
  ): number | undefined {
    const paths = [
      ...listSize.slicingArguments,
      ...(NESTED_SLICING[`${parent.name}.${definition.name}`] ?? []),
    ];
    const sizes = paths.flatMap((path) => {
      const size = sizeOf(this.slicingValue(path, node, definition));
      return size === undefined ? [] : [size];
    });
    return sizes.length ? Math.max(...sizes) : listSize.assumedSize;
  }

  /** The value at `argument.field.…`, falling back to each level's default, as resolvers do. */
  private slicingValue(
    path: string,
    node: FieldNode,
    definition: GraphQLField<unknown, unknown>,
  ): unknown {
    const [name, ...inside] = path.split(".");
    const argument = definition.args.find((arg) => arg.name === name);
    if (!argument) return undefined;
    const given = node.arguments?.find((arg) => arg.name.value === name);
    let value: unknown = given && valueFromASTUntyped(given.value, this.variables);
    value ??= argument.defaultValue;
    let type: GraphQLInputType = argument.type;
    for (const key of inside) {
      const object = getNullableType(type);
      const field = isInputObjectType(object) ? object.getFields()[key] : undefined;
      if (!field) return undefined;
      const fields = isPlainObject(value) ? value : {};
      value = fields[key] ?? field.defaultValue;
      type = field.type;
    }
    return value;
  }

  private arguments(node: FieldNode, definition: GraphQLField<unknown, unknown>): number {
    let cost = 0;
    for (const given of node.arguments ?? []) {
      const argument = definition.args.find((arg) => arg.name === given.name.value);
      if (!argument) continue;
      const weight = costWeight(argument) ?? costWeight(getNamedType(argument.type));
      cost += this.literal(given.value, argument.type, weight);
    }
    return cost;
  }

  /** Input objects cost 1 (or their field's `@cost`), lists their elements, scalars their `@cost`. */
  private literal(value: ValueNode, type: GraphQLInputType, weight: number | undefined): number {
    if (value.kind === Kind.VARIABLE) {
      return this.json(this.variables[value.name.value], type, weight);
    }
    if (value.kind === Kind.NULL) return 0;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (value.kind !== Kind.LIST) return this.literal(value, nullable.ofType, weight);
      let cost = weight ?? 0;
      for (const element of value.values) cost += this.literal(element, nullable.ofType, weight);
      return cost;
    }
    if (isInputObjectType(nullable)) {
      if (value.kind !== Kind.OBJECT) return 0;
      const fields = nullable.getFields();
      let cost = weight ?? 1;
      for (const field of value.fields) {
        const definition = fields[field.name.value];
        if (!definition) continue;
        cost += this.literal(field.value, definition.type, fieldWeight(definition));
      }
      return cost;
    }
    return weight ?? 0;
  }

  /** The same rules over a variable's JSON value; its nesting is bounded by the type's. */
  private json(value: unknown, type: GraphQLInputType, weight: number | undefined): number {
    if (value === null || value === undefined) return 0;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (!Array.isArray(value)) return this.json(value, nullable.ofType, weight);
      let cost = weight ?? 0;
      for (const element of value) cost += this.json(element, nullable.ofType, weight);
      return cost;
    }
    if (isInputObjectType(nullable)) {
      if (!isPlainObject(value)) return 0;
      const fields = nullable.getFields();
      let cost = weight ?? 1;
      // Over the type's fields, not the value's entries: no pair array per object, and a key the
      // type lacks costs nothing either way (execution refuses it).
      for (const name in fields) {
        const definition = fields[name]!;
        cost += this.json(value[name], definition.type, fieldWeight(definition));
      }
      return cost;
    }
    return weight ?? 0;
  }

  /** Whether a fragment on `type` can apply where `parent` is expected. */
  private overlaps(type: GraphQLCompositeType, parent: GraphQLCompositeType): boolean {
    if (isObjectType(type) && isObjectType(parent)) return type === parent;
    if (isObjectType(parent)) return !isObjectType(type) && this.schema.isSubType(type, parent);
    return !isObjectType(type) || this.schema.isSubType(parent, type);
  }

  private narrower(type: GraphQLCompositeType, parent: GraphQLCompositeType): GraphQLCompositeType {
    return isObjectType(parent) ? parent : type;
  }
}

function fieldWeight(field: GraphQLInputField): number | undefined {
  return costWeight(field) ?? costWeight(getNamedType(field.type));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An integer slicing argument is the size; a list argument's length is (Apollo Router's rule). */
function sizeOf(value: unknown): number | undefined {
  if (Array.isArray(value)) return value.length;
  return typeof value === "number" && Number.isFinite(value) ? Math.max(0, value) : undefined;
}
