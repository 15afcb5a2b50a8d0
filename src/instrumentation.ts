/** Runs once when the server starts; the Node.js-only work is in src/server/startup.ts (this file is also built for the Edge runtime). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./server/startup");
  await startServer();
}
