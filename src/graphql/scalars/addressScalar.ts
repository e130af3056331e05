import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

interface AddressScalar {
  name: string;
  description: string;
  /** The rule a malformed value of this kind breaks, also named when it is not even a string. */
  rule: string;
}

/**
 * A scalar for an address whose format is a rule of the input, not of the type: it takes any
 * string, and the input's validation reports a malformed one together with every other problem
 * (a scalar that threw would be the only error, without the field or the rest). Anything but a
 * string is still a type error, answered as GraphQL answers a wrong type.
 */
export function addressScalar({ name, description, rule }: AddressScalar): GraphQLScalarType {
  const notAString = (nodes?: GraphQLError["nodes"]) =>
    new GraphQLError(`${name} cannot represent a non string value.`, {
      nodes,
      extensions: { code: "BAD_USER_INPUT", rule },
    });
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: (value) => {
      if (typeof value !== "string") throw notAString();
      return value;
    },
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING) throw notAString([ast]);
      return ast.value;
    },
  });
}
