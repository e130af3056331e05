/** Each field reads what it needs through the request's data source; logs come newest first. */
export const resolvers = {
  Query: {
    scenario: (_parent, { key }, { dataSources }) => dataSources.omni.getScenario(key),
  },
  Scenario: {
    __resolveReference: ({ key }, { dataSources }) => dataSources.omni.getScenario(key),
  },
  Message: {
    __resolveReference: ({ messageId }) => ({ messageId }),
    status: async ({ messageId }, _args, { dataSources }) => {
      const [latest] = await dataSources.omni.getLogs(messageId);
      return latest?.status ?? null;
    },
  },
};
