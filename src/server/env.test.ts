import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

/** env.ts as a fresh start would parse it, with these variables. */
async function startWith(vars: Record<string, string | undefined>) {
  process.env = {
    PATH: saved.PATH,
    DATABASE_URL: "postgresql://127.0.0.1/app",
    ...vars,
  } as unknown as NodeJS.ProcessEnv;
  return import("./env");
}

describe("the environment at start", () => {
  it("refuses production without SMTP_URL, in one line naming the fix, unless the outbox is chosen", async () => {
    const production = { NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32), NEXTAUTH_URL: "https://map.example" };
    const { env } = await startWith(production);
    expect(() => env()).toThrow(/^Invalid environment: SMTP_URL is not set.*MAIL_OUTBOX=1[^\n]*$/);
    vi.resetModules();
    expect((await startWith({ ...production, MAIL_OUTBOX: "1" })).env().developmentMode).toBe(false);
    vi.resetModules();
    expect((await startWith({ ...production, SMTP_URL: "smtp://mail.example:587" })).env().SMTP_URL).toBe(
      "smtp://mail.example:587",
    );
    vi.resetModules();
    // The embedded two-command start writes to the outbox as before.
    expect((await startWith({ NODE_ENV: "production", MENTOR_MAP_EMBEDDED_DB: "1" })).env().developmentMode).toBe(true);
  });

  it("warns when the public address is http outside development", async () => {
    const production = { NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32), SMTP_URL: "smtp://mail.example:587" };
    expect((await startWith({ ...production, NEXTAUTH_URL: "http://map.example" })).startupWarnings()).toEqual([
      expect.stringMatching(/NEXTAUTH_URL is http:\/\/map\.example.*https/),
    ]);
    vi.resetModules();
    expect((await startWith({ ...production, NEXTAUTH_URL: "https://map.example" })).startupWarnings()).toEqual([]);
    vi.resetModules();
    expect(
      (await startWith({ NODE_ENV: "development", NEXTAUTH_URL: "http://map.example" })).startupWarnings(),
    ).toEqual([]);
    vi.resetModules();
    // A production build tried on this machine alone.
    expect((await startWith({ ...production, NEXTAUTH_URL: "http://localhost:3000" })).startupWarnings()).toEqual([]);
  });
});
