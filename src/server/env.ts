import "server-only";
import { z } from "zod";

const optional = z
  .string()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the app with `npm start`, which provides one."),
  /** Set by the launcher when the app runs on the embedded PGlite database. */
  MENTOR_MAP_EMBEDDED_DB: optional,
  /** Connections per app instance; the embedded database allows one. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).optional(),
  NEXTAUTH_URL: optional,
  NEXTAUTH_SECRET: optional,
  SMTP_URL: optional,
  EMAIL_FROM: z.string().default("Mentor Map <mentor-map@localhost>"),
  OUTBOX_DIR: z.string().default(".data/outbox"),
  /** "1": write mail to OUTBOX_DIR even in production (no SMTP server on purpose). */
  MAIL_OUTBOX: optional,
  GITHUB_ID: optional,
  GITHUB_SECRET: optional,
  GOOGLE_CLIENT_ID: optional,
  GOOGLE_CLIENT_SECRET: optional,
  /** Proxies in front of the app that append to X-Forwarded-For; 0: clients connect directly. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Sign-in emails per client IP address every 15 minutes. */
  SIGNIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
  /** "1": calendar addresses may be http:// (for local testing; the default is https only). */
  CALENDAR_ALLOW_HTTP: optional,
  /** Comma-separated host:port pairs a calendar may be fetched from though private (a local test server). */
  CALENDAR_ALLOW_HOSTS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((h) => h.trim())
        .filter(Boolean),
    ),
  /** "1": calendars are read only from CALENDAR_ALLOW_HOSTS, never from the internet (a closed network; the tests). */
  CALENDAR_ALLOW_HOSTS_ONLY: optional,
  /** The deadline for fetching one calendar, redirects and body included. */
  CALENDAR_FETCH_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(120).default(15),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

export type Env = z.infer<typeof schema> & {
  /** Embedded database or `next dev`: demo sign-in and the /dev/outbox are on. */
  developmentMode: boolean;
};

let cached: Env | undefined;

/** The environment, parsed once on first use (not at import, so `next build` needs none of it). */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  const developmentMode = parsed.data.MENTOR_MAP_EMBEDDED_DB === "1" || parsed.data.NODE_ENV !== "production";
  if (!developmentMode && !parsed.data.NEXTAUTH_SECRET) {
    throw new Error("Invalid environment: NEXTAUTH_SECRET is required in production.");
  }
  if (!developmentMode && !parsed.data.SMTP_URL && parsed.data.MAIL_OUTBOX !== "1") {
    throw new Error(
      "Invalid environment: SMTP_URL is not set, so sign-in links and digests could not be sent. Set SMTP_URL (smtp://user:password@host:587), or MAIL_OUTBOX=1 to write mail to OUTBOX_DIR instead.",
    );
  }
  cached = { ...parsed.data, developmentMode };
  return cached;
}

/** What the operator should fix, said once at start (the server and `npm run digests`). */
export function startupWarnings(): string[] {
  const { developmentMode, NEXTAUTH_URL } = env();
  const warnings: string[] = [];
  // A production build tried on this machine alone (http://localhost) is left in peace.
  if (
    !developmentMode &&
    NEXTAUTH_URL?.startsWith("http:") &&
    !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/.test(NEXTAUTH_URL)
  ) {
    warnings.push(
      `NEXTAUTH_URL is ${NEXTAUTH_URL}: outside development it should be the https address people use. Over http, digests carry no one-click unsubscribe (RFC 8058 needs https) and sign-in links travel unencrypted.`,
    );
  }
  return warnings;
}

/** The app's public address, without a trailing slash: for links in mail and feeds. */
export const appUrl = () => (env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
