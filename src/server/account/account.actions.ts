"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { ActionError, authedAction } from "../action";
import { db } from "../db";

const deleteAccountSchema = z.object({
  confirmEmail: z
    .string({ error: "Type your email address to confirm." })
    .trim()
    .toLowerCase()
    .min(1, "Type your email address to confirm.")
    .max(320, "Type your email address to confirm."),
});

/**
 * Deletes the account and every row it owns (the database cascades from the user
 * to all of them, sessions included), then signs out. The user confirms by typing
 * their email address.
 */
export const deleteAccountAction = authedAction(
  deleteAccountSchema,
  async ({ confirmEmail }, { userId }) => {
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    if (confirmEmail !== user.email.toLowerCase()) {
      throw new ActionError("Please correct the highlighted fields.", {
        confirmEmail: ["That is not your email address: type it exactly to confirm."],
      });
    }
    await db.user.delete({ where: { id: userId } });
    const jar = await cookies();
    for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) jar.delete(name);
    return { deleted: true };
  },
  "deleteAccountAction",
);
