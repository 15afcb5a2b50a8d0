/** The NEXTAUTH_SECRET of the app under test (serve.ts): a test value, for this machine only. */
export const E2E_SECRET = "e2e-only-secret-for-the-local-test-server";
