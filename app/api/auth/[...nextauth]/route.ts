// next-auth's endpoints: /api/auth/csrf, /signin, /callback/:provider, /session, /signout …
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/options";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ nextauth: string[] }> };

function handler(request: NextRequest, context: TContext): Promise<Response> {
  return NextAuth(request, context, getAuthOptions());
}

export { handler as GET, handler as POST };
