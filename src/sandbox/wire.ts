import type { Channel } from "../domain/channel.js";
import type { DeliveryError } from "../domain/deliveryError.js";
import type { DeliveryReport as Report, Price as ReportPrice } from "../domain/deliveryReport.js";
import type { MessageStatus } from "../domain/status.js";

/** JSON shapes the sandbox writes, as in Infobip's OMNI OpenAPI document. */
export interface Step {
  from?: string;
  channel: Channel;
}

export interface Scenario {
  key: string;
  name?: string;
  flow: Step[];
  default: boolean;
}

export interface To {
  phoneNumber?: string;
  emailAddress?: string;
}

export interface Price extends ReportPrice {
  currency: "EUR";
}

/** OMNI's report, as the sandbox writes it: always priced, always with an error (NO_ERROR too). */
export interface DeliveryReport extends Report {
  price: Price;
  error: DeliveryError;
}

export interface OmniLog {
  bulkId?: string;
  messageId: string;
  to: string;
  from?: string;
  text?: string;
  sentAt: string;
  doneAt?: string;
  messageCount: number;
  mccMnc?: string;
  price: Price;
  status: MessageStatus;
  channel: Channel;
}
