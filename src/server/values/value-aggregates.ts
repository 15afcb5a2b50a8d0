import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * Per-mentor value-exchange aggregates over "ValueExchange" rows: the counts each
 * way and the first and last day each way, which the one-way flag is computed from.
 */
export const VALUE_AGGREGATES = Prisma.sql`
  count(*) FILTER (WHERE "direction" = 'GAVE') AS gave,
  count(*) FILTER (WHERE "direction" = 'RECEIVED') AS received,
  max("occurredOn") FILTER (WHERE "direction" = 'GAVE') AS last_gave,
  min("occurredOn") FILTER (WHERE "direction" = 'GAVE') AS first_gave,
  max("occurredOn") FILTER (WHERE "direction" = 'RECEIVED') AS last_received,
  min("occurredOn") FILTER (WHERE "direction" = 'RECEIVED') AS first_received`;

export type ValueAggregateRow = {
  gave: bigint | null;
  received: bigint | null;
  last_gave: Date | null;
  first_gave: Date | null;
  last_received: Date | null;
  first_received: Date | null;
};
