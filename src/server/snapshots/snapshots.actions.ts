"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "../action";
import { db } from "../db";
import { takeSnapshot } from "./take-snapshot";

/** A snapshot of the map, taken when the user asks. */
export const takeSnapshotAction = authedAction(
  z.object({}),
  async (_input, { userId, timeZone }) => {
    const snapshot = await takeSnapshot(db, { id: userId, timeZone }, "MANUAL");
    revalidatePath("/snapshots");
    return { id: snapshot.id };
  },
  "takeSnapshotAction",
);
