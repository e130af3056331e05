/**
 * Slicing arguments inside an input object, which the IBM cost spec allows (`filter.limit`) but
 * Federation's subgraph validation (2.14) does not: it takes only top-level `Int` arguments. The
 * SDL therefore says `assumedSize: 1000` for these lists, the most a call returns, and that is
 * what a router estimates; the subgraph itself also reads the limit the caller asked for, so ten
 * messages with their timelines do not cost as much as a thousand.
 */
export const NESTED_SLICING: Readonly<Record<string, readonly string[]>> = {
  "Query.messages": ["filter.limit"],
  "Query.reports": ["filter.limit"],
};
