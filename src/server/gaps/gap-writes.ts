import "server-only";
import { revalidatePath } from "next/cache";
import type { MentorCategory } from "@/generated/prisma/enums";
import type { Tx } from "../ownership";

// What the wizard and the area actions both write.

export const INVALID = "Please correct the highlighted fields.";

/** One dream-team profile: kept while it says something or links someone, removed when emptied. */
export async function writeSlot(
  tx: Tx,
  userId: string,
  gapAreaId: string,
  category: MentorCategory,
  profile: string,
  mentorIds: string[],
) {
  if (!profile && !mentorIds.length) {
    await tx.dreamTeamSlot.deleteMany({ where: { userId, gapAreaId, category } });
    return;
  }
  const slot = await tx.dreamTeamSlot.upsert({
    where: { gapAreaId_category: { gapAreaId, category } },
    create: { userId, gapAreaId, category, profile },
    update: { profile },
    select: { id: true },
  });
  await tx.dreamTeamMatch.deleteMany({ where: { userId, slotId: slot.id } });
  await tx.dreamTeamMatch.createMany({ data: mentorIds.map((mentorId) => ({ userId, slotId: slot.id, mentorId })) });
}

export function revalidateMap() {
  revalidatePath("/dashboard");
  revalidatePath("/gaps");
  revalidatePath("/sprint");
}
