import { RESTDataSource } from "@apollo/datasource-rest";

/** OMNI's REST API as a data source: one instance per GraphQL request, as the docs set it up. */
export class OmniAPI extends RESTDataSource {
  constructor({ baseURL, apiKey, cache }) {
    super({ cache });
    this.baseURL = baseURL.endsWith("/") ? baseURL : `${baseURL}/`;
    this.apiKey = apiKey;
  }

  willSendRequest(_path, request) {
    request.headers.authorization = `App ${this.apiKey}`;
  }

  async getScenario(key) {
    try {
      return await this.get(`omni/1/scenarios/${encodeURIComponent(key)}`);
    } catch (error) {
      if (error.extensions?.response?.status === 404) return null;
      throw error;
    }
  }

  async getLogs(messageId) {
    const { results } = await this.get("omni/1/logs", { params: { messageId } });
    return results;
  }
}
