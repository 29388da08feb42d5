// The first gate (Next 16 "proxy", formerly middleware; Node.js runtime): requests without a
// valid session cookie go to the sign-in page, or get 401 for the API. It only decodes the JWT —
// no database here — so the real checks stay in lib/auth/session.ts.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import { decideAccess } from "@/lib/auth/proxy-rules";
import { checkServerActionRequest } from "@/lib/request-limits";
import { decodeSessionToken } from "@/lib/auth/session-token";

export async function proxy(request: NextRequest) {
  if (request.headers.has("next-action")) {
    // too large or unreadable: refused here with a sentence, before Next answers a bare 500 digest;
    // text/plain is what an action's caller turns into the rejected promise's message
    const refusal = await checkServerActionRequest({
      method: request.method,
      contentLength: request.headers.get("content-length"),
      contentType: request.headers.get("content-type"),
      readText: () => request.clone().text(),
    });
    if (refusal) return new NextResponse(refusal.message, { status: refusal.status, headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
  }
  const env = getEnv();
  let isSignedIn = false;
  try {
    const token = await getToken({
      req: request,
      secret: env.NEXTAUTH_SECRET,
      secureCookie: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
      decode: decodeSessionToken,
    });
    isSignedIn = Boolean(token?.id);
  } catch {
    isSignedIn = false; // an unreadable cookie is no session
  }
  const { pathname, search } = request.nextUrl;
  const decision = decideAccess({ pathname, isSignedIn, isServerAction: request.headers.has("next-action") });
  if (decision === "allow") {
    // the (app) layout re-checks the session against the database and needs the path to return to
    const forwarded = new Headers(request.headers);
    forwarded.set("x-phaseline-path", `${pathname}${search}`);
    return NextResponse.next({ request: { headers: forwarded } });
  }
  if (decision === "unauthorized") {
    return NextResponse.json(
      { error: { code: "UNAUTHENTICATED", message: "Sign in first, or use an API token under /api/v1." } },
      { status: 401, headers: { "Cache-Control": "no-store" } },
    );
  }
  const signIn = new URL("/sign-in", request.url);
  signIn.search = "";
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Next's own assets never need a session; everything else passes through decideAccess.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
