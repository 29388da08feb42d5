// Liveness and database reachability, for load balancers and the test harness. Open without
// sign-in; says nothing about the data.
import { isDatabaseReachable } from "@/lib/server/readers/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  if (await isDatabaseReachable()) return Response.json({ status: "ok", database: "ok" });
  return Response.json({ status: "degraded", database: "unreachable" }, { status: 503 });
}
