/** The NEXTAUTH_SECRET of the app under test (serve.ts): a test value, for this machine only. */
export const E2E_SECRET = "e2e-only-secret-for-the-local-test-server";

/** Where the e2e server says which database it uses (real Postgres only), for the quick sign-in. */
export const E2E_DATABASE_FILE = "test-reports/e2e-database.json";

/** The e2e server's own database, mentormap_e2e_…, dropped when Playwright stops it. */
export const E2E_DATABASE_PREFIX = "mentormap_e2e";

/** The embedded e2e server's data directory in the temp folder, removed when Playwright stops it. */
export const E2E_EMBEDDED_DIR_PREFIX = "mentor-map-e2e-embedded-";
