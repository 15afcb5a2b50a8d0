import "server-only";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "./auth-options";

export type CurrentUser = { id: string; email: string; name: string | null; timeZone: string };

/** The signed-in user, or null. Cached for one request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // Per request, never at build time: the build needs no database or secret.
  await connection();
  const session = await getServerSession(authOptions());
  const user = session?.user as
    | { id?: string; email?: string | null; name?: string | null; timeZone?: string }
    | undefined;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, timeZone: user.timeZone ?? "UTC" };
});

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
}
