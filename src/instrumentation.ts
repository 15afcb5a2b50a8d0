/**
 * Runs once when the server starts: checks the environment (a production server
 * without a way to send mail refuses to start, with one line saying why), then
 * starts the digest scheduler (MENTOR_MAP_SCHEDULER=off leaves it out).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, startupWarnings } = await import("./server/env");
  const { logger } = await import("./server/logger");
  try {
    env();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  for (const warning of startupWarnings()) logger.warn(warning);
  if (process.env.MENTOR_MAP_SCHEDULER === "off") return;
  const { startDigestScheduler } = await import("./server/digests/scheduler");
  await startDigestScheduler();
}
