import type { ApolloServerPlugin } from "@apollo/server";
import type { GatewayContext } from "../graphql/context.js";

/** Holds each answer until the writes its request started are committed (WritesBeforeAnswer). */
export function answerAfterWrites(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          await contextValue.writesBeforeAnswer.settled();
        },
      };
    },
  };
}
