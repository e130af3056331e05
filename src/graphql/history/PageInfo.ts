import { Field, ObjectType } from "type-graphql";
import { Shareable } from "../common/Shareable.js";

/** Relay's PageInfo, exactly as the connection spec fixes it, so other subgraphs' compose. */
@Shareable()
@ObjectType({
  simpleResolvers: true,
  description: "Where a page of a connection lies in the whole list.",
})
export class PageInfo {
  @Field({
    description: "More edges follow this page (with `first`: read them `after` endCursor).",
  })
  hasNextPage!: boolean;

  @Field({
    description: "Edges precede this page (with `last`: read them `before` startCursor).",
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the page's first edge." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the page's last edge." })
  endCursor!: string | null;
}
