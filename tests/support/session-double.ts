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

/** The response's cookies, for actions that set or clear them (signing out). */
export const cookieJar = {
  deleted: [] as string[],
  delete(name: string) {
    this.deleted.push(name);
  },
};
