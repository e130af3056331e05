import { randomInt } from "node:crypto";
import { CreateScenarioDocument, SendAdvancedDocument } from "../gql/graphql.js";
import type { RunningGateway } from "../../src/server/startGateway.js";
import type { Stack } from "./stack.js";

const PUSH_APP_CODE = "233623e3c860b49ec69a464834343481-8bj4el4a-256d-23fd-56ad-b5bc3d568b53";

export interface SentBulk {
  bulkId: string;
  messageIds: string[];
}

/**
 * Sends the documented PUSH→SMS failover to two numbers without push devices: each message ends in
 * two reports, PUSH undeliverable at once, then SMS delivered after about two sandbox seconds.
 */
export async function sendPushSmsBulk(
  stack: Stack,
  options: { via?: RunningGateway; bulkId?: string } = {},
): Promise<SentBulk> {
  const via = options.via ?? stack.gateway;
  const phoneNumbers = [0, 1].map(() => `4179${randomInt(1_000_000, 9_999_999)}`);
  const created = await stack.executeOn(via, CreateScenarioDocument, {
    input: {
      name: "PUSH then SMS",
      flow: [
        { channel: "PUSH", from: PUSH_APP_CODE },
        { channel: "SMS", from: "InfoSMS" },
      ],
      isDefault: false,
    },
  });
  const sent = await stack.executeOn(via, SendAdvancedDocument, {
    input: {
      scenarioKey: created.data!.createScenario.key,
      bulkId: options.bulkId,
      destinations: phoneNumbers.map((phoneNumber) => ({ to: { phoneNumber } })),
      push: { text: "Your parcel is on its way." },
      sms: { text: "Your parcel is on its way." },
    },
  });
  if (sent.errors) throw new Error(JSON.stringify(sent.errors));
  const result = sent.data!.sendAdvanced;
  return { bulkId: result.bulkId!, messageIds: result.messages.map((m) => m.messageId) };
}
