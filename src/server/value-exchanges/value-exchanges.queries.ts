import "server-only";
import { db } from "../db";

/** Every value exchange with a mentor (or a mentee), newest first: the balance is computed from all of them. */
export function valueExchangesOf(scope: { userId: string } & ({ mentorId: string } | { menteeId: string })) {
  return db.valueExchange.findMany({ where: scope, orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }] });
}
