/** Runs once when the server starts: the digest scheduler (MENTOR_MAP_SCHEDULER=off leaves it out). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.MENTOR_MAP_SCHEDULER === "off") return;
  const { startDigestScheduler } = await import("./server/digests/scheduler");
  await startDigestScheduler();
}
