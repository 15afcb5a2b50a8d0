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

/** Counts are bigint when aggregated from the ledger, number when read from a balance row. */
export type ValueAggregateRow = {
  gave: bigint | number | null;
  received: bigint | number | null;
  last_gave: Date | null;
  first_gave: Date | null;
  last_received: Date | null;
  first_received: Date | null;
};

/**
 * SQL twin of `oneWayFlag` (src/domain/value-balance.ts) over the aggregates as
 * `v`: value has gone one way only since a day on or before `cutoff` (a date, or a
 * column when each row has its own).
 */
export function oneWaySql(cutoff: Date | Prisma.Sql) {
  return Prisma.sql`(
    (v.last_received IS NOT NULL AND (v.last_gave IS NULL OR v.last_gave < v.last_received)
      AND greatest(coalesce(v.last_gave, v.first_received), v.first_received) <= ${cutoff})
    OR
    (v.last_gave IS NOT NULL AND (v.last_received IS NULL OR v.last_received < v.last_gave)
      AND greatest(coalesce(v.last_received, v.first_gave), v.first_gave) <= ${cutoff})
  )`;
}

/**
 * The same aggregates read from a mentor's "MentorValueBalance" row as `b`, which
 * database triggers keep in step with the ledger (the map_cells migration).
 */
export const BALANCE_AS_AGGREGATES = Prisma.sql`b."gave", b."received", b."lastGave" AS last_gave, b."firstGave" AS first_gave,
  b."lastReceived" AS last_received, b."firstReceived" AS first_received`;
