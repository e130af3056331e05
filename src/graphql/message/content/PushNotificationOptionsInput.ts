import { URLResolver } from "graphql-scalars";
import { Field, InputType, Int, registerEnumType } from "type-graphql";

export enum InAppStyle {
  MODAL = "MODAL",
  BANNER = "BANNER",
}
registerEnumType(InAppStyle, {
  name: "InAppStyle",
  description: "MODAL: a dialog for actionable messages; BANNER: a standard banner view.",
  valuesConfig: {
    MODAL: {
      description:
        "A pop-up over part of the screen, for messages that need the user's attention; may have Dismiss and Open buttons.",
    },
    BANNER: { description: "A small banner over the app's content that closes by itself." },
  },
});

export enum MirroredPushTimeUnit {
  MINUTES = "MINUTES",
  HOURS = "HOURS",
}
registerEnumType(MirroredPushTimeUnit, {
  name: "MirroredPushTimeUnit",
  description: "Unit of mirroredPushExpirationPeriod: the docs allow only minutes or hours.",
  valuesConfig: {
    MINUTES: { description: "Minutes." },
    HOURS: { description: "Hours." },
  },
});

export enum TapActionType {
  WEB_VIEW_URL = "WEB_VIEW_URL",
  OPEN_URL_IN_BROWSER = "OPEN_URL_IN_BROWSER",
  DEEP_LINK = "DEEP_LINK",
}
registerEnumType(TapActionType, {
  name: "TapActionType",
  description:
    "WEB_VIEW_URL opens the resource in a web view inside the app, OPEN_URL_IN_BROWSER in the device browser, DEEP_LINK opens a screen of the app.",
  valuesConfig: {
    WEB_VIEW_URL: { description: "Opens the resource, a URL, in a web view inside the app." },
    OPEN_URL_IN_BROWSER: { description: "Opens the resource, a URL, in the device's browser." },
    DEEP_LINK: {
      description: "Opens the app's screen that the resource, a deep link path, names.",
    },
  },
});

@InputType({
  description: "What happens when the user taps the primary button of the in-app notification.",
})
export class TapActionInput {
  @Field(() => TapActionType, { description: "What the tap opens." })
  type!: TapActionType;

  @Field({ description: "The URL, or the deep link path, to open." })
  resource!: string;
}

@InputType({
  description:
    "How the device alerts the user: every option of the notification options tables in push-sms-example.md and mobile-push-api.md. Also used by sendPush.",
})
export class PushNotificationOptionsInput {
  @Field({
    nullable: true,
    description:
      "Shown in the notification; defaults to the application name. Up to 45 characters.",
  })
  title?: string;

  @Field({ nullable: true, description: "Android only. Defaults to true." })
  vibrationEnabled?: boolean;

  @Field({ nullable: true, description: "Defaults to true." })
  soundEnabled?: boolean;

  @Field({
    nullable: true,
    description:
      "A sound file bundled in the app (at most 30 s), e.g. notification_sound.wav; needs soundEnabled not false.",
  })
  soundName?: string;

  @Field(() => Int, { nullable: true, description: "Badge counter (iOS only)." })
  badge?: number;

  @Field(() => URLResolver, {
    nullable: true,
    description: "Image shown in the notification (rich push).",
  })
  contentUrl?: URL;

  @Field({
    nullable: true,
    description:
      "Category id for an actionable notification, e.g. mm_accept_decline (Accept & Decline).",
  })
  category?: string;

  @Field(() => InAppStyle, {
    nullable: true,
    description: "How an actionable notification shows inside the app (OMNI's inAppStyle).",
  })
  inAppStyle?: InAppStyle;

  @Field({
    nullable: true,
    description:
      "Not shown on the lock screen nor in the notification center: delivers data, or only the in-app notification.",
  })
  isSilent?: boolean;

  @Field(() => URLResolver, {
    nullable: true,
    description: "Web page to open inside the app (web view).",
  })
  webViewUrl?: URL;

  @Field({
    nullable: true,
    description:
      "Case-sensitive inbox topic to save the message to; OMNI rejects the send if the topic does not exist.",
  })
  inboxTopic?: string;

  @Field({ nullable: true, description: "Also show the notification inside the app." })
  showMirroredPush?: boolean;

  @Field(() => InAppStyle, {
    nullable: true,
    description: "Show the in-app notification as a banner or a modal pop-up.",
  })
  mirroredPushStyle?: InAppStyle;

  @Field(() => Int, {
    nullable: true,
    description: "How long after sending the in-app notification may still be shown.",
  })
  mirroredPushExpirationPeriod?: number;

  @Field(() => MirroredPushTimeUnit, {
    nullable: true,
    description: "Unit of mirroredPushExpirationPeriod, which it needs.",
  })
  mirroredPushExpirationTimeUnit?: MirroredPushTimeUnit;

  @Field({ nullable: true, description: "Text of the Dismiss button (MODAL style only)." })
  mirroredPushDismissTitle?: string;

  @Field({ nullable: true, description: "Text of the Open button (MODAL style only)." })
  mirroredPushOpenTitle?: string;

  @Field(() => TapActionInput, {
    nullable: true,
    description: "Action of the primary button of the in-app notification.",
  })
  onTapButtonAction?: TapActionInput;
}
