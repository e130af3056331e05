import type { ApolloServerPlugin } from "@apollo/server";

/** graphql-js ends a message with its suggestion: `… Did you mean "SMS"?`. */
const SUGGESTION = / ?Did you mean .+\?$/s;

/**
 * No "Did you mean …" in any error. Apollo Server's `hideSchemaDetailsFromClientErrors` strips
 * them from validation errors only; a variable's value is checked later, during execution, and
 * `Value "sms" does not exist in "Channel" enum. Did you mean the enum value "SMS"?` would
 * still spell out the schema to someone probing it.
 */
export const hideSuggestions = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) error.message = error.message.replace(SUGGESTION, "");
      },
    };
  },
});
