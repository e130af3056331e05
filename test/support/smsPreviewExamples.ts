import { readFileSync } from "node:fs";

export interface PreviewRequest {
  text: string;
  languageCode?: "TR";
  transliteration?: "GREEK";
}

export interface PreviewResponse {
  originalText: string;
  previews: {
    textPreview: string;
    messageCount: number;
    charactersRemaining: number;
    configuration: { language?: { languageCode: string }; transliteration?: string };
  }[];
}

interface Examples<T> {
  examples: Record<string, { value: T }>;
}
interface Spec {
  paths: Record<
    string,
    {
      post: {
        requestBody: { content: { "application/json": Examples<PreviewRequest> } };
        responses: { "200": { content: { "application/json": Examples<PreviewResponse> } } };
      };
    }
  >;
}

const spec = JSON.parse(
  readFileSync(new URL("../fixtures/infobip-openapi/sms.json", import.meta.url), "utf8"),
) as Spec;
const operation = spec.paths["/sms/1/preview"]!.post;
const requests = Object.values(operation.requestBody.content["application/json"].examples);
const responses = Object.values(operation.responses["200"].content["application/json"].examples);

/**
 * The request and response examples of `/sms/1/preview` in Infobip's SMS OpenAPI document, paired
 * in document order. The GREEK response echoes its request text with a trailing "." the request
 * does not have (its own first preview has none): the expected originalText is the text asked.
 */
export const SMS_PREVIEW_EXAMPLES = requests.map((request, i) => ({
  request: request.value,
  response: { ...responses[i]!.value, originalText: request.value.text },
}));
