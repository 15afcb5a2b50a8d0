import type { CurrentUser } from "@/server/auth/session";
import { createUser } from "./factories";
import { signInAs } from "./session-double";

/**
 * The set-up nearly every integration file needs, for each test: alice, whose session
 * the actions see (unless `signedIn: false`), and bob, whose rows must stay out of her reach.
 *
 *   beforeEach(async () => {
 *     ({ alice, bob } = await aliceAndBob());
 *   });
 */
export async function aliceAndBob({ signedIn = true } = {}): Promise<{ alice: CurrentUser; bob: CurrentUser }> {
  const alice = await createUser("alice");
  const bob = await createUser("bob");
  if (signedIn) signInAs(alice);
  return { alice, bob };
}
