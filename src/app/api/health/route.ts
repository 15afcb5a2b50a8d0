import { databaseHealthy } from "@/server/health";

export const dynamic = "force-dynamic";

/** For load balancers and the test harness: is the app up and its database reachable? */
export async function GET() {
  const ok = await databaseHealthy();
  return Response.json({ ok }, { status: ok ? 200 : 503 });
}
