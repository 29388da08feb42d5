// The header's live "Waiting for you" count and list (issue 6 part 3), polled by the browser.
import { requireUser } from "@/lib/auth/session";
import { findWaitingSignoffs } from "@/lib/server/readers/find-waiting-signoffs";
import { UnauthenticatedError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const user = await requireUser();
    const items = await findWaitingSignoffs(user);
    return Response.json({ count: items.length, items }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof UnauthenticatedError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 401 });
    throw e;
  }
}
