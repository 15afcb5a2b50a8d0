import "server-only";
import { type Coverage, coverageOf } from "@/domain/snapshot";
import type { CurrentUser } from "../auth/session";
import { getDashboard } from "../dashboard/dashboard.queries";
import { db } from "../db";

export async function listSnapshots(userId: string) {
  return db.mapSnapshot.findMany({
    where: { userId },
    orderBy: { takenAt: "desc" },
    take: 100,
    select: { id: true, takenAt: true, reason: true },
  });
}

/** Two of the user's snapshots (or "now" for the live map) to compare; another user's id is simply not found. */
export async function loadCoverage(
  user: Pick<CurrentUser, "id" | "timeZone">,
  idOrNow: string,
): Promise<{ label: "now" | Date; coverage: Coverage } | null> {
  // Now: the dashboard's map, from its cache when nothing changed since it was last drawn.
  if (idOrNow === "now") return { label: "now", coverage: coverageOf((await getDashboard(user)).map) };
  const snapshot = await db.mapSnapshot.findFirst({
    where: { id: idOrNow, userId: user.id },
    select: { takenAt: true, coverage: true },
  });
  return snapshot ? { label: snapshot.takenAt, coverage: snapshot.coverage as Coverage } : null;
}
