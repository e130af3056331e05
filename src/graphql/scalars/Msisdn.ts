import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { isMsisdn } from "../../domain/address.js";

function parse(value: unknown): string {
  if (typeof value !== "string" || !isMsisdn(value)) {
    throw new GraphQLError(
      "Msisdn must be a phone number in international format without '+' (7 to 15 digits, no leading 0), e.g. 41793026727.",
      { extensions: { code: "BAD_USER_INPUT", rule: "MSISDN_FORMAT" } },
    );
  }
  return value;
}

/** Infobip's MSISDN: graphql-scalars' PhoneNumber is far too permissive for this contract. */
export const Msisdn = new GraphQLScalarType({
  name: "Msisdn",
  description:
    "A mobile number in international format without '+' or leading zeros, 7 to 15 digits (e.g. 41793026727).",
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) return parse(undefined);
    return parse(ast.value);
  },
});
