import type { GraphQLSchema } from "graphql";

/**
 * type-graphql builds Query, Mutation and Subscription itself and takes no description for them,
 * so they get theirs here, before the schema is printed for the subgraph build.
 */
export function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) {
    query.description =
      "Reads: messages, reports and bulks, scenarios, push statistics, channel limits, SMS previews and send plans, quotas. None of them sends anything.";
  }
  if (mutation) {
    mutation.description =
      "Sends (over a scenario's steps, or as a push) and scenario changes. Every send is checked in full first; a failed check sends nothing.";
  }
  if (subscription) {
    subscription.description = "Delivery reports of a message or bulk as the gateway stores them.";
  }
}
