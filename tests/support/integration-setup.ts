// Runs before each integration test file. The database is real; only the things
// that need a live Next.js request are replaced: who is signed in, the response's
// cookies, and cache revalidation.
import { inject, vi } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
if (inject("embedded")) process.env.MENTOR_MAP_EMBEDDED_DB = "1";
process.env.OUTBOX_DIR ??= `/tmp/mentor-map-test-outbox-${process.pid}`;
process.env.LOG_LEVEL ??= "silent";
// Calendars are read only from the tests' own hosts on 127.0.0.1 (each file allow-lists its
// own): an address the fuzzing makes up is refused before any DNS query or connection.
process.env.CALENDAR_ALLOW_HOSTS_ONLY = "1";

vi.mock("@/server/auth/session", async () => {
  const { sessionDouble } = await import("./session-double");
  return sessionDouble;
});

vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
}));

vi.mock("next/headers", async () => {
  const { cookieJar } = await import("./session-double");
  return { cookies: async () => cookieJar };
});
