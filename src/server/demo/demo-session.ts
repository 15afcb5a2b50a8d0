import "server-only";
import { randomBytes } from "node:crypto";
import { authOptions, sessionCookie } from "../auth/auth-options";
import { db } from "../db";
import { ensureDemoUser } from "./demo-map";

/**
 * A database session for the demo user, made the way next-auth makes one, so the
 * rest of the app cannot tell the difference (and sign-out deletes it).
 */
export async function startDemoSession() {
  const user = await ensureDemoUser(db);
  const token = randomBytes(32).toString("hex");
  const maxAge = authOptions().session?.maxAge ?? 30 * 24 * 60 * 60;
  const expires = new Date(Date.now() + maxAge * 1000);
  await db.session.create({ data: { sessionToken: token, userId: user.id, expires } });
  const { name, options } = sessionCookie();
  return { cookieName: name, token, expires, secure: options.secure };
}
