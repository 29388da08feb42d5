// next-auth's endpoints: /api/auth/csrf, /signin, /callback/:provider, /session, /signout …
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/options";
import { checkAuthRequest } from "@/lib/request-limits";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: TContext): Promise<Response> {
  // too large, or JSON that does not parse (next-auth answers that with a 500): refused with a sentence
  const refusal = await checkAuthRequest({
    method: request.method,
    contentLength: request.headers.get("content-length"),
    contentType: request.headers.get("content-type"),
    readText: () => request.clone().text(),
  });
  if (refusal) {
    return Response.json({ error: { code: refusal.code, message: refusal.message } }, { status: refusal.status, headers: { "Cache-Control": "no-store" } });
  }
  return NextAuth(request, context, getAuthOptions());
}

export { handler as GET, handler as POST };
