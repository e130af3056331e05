import { describe, expect, it } from "vitest";
import { previewSms } from "../../src/domain/smsPreview.js";
import { SMS_PREVIEW_EXAMPLES } from "../support/smsPreviewExamples.js";

describe("previewSms", () => {
  it.each(SMS_PREVIEW_EXAMPLES.map((example, i) => [i, example] as const))(
    "answers request example %i as the document does",
    (_i, { request, response }) => {
      const preview = previewSms(request);
      expect({
        originalText: preview.originalText,
        previews: preview.previews.map(({ parts: _parts, ...entry }) => entry),
      }).toEqual(response);
    },
  );
});
