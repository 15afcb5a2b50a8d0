import "server-only";
import { randomBytes } from "node:crypto";
import { authOptions, sessionCookie } from "../auth/auth-options";
import { db } from "../db";
import { ensureDemoUser } from "./demo-map";

/**
 * A database session for the demo user, made the way next-auth makes one, so the
 * rest of the app cannot tell the difference (and sign-out deletes it). A live one
 * is reused: each click on "Explore the demo map" would otherwise add a row.
 */
export async function startDemoSession() {
  const user = await ensureDemoUser(db);
  const live = await db.session.findFirst({
    where: { userId: user.id, expires: { gt: new Date(Date.now() + 24 * 60 * 60 * 1000) } },
    orderBy: { expires: "desc" },
    select: { sessionToken: true, expires: true },
  });
  const maxAge = authOptions().session?.maxAge ?? 30 * 24 * 60 * 60;
  const { sessionToken: token, expires } =
    live ??
    (await db.session.create({
      data: {
        sessionToken: randomBytes(32).toString("hex"),
        userId: user.id,
        expires: new Date(Date.now() + maxAge * 1000),
      },
    }));
  const { name, options } = sessionCookie();
  return { cookieName: name, token, expires, secure: options.secure };
}
