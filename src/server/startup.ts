import "server-only";
import { env, startupWarnings } from "./env";
import { logger } from "./logger";

/**
 * The server's start (src/instrumentation.ts, Node.js runtime only): a production
 * server without a way to send mail, or without its secret, stops here with one
 * line saying why; what the operator should fix is logged; then the digest
 * scheduler starts (MENTOR_MAP_SCHEDULER=off leaves it out).
 */
export async function startServer() {
  try {
    env();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  for (const warning of startupWarnings()) logger.warn(warning);
  if (process.env.MENTOR_MAP_SCHEDULER === "off") return;
  const { startDigestScheduler } = await import("./digests/scheduler");
  await startDigestScheduler();
}
