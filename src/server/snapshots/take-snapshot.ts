import "server-only";
import { todayIn } from "@/domain/calendar";
import { type Coverage, coverageOf } from "@/domain/snapshot";
import type { SnapshotReason } from "@/generated/prisma/enums";
import type { CurrentUser } from "../auth/session";
import { loadMap } from "../dashboard/dashboard.queries";
import type { db } from "../db";
import type { Tx } from "../ownership";

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
