import "server-only";
import { db } from "../db";
import { verifyUnsubscribeToken } from "../digests/unsubscribe-token";
import { logger } from "../logger";

/** The longest token we sign; anything longer is not ours and is not even checked. */
export const MAX_UNSUBSCRIBE_TOKEN = 300;

/**
 * One-click unsubscribe from the digests, authorised by the signed token alone (no
 * sign-in). False for a bad, tampered or expired token. Unsubscribing twice is fine.
 */
export async function unsubscribeFromDigests(token: string): Promise<boolean> {
  const userId = token.length <= MAX_UNSUBSCRIBE_TOKEN ? verifyUnsubscribeToken(token) : null;
  if (!userId) return false;
  const { count } = await db.user.updateMany({
    where: { id: userId, digestUnsubscribedAt: null },
    data: { digestUnsubscribedAt: new Date() },
  });
  if (count) logger.info({ user: userId }, "unsubscribed from digests");
  return true;
}
