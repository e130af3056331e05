/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query MessageTimeline($messageId: ID!) {\n  message(messageId: $messageId) {\n    messageId\n    bulkId\n    channel\n    status {\n      groupName\n      name\n    }\n    attempts {\n      channel\n      from\n      to\n      status {\n        groupName\n        name\n      }\n      error {\n        name\n        permanent\n      }\n      sentAt\n      doneAt\n      price {\n        pricePerMessage\n        currency\n      }\n    }\n    report {\n      channel\n      status {\n        groupName\n        name\n      }\n      price {\n        pricePerMessage\n        currency\n      }\n    }\n  }\n}\n\nquery Messages($filter: MessageFilter) {\n  messages(filter: $filter) {\n    messageId\n    status {\n      groupName\n    }\n    channel\n  }\n}\n\nquery Reports($filter: ReportFilter) {\n  reports(filter: $filter) {\n    messageId\n    bulkId\n    to\n    channel\n    messageCount\n    status {\n      groupName\n      name\n    }\n    error {\n      groupName\n      name\n      permanent\n    }\n    price {\n      pricePerMessage\n      currency\n    }\n  }\n}": typeof types.MessageTimelineDocument,
    "mutation CreateScenario($input: ScenarioInput!) {\n  createScenario(input: $input) {\n    key\n    name\n    isDefault\n    flow {\n      channel\n      from\n    }\n  }\n}\n\nmutation UpdateScenario($key: ID!, $input: ScenarioInput!) {\n  updateScenario(key: $key, input: $input) {\n    key\n    name\n    isDefault\n    flow {\n      channel\n      from\n    }\n  }\n}\n\nquery Scenario($key: ID!) {\n  scenario(key: $key) {\n    key\n    name\n    isDefault\n    flow {\n      channel\n      from\n    }\n  }\n}\n\nquery Scenarios($isDefault: Boolean, $limit: Int, $page: Int) {\n  scenarios(isDefault: $isDefault, limit: $limit, page: $page) {\n    key\n    name\n    isDefault\n  }\n}\n\nquery DefaultScenario {\n  defaultScenario {\n    key\n    name\n  }\n}": typeof types.CreateScenarioDocument,
    "mutation SendAdvanced($input: SendAdvancedInput!) {\n  sendAdvanced(input: $input) {\n    bulkId\n    messages {\n      messageId\n      to {\n        phoneNumber\n        emailAddress\n      }\n      status {\n        groupName\n        name\n      }\n    }\n  }\n}\n\nmutation SendText($input: SendTextInput!) {\n  sendText(input: $input) {\n    bulkId\n    messages {\n      messageId\n      status {\n        groupName\n        name\n      }\n    }\n  }\n}": typeof types.SendAdvancedDocument,
};
const documents: Documents = {
    "query MessageTimeline($messageId: ID!) {\n  message(messageId: $messageId) {\n    messageId\n    bulkId\n    channel\n    status {\n      groupName\n      name\n    }\n    attempts {\n      channel\n      from\n      to\n      status {\n        groupName\n        name\n      }\n      error {\n        name\n        permanent\n      }\n      sentAt\n      doneAt\n      price {\n        pricePerMessage\n        currency\n      }\n    }\n    report {\n      channel\n      status {\n        groupName\n        name\n      }\n      price {\n        pricePerMessage\n        currency\n      }\n    }\n  }\n}\n\nquery Messages($filter: MessageFilter) {\n  messages(filter: $filter) {\n    messageId\n    status {\n      groupName\n    }\n    channel\n  }\n}\n\nquery Reports($filter: ReportFilter) {\n  reports(filter: $filter) {\n    messageId\n    bulkId\n    to\n    channel\n    messageCount\n    status {\n      groupName\n      name\n    }\n    error {\n      groupName\n      name\n      permanent\n    }\n    price {\n      pricePerMessage\n      currency\n    }\n  }\n}": types.MessageTimelineDocument,
    "mutation CreateScenario($input: ScenarioInput!) {\n  createScenario(input: $input) {\n    key\n    name\n    isDefault\n    flow {\n      channel\n      from\n    }\n  }\n}\n\nmutation UpdateScenario($key: ID!, $input: ScenarioInput!) {\n  updateScenario(key: $key, input: $input) {\n    key\n    name\n    isDefault\n    flow {\n      channel\n      from\n    }\n  }\n}\n\nquery Scenario($key: ID!) {\n  scenario(key: $key) {\n    key\n    name\n    isDefault\n    flow {\n      channel\n      from\n    }\n  }\n}\n\nquery Scenarios($isDefault: Boolean, $limit: Int, $page: Int) {\n  scenarios(isDefault: $isDefault, limit: $limit, page: $page) {\n    key\n    name\n    isDefault\n  }\n}\n\nquery DefaultScenario {\n  defaultScenario {\n    key\n    name\n  }\n}": types.CreateScenarioDocument,
    "mutation SendAdvanced($input: SendAdvancedInput!) {\n  sendAdvanced(input: $input) {\n    bulkId\n    messages {\n      messageId\n      to {\n        phoneNumber\n        emailAddress\n      }\n      status {\n        groupName\n        name\n      }\n    }\n  }\n}\n\nmutation SendText($input: SendTextInput!) {\n  sendText(input: $input) {\n    bulkId\n    messages {\n      messageId\n      status {\n        groupName\n        name\n      }\n    }\n  }\n}": types.SendAdvancedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MessageTimeline($messageId: ID!) {\n  message(messageId: $messageId) {\n    messageId\n    bulkId\n    channel\n    status {\n      groupName\n      name\n    }\n    attempts {\n      channel\n      from\n      to\n      status {\n        groupName\n        name\n      }\n      error {\n        name\n        permanent\n      }\n      sentAt\n      doneAt\n      price {\n        pricePerMessage\n        currency\n      }\n    }\n    report {\n      channel\n      status {\n        groupName\n        name\n      }\n      price {\n        pricePerMessage\n        currency\n      }\n    }\n  }\n}\n\nquery Messages($filter: MessageFilter) {\n  messages(filter: $filter) {\n    messageId\n    status {\n      groupName\n    }\n    channel\n  }\n}\n\nquery Reports($filter: ReportFilter) {\n  reports(filter: $filter) {\n    messageId\n    bulkId\n    to\n    channel\n    messageCount\n    status {\n      groupName\n      name\n    }\n    error {\n      groupName\n      name\n      permanent\n    }\n    price {\n      pricePerMessage\n      currency\n    }\n  }\n}"): (typeof documents)["query MessageTimeline($messageId: ID!) {\n  message(messageId: $messageId) {\n    messageId\n    bulkId\n    channel\n    status {\n      groupName\n      name\n    }\n    attempts {\n      channel\n      from\n      to\n      status {\n        groupName\n        name\n      }\n      error {\n        name\n        permanent\n      }\n      sentAt\n      doneAt\n      price {\n        pricePerMessage\n        currency\n      }\n    }\n    report {\n      channel\n      status {\n        groupName\n        name\n      }\n      price {\n        pricePerMessage\n        currency\n      }\n    }\n  }\n}\n\nquery Messages($filter: MessageFilter) {\n  messages(filter: $filter) {\n    messageId\n    status {\n      groupName\n    }\n    channel\n  }\n}\n\nquery Reports($filter: ReportFilter) {\n  reports(filter: $filter) {\n    messageId\n    bulkId\n    to\n    channel\n    messageCount\n    status {\n      groupName\n      name\n    }\n    error {\n      groupName\n      name\n      permanent\n    }\n    price {\n      pricePerMessage\n      currency\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateScenario($input: ScenarioInput!) {\n  createScenario(input: $input) {\n    key\n    name\n    isDefault\n    flow {\n      channel\n      from\n    }\n  }\n}\n\nmutation UpdateScenario($key: ID!, $input: ScenarioInput!) {\n  updateScenario(key: $key, input: $input) {\n    key\n    name\n    isDefault\n    flow {\n      channel\n      from\n    }\n  }\n}\n\nquery Scenario($key: ID!) {\n  scenario(key: $key) {\n    key\n    name\n    isDefault\n    flow {\n      channel\n      from\n    }\n  }\n}\n\nquery Scenarios($isDefault: Boolean, $limit: Int, $page: Int) {\n  scenarios(isDefault: $isDefault, limit: $limit, page: $page) {\n    key\n    name\n    isDefault\n  }\n}\n\nquery DefaultScenario {\n  defaultScenario {\n    key\n    name\n  }\n}"): (typeof documents)["mutation CreateScenario($input: ScenarioInput!) {\n  createScenario(input: $input) {\n    key\n    name\n    isDefault\n    flow {\n      channel\n      from\n    }\n  }\n}\n\nmutation UpdateScenario($key: ID!, $input: ScenarioInput!) {\n  updateScenario(key: $key, input: $input) {\n    key\n    name\n    isDefault\n    flow {\n      channel\n      from\n    }\n  }\n}\n\nquery Scenario($key: ID!) {\n  scenario(key: $key) {\n    key\n    name\n    isDefault\n    flow {\n      channel\n      from\n    }\n  }\n}\n\nquery Scenarios($isDefault: Boolean, $limit: Int, $page: Int) {\n  scenarios(isDefault: $isDefault, limit: $limit, page: $page) {\n    key\n    name\n    isDefault\n  }\n}\n\nquery DefaultScenario {\n  defaultScenario {\n    key\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendAdvanced($input: SendAdvancedInput!) {\n  sendAdvanced(input: $input) {\n    bulkId\n    messages {\n      messageId\n      to {\n        phoneNumber\n        emailAddress\n      }\n      status {\n        groupName\n        name\n      }\n    }\n  }\n}\n\nmutation SendText($input: SendTextInput!) {\n  sendText(input: $input) {\n    bulkId\n    messages {\n      messageId\n      status {\n        groupName\n        name\n      }\n    }\n  }\n}"): (typeof documents)["mutation SendAdvanced($input: SendAdvancedInput!) {\n  sendAdvanced(input: $input) {\n    bulkId\n    messages {\n      messageId\n      to {\n        phoneNumber\n        emailAddress\n      }\n      status {\n        groupName\n        name\n      }\n    }\n  }\n}\n\nmutation SendText($input: SendTextInput!) {\n  sendText(input: $input) {\n    bulkId\n    messages {\n      messageId\n      status {\n        groupName\n        name\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;