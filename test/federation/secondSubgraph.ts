import { composeServices } from "@apollo/composition";
import {
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type DefinitionNode,
  type TypeNode,
} from "graphql";

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])`;

const BUILT_IN_SCALARS = new Set(["String", "Int", "Float", "Boolean", "ID"]);
const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);
/** Directives a copy keeps: GraphQL's own. Ours (`@listSize`, `@requiresScopes`) are not its. */
const KEPT_DIRECTIVES = new Set(["specifiedBy", "deprecated"]);
const SHAREABLE: ConstDirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: "shareable" },
  arguments: [],
};

type NamedDefinition = Extract<DefinitionNode, { name: { value: string } }>;

/** What a second team's subgraph composes into with ours. */
export function composeWithOurs(ours: string, secondSdl: string) {
  return composeServices([
    { name: "omni", url: "http://omni.invalid/graphql", typeDefs: parse(ours) },
    {
      name: "second",
      url: "http://second.invalid/graphql",
      typeDefs: parse(`${FEDERATION_LINK}\n${secondSdl}`),
    },
  ]);
}

/** The distinct error codes of a composition, sorted; empty when it composed. */
export function errorCodes(result: ReturnType<typeof composeServices>): string[] {
  const codes = (result.errors ?? []).map((error) => String(error.extensions.code));
  return [...new Set(codes)].sort();
}

/** Our object types, sorted, by whether they declare `@shareable`, `@key`, or neither. */
export function objectTypesOf(ours: string): {
  shareable: string[];
  entities: string[];
  oursAlone: string[];
} {
  const kinds = { shareable: [] as string[], entities: [] as string[], oursAlone: [] as string[] };
  for (const def of parse(ours).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION || ROOT_TYPES.has(def.name.value)) continue;
    const directives = new Set(def.directives?.map((d) => d.name.value));
    const kind = directives.has("key")
      ? "entities"
      : directives.has("shareable")
        ? "shareable"
        : "oursAlone";
    kinds[kind].push(def.name.value);
  }
  return {
    shareable: kinds.shareable.sort(),
    entities: kinds.entities.sort(),
    oursAlone: kinds.oursAlone.sort(),
  };
}

/** Our enums, sorted, by whether inputs, outputs or both use them (composition treats each apart). */
export function enumUsesOf(ours: string): {
  both: string[];
  inputOnly: string[];
  outputOnly: string[];
} {
  const document = parse(ours);
  const enums = new Set(
    document.definitions
      .filter((d) => d.kind === Kind.ENUM_TYPE_DEFINITION)
      .map((d) => d.name.value),
  );
  const inInputs = new Set<string>();
  const inOutputs = new Set<string>();
  for (const def of document.definitions) {
    if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
      for (const field of def.fields ?? []) inInputs.add(namedType(field.type));
    }
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION) {
      for (const field of def.fields ?? []) {
        inOutputs.add(namedType(field.type));
        for (const arg of field.arguments ?? []) inInputs.add(namedType(arg.type));
      }
    }
  }
  const sorted = (pick: (name: string) => boolean) => [...enums].filter(pick).sort();
  return {
    both: sorted((name) => inInputs.has(name) && inOutputs.has(name)),
    inputOnly: sorted((name) => inInputs.has(name) && !inOutputs.has(name)),
    outputOnly: sorted((name) => !inInputs.has(name) && inOutputs.has(name)),
  };
}

/**
 * A second subgraph's SDL holding our definition of `typeName`, word for word, with everything
 * it reaches (enums, scalars, other value types, marked `@shareable` as that team would), our
 * entities as unresolvable references, and a query field of its own returning it.
 */
export function identicalCopy(ours: string, typeName: string): string {
  const document = parse(ours);
  const byName = new Map(
    document.definitions
      .filter((d): d is NamedDefinition => "name" in d && d.name !== undefined)
      .map((d) => [d.name.value, d]),
  );
  const copied: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name) || BUILT_IN_SCALARS.has(name)) return;
    seen.add(name);
    const def = byName.get(name);
    if (!def) throw new Error(`Our schema has no type ${name}.`);
    copied.push(print(copyOf(def, visit)));
  };
  visit(typeName);
  return [...copied, `type Query { copyOf${typeName}: ${typeName} }`].join("\n\n");
}

function copyOf(def: NamedDefinition, reach: (name: string) => void): DefinitionNode {
  const keep = (directives?: readonly ConstDirectiveNode[]) =>
    directives?.filter((d) => KEPT_DIRECTIVES.has(d.name.value));
  switch (def.kind) {
    case Kind.OBJECT_TYPE_DEFINITION: {
      const key = def.directives?.find((d) => d.name.value === "key");
      if (key) {
        const keyField = key.arguments?.find((a) => a.name.value === "fields")?.value;
        const field = def.fields?.find(
          (f) => keyField?.kind === Kind.STRING && f.name.value === keyField.value,
        );
        return parse(
          `type ${def.name.value} @key(fields: "${field!.name.value}", resolvable: false) { ${field!.name.value}: ${print(field!.type)} }`,
        ).definitions[0]!;
      }
      return {
        ...def,
        directives: [SHAREABLE],
        fields: def.fields?.map((field) => {
          reach(namedType(field.type));
          return {
            ...field,
            directives: keep(field.directives),
            arguments: field.arguments?.map((arg) => {
              reach(namedType(arg.type));
              return { ...arg, directives: keep(arg.directives) };
            }),
          };
        }),
      };
    }
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      return {
        ...def,
        fields: def.fields?.map((field) => {
          reach(namedType(field.type));
          return { ...field, directives: keep(field.directives) };
        }),
      };
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.SCALAR_TYPE_DEFINITION:
      return { ...def, directives: keep(def.directives) };
    default:
      throw new Error(`No copy for ${def.kind} ${def.name.value}.`);
  }
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** The values of an enum as a composed supergraph declares it. */
export function supergraphEnumValues(supergraphSdl: string, enumName: string): string[] {
  const def = parse(supergraphSdl).definitions.find(
    (d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === enumName,
  );
  return def?.kind === Kind.ENUM_TYPE_DEFINITION ? (def.values ?? []).map((v) => v.name.value) : [];
}

/** The fields of an input type as a composed supergraph declares it. */
export function supergraphInputFields(supergraphSdl: string, inputName: string): string[] {
  const def = parse(supergraphSdl).definitions.find(
    (d) => d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && d.name.value === inputName,
  );
  return def?.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION
    ? (def.fields ?? []).map((f) => f.name.value)
    : [];
}
