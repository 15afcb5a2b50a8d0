import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { safeCallbackUrl } from "@/domain/safe-redirect";
import { db } from "../db";
import { appUrl, env } from "../env";
import { sendSignInEmail } from "./sign-in-email";

/** Magic links expire after 15 minutes (next-auth's default is 24 hours). */
export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const e = env();
  const providers: NextAuthOptions["providers"] = [
    EmailProvider({
      from: e.EMAIL_FROM,
      maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
      // Unused: sendVerificationRequest goes through our one mail module.
      server: "smtp://localhost:25",
      sendVerificationRequest: ({ identifier, url }) => sendSignInEmail(identifier, url),
    }),
  ];
  if (e.GITHUB_ID && e.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  }
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }));
  }
  cached = {
    // The generated Prisma 7 client is structurally what the adapter expects.
    adapter: PrismaAdapter(db as never),
    providers,
    secret: e.NEXTAUTH_SECRET,
    // The session cookie: HttpOnly, SameSite=Lax, and Secure (with the __Secure- prefix) behind HTTPS.
    useSecureCookies: sessionCookie().options.secure,
    cookies: { sessionToken: sessionCookie() },
    // Database sessions: signing out deletes the session row, so a stolen cookie dies with it.
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    callbacks: {
      redirect: ({ url, baseUrl }) => safeCallbackUrl(url, baseUrl),
      // `user` is the database row (database sessions): pass on what pages need.
      session: ({ session, user }) => ({
        ...session,
        user: { ...session.user, id: user.id, timeZone: (user as { timeZone?: string }).timeZone ?? "UTC" },
      }),
    },
  };
  return cached;
}

export function configuredOAuthProviders(): { id: string; name: string }[] {
  const e = env();
  return [
    ...(e.GITHUB_ID && e.GITHUB_SECRET ? [{ id: "github", name: "GitHub" }] : []),
    ...(e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET ? [{ id: "google", name: "Google" }] : []),
  ];
}

/** The session cookie's name and attributes, for next-auth and for the demo sign-in. */
export function sessionCookie(url = appUrl()) {
  const secure = url.startsWith("https://");
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}
