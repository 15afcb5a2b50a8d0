import "server-only";
import { todayIn } from "@/domain/calendar";
import { type Coverage, coverageOf } from "@/domain/snapshot";
import type { SnapshotReason } from "@/generated/prisma/enums";
import type { CurrentUser } from "../auth/session";
import { loadMap } from "../dashboard/dashboard.queries";
import { db } from "../db";
import type { Tx } from "../tx";

/** Saves the map's coverage as it is now. */
export async function takeSnapshot(
  client: Tx | typeof db,
  user: Pick<CurrentUser, "id" | "timeZone">,
  reason: SnapshotReason,
  sprintId?: string,
) {
  const map = await loadMap(client, user, todayIn(user.timeZone));
  const coverage: Coverage = coverageOf(map);
  const snapshot = await client.mapSnapshot.create({
    data: { userId: user.id, reason, sprintId, coverage },
    select: { id: true, takenAt: true },
  });
  return { ...snapshot, coverage };
}

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
  if (idOrNow === "now") return { label: "now", coverage: coverageOf(await loadMap(db, user, todayIn(user.timeZone))) };
  const snapshot = await db.mapSnapshot.findFirst({
    where: { id: idOrNow, userId: user.id },
    select: { takenAt: true, coverage: true },
  });
  return snapshot ? { label: snapshot.takenAt, coverage: snapshot.coverage as Coverage } : null;
}
