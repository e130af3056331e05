/**
 * What one GraphQL request may ask for. Each refusal names its limit, what the request measured
 * and the maximum; the README's "Limits" table lists the variables that set them.
 */
export interface RequestLimits {
  /** Estimated cost (the weights of the SDL's `@cost` and `@listSize`). */
  cost: number;
  /** Nesting of fields (fragments do not add a level). */
  depth: number;
  /** Aliased fields, `__typename` aside. */
  aliases: number;
  /** Directives used in the operation. */
  directives: number;
  /** Lexical tokens of the document, checked while parsing. */
  tokens: number;
  /** `_entities` representations. */
  entityReferences: number;
  /** Distinct scenario keys among them: OMNI reads scenarios one at a time. */
  entityScenarioKeys: number;
  /** Upstream calls made on behalf of the request; the others fail without being made. */
  upstreamCalls: number;
}

/**
 * Chosen so that every operation of test/operations and the README passes at its largest inputs
 * (test/graphql/cost.test.ts measures them all), and the amplifications of issue 10 do not.
 */
export const DEFAULT_LIMITS: RequestLimits = {
  // Our largest: a plan or send for 10 000 destinations, about 20 700. One page of 1000 messages
  // with their attempts (9 001) fits twice; 130 of them, or 60 pages of scenarios, do not.
  cost: 25_000,
  // Ours nest 5 fields at most; Armor's 6 would leave a router's `_entities` no room.
  depth: 10,
  // Armor's default; none of ours uses an alias.
  aliases: 15,
  directives: 50,
  // The parser cap the gateway always had: ours stay under 100.
  tokens: 2_000,
  // A router's entity batch for one page of messages.
  entityReferences: 1_000,
  // No more than the budget: OMNI reads scenarios one at a time.
  entityScenarioKeys: 50,
  upstreamCalls: 50,
};

/** Lists without `@listSize` are taken to be this long (Apollo Router's example `list_size`). */
export const DEFAULT_LIST_SIZE = 10;
