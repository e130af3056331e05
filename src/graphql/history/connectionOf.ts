import { Field, ObjectType, type ClassType } from "type-graphql";
import { PageInfo } from "./PageInfo.js";

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * The Relay connection and edge types of one node type (`MessageConnection`, `MessageEdge`):
 * type-graphql needs a class per GraphQL type, and these differ only in their node.
 */
export function connectionOf<T extends object>(
  node: ClassType<T>,
  name: string,
  description: string,
): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, {
    simpleResolvers: true,
    description: `One ${name} of a page, and where it lies.`,
  })
  class EdgeType implements Edge<T> {
    @Field({
      description: "Opaque: pass it as `after` or `before` to read on from this edge.",
    })
    cursor!: string;

    @Field(() => node, { description: `The ${name} itself.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description })
  class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType], {
      description: "This page, in the connection's order; empty when nothing (more) matches.",
    })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: "Where this page lies, and the cursors to read on." })
    pageInfo!: PageInfo;
  }

  return ConnectionType;
}
