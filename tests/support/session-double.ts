import type { CurrentUser } from "@/server/auth/session";

let current: CurrentUser | null = null;

/** Who the code under test believes is signed in. */
export function signInAs(user: CurrentUser | null) {
  current = user;
}

export const sessionDouble = {
  getCurrentUser: async () => current,
  requireUser: async () => {
    if (!current) throw new Error("requireUser called with nobody signed in");
    return current;
  },
};
