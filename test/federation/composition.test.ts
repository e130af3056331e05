import { beforeAll, describe, expect, it } from "vitest";
import { printGatewaySchema } from "../../src/graphql/printGatewaySchema.js";
import {
  composeWithOurs,
  enumUsesOf,
  errorCodes,
  identicalCopy,
  objectTypesOf,
  supergraphEnumValues,
  supergraphInputFields,
} from "./secondSubgraph.js";

/** Value shapes another subgraph may define too, identically (README, "Composing it …"). */
const SHAREABLE = [
  "ChannelCount",
  "DeliveryError",
  "Destination",
  "Notice",
  "PageInfo",
  "Price",
  "PushDelivery",
  "PushErrorCounts",
  "PushStatistics",
  "SmsPreview",
  "SmsPreviewConfiguration",
  "SmsPreviewEntry",
  "Status",
  "StatusCount",
];
/** Entities: other subgraphs reference them (and may add fields) by their @key. */
const ENTITIES = ["Bulk", "Message", "PushBulk", "Scenario"];
/** The types of our own operations: a second subgraph must not reuse these names at all. */
const OURS_ALONE = [
  "Attempt",
  "BulkConnection",
  "BulkEdge",
  "ChannelCapability",
  "DestinationPlan",
  "FieldLimit",
  "MessageConnection",
  "MessageEdge",
  "MessageStatusChange",
  "PlannedStep",
  "PushMessage",
  "QuarantinedReport",
  "QuotaUsage",
  "Report",
  "ReportConnection",
  "ReportEdge",
  "ScenarioStep",
  "SendPlan",
  "SendResult",
  "SmsCost",
];

/** A second team's subgraph: invoices that carry a status and a price of the same shapes as ours. */
const BILLING = `
  type Invoice @key(fields: "id") {
    id: ID!
    status: Status!
    total: Price!
  }
  type Status @shareable {
    groupName: StatusGroup!
    groupId: Int!
    id: Int!
    name: String!
    description: String!
  }
  enum StatusGroup { PENDING UNDELIVERABLE DELIVERED EXPIRED REJECTED }
  type Price @shareable {
    pricePerMessage: Float!
    currency: String!
  }
  type Query { invoice(id: ID!): Invoice }
`;

let ours: string;
beforeAll(async () => {
  ours = await printGatewaySchema();
});

describe("composing our schema with a second subgraph", () => {
  it("composes with one defining an identical Status and Price", () => {
    const composed = composeWithOurs(ours, BILLING);
    expect(composed.errors).toBeUndefined();
  });

  it("sorts every object type of ours as shareable, entity, or ours alone", () => {
    expect(objectTypesOf(ours)).toEqual({
      shareable: SHAREABLE,
      entities: ENTITIES,
      oursAlone: OURS_ALONE,
    });
  });

  it.each(SHAREABLE)("composes with an identical %s, with all it reaches", (typeName) => {
    expect(errorCodes(composeWithOurs(ours, identicalCopy(ours, typeName)))).toEqual([]);
  });

  it.each(OURS_ALONE)(
    "refuses an identical %s even when the second subgraph marks it @shareable",
    (typeName) => {
      const composed = composeWithOurs(ours, identicalCopy(ours, typeName));
      expect(errorCodes(composed)).toContain("INVALID_FIELD_SHARING");
      expect(composed.errors!.map((e) => e.message).join("\n")).toContain(
        `Non-shareable field "${typeName}.`,
      );
    },
  );

  it.each([
    {
      what: "a Status of another shape",
      sdl: `type Status @shareable { code: String! label: String! }
            type Query { orderStatus: Status }`,
      codes: ["SATISFIABILITY_ERROR"],
    },
    {
      what: "a Status with a field of its own",
      sdl: BILLING.replace("description: String!", "description: String!\n    color: String"),
      codes: ["SATISFIABILITY_ERROR"],
    },
    {
      what: "a Price whose amount is a string",
      sdl: `type Price @shareable { pricePerMessage: String! currency: String! }
            type Query { listPrice: Price }`,
      codes: ["FIELD_TYPE_MISMATCH"],
    },
    {
      what: "a Report, our delivery report's name",
      sdl: `type Report { title: String! }
            type Query { quarterly: Report }`,
      codes: ["SATISFIABILITY_ERROR"],
    },
    {
      what: "one of our root fields",
      sdl: `type Query { channels: [String!]! }`,
      codes: ["FIELD_TYPE_MISMATCH", "INVALID_FIELD_SHARING"],
    },
    {
      what: "a Channel with one more value (inputs and outputs use it)",
      sdl: `enum Channel { SMS VOICE VIBER EMAIL FACEBOOK PUSH PARSECO VKONTAKTE WHATSAPP }
            type Query { preferredChannel: Channel }`,
      codes: ["ENUM_VALUE_MISMATCH"],
    },
    {
      what: "a StatusGroup with one value fewer",
      sdl: BILLING.replace(" REJECTED }", " }"),
      codes: ["ENUM_VALUE_MISMATCH"],
    },
    {
      what: "a TimeUnit (inputs only) sharing none of our values",
      sdl: `enum TimeUnit { DAYS WEEKS }
            type Query { retention(unit: TimeUnit): Int }`,
      codes: ["EMPTY_MERGED_ENUM_TYPE"],
    },
    {
      what: "a ScenarioInput without our required flow",
      sdl: `input ScenarioInput { name: String }
            type Query { suggest(input: ScenarioInput): String }`,
      codes: ["REQUIRED_INPUT_FIELD_MISSING_IN_SOME_SUBGRAPH"],
    },
  ])("refuses $what", ({ sdl, codes }) => {
    expect(errorCodes(composeWithOurs(ours, sdl))).toEqual(codes);
  });

  it("merges enums as Federation does: the same values where inputs and outputs use them", () => {
    expect(enumUsesOf(ours)).toEqual({
      both: ["Channel", "SmsLanguageCode", "StatusGroup", "Transliteration"],
      inputOnly: [
        "InAppStyle",
        "MirroredPushTimeUnit",
        "PushPlatform",
        "TapActionType",
        "TimeUnit",
      ],
      outputOnly: ["QuotaWindow", "ReportSource", "SkipReason", "SmsEncoding"],
    });
  });

  it("takes an output-only enum's values from every subgraph", () => {
    const composed = composeWithOurs(
      ours,
      `enum SmsEncoding { GSM7 UCS2 BINARY }
       type Query { encodingOf(text: String!): SmsEncoding }`,
    );
    expect(composed.errors).toBeUndefined();
    expect(supergraphEnumValues(composed.supergraphSdl!, "SmsEncoding")).toEqual([
      "GSM7",
      "UCS2",
      "BINARY",
    ]);
  });

  // These compose, and silently take part of our API away from the router's clients.
  it("keeps only the input-only enum values every subgraph defines", () => {
    const composed = composeWithOurs(
      ours,
      `enum TimeUnit { MINUTES HOURS DAYS }
       type Query { retention(unit: TimeUnit): Int }`,
    );
    expect(composed.errors).toBeUndefined();
    expect(supergraphEnumValues(composed.supergraphSdl!, "TimeUnit")).toEqual(["MINUTES", "HOURS"]);
  });

  it("keeps only the input fields every subgraph defines", () => {
    const composed = composeWithOurs(
      ours,
      `input MessageFilter { limit: Int! = 50 }
       type Query { archived(filter: MessageFilter): Int }`,
    );
    expect(composed.errors).toBeUndefined();
    expect(supergraphInputFields(composed.supergraphSdl!, "MessageFilter")).toEqual(["limit"]);
  });
});
