/** The NEXTAUTH_SECRET of the app under test (serve.ts): a test value, for this machine only. */
export const E2E_SECRET = "e2e-only-secret-for-the-local-test-server";

/** Where the e2e server says which database it uses (real Postgres only), for the quick sign-in. */
export const E2E_DATABASE_FILE = "test-reports/e2e-database.json";
