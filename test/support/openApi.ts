import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { expect } from "vitest";

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export interface Operation {
  requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> };
  responses: Record<
    string,
    { $ref?: string; content?: Record<string, { schema: { $ref: string } }> }
  >;
}

export interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
}

export interface ResponseChecks {
  /** The compiled schema of one documented response. */
  validator(path: string, method: string, status: number): ValidateFunction;
  /** Fails the test, listing the schema errors, when `body` is not the documented response. */
  expectValid(path: string, method: string, status: number, body: unknown): void;
}

/** Checks answers against the response schemas of one reference OpenAPI document. */
export function responseChecks(doc: OpenApi, id: string): ResponseChecks {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, id);

  const validator = (path: string, method: string, status: number): ValidateFunction => {
    let response = doc.paths[path]![method]!.responses[String(status)]!;
    // A response may be shared: a `$ref` to the document's components.responses.
    if (response.$ref) {
      const name = response.$ref.split("/").pop()!;
      response = (doc as unknown as { components: { responses: Record<string, typeof response> } })
        .components.responses[name]!;
    }
    return ajv.getSchema(`${id}${response.content!["application/json"]!.schema.$ref}`)!;
  };

  return {
    validator,
    expectValid(path, method, status, body) {
      const validate = validator(path, method, status);
      const ok = validate(body);
      expect(validate.errors ?? [], JSON.stringify(body).slice(0, 500)).toEqual([]);
      expect(ok).toBe(true);
    },
  };
}
