// How large a request may be, and what a refused one is told (issue 17 item 5; PRODUCT.md rule 9).
// Pure: the proxy checks a server action's request before Next reads it, the forms' result helper
// recognises the refusal, next.config.ts and lib/api/define-route.ts hold the same numbers.
//
// Without this gate Next answers an action body over its `serverActions.bodySizeLimit`, or one
// that is not the JSON React sends, with a 500 and a bare error digest.

/** A server action's body: a 2 MB Markdown import, JSON-encoded, fits (next.config.ts says "5mb"). */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 5 * 1024 * 1024;
/** An /api/v1 request's JSON body (lib/api/define-route.ts). */
export const API_BODY_LIMIT_BYTES = 64 * 1024;
/** A POST to next-auth's endpoints (a sign-in form, a sign-out): a few hundred bytes. */
export const AUTH_BODY_LIMIT_BYTES = 64 * 1024;

export const ACTION_TOO_LARGE_MESSAGE = `The request is larger than ${SERVER_ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB, so nothing was saved. Shorten the text and try again.`;
export const ACTION_MALFORMED_MESSAGE = "The request could not be read, so nothing was saved. Reload the page and try again.";

export type TRequestRefusal = { status: 400 | 411 | 413; code: "BAD_REQUEST" | "PAYLOAD_TOO_LARGE"; message: string };

/**
 * A server action's request (it carries a `Next-Action` header), judged before Next decodes it.
 * `readText` reads a copy of the body; it is called only for a declared size within the limit.
 */
export async function checkServerActionRequest(request: {
  method: string;
  contentLength: string | null;
  contentType: string | null;
  readText: () => Promise<string>;
}): Promise<TRequestRefusal | null> {
  if (request.method !== "POST") return null;
  const declared = request.contentLength === null ? null : Number(request.contentLength);
  if (declared !== null && (!Number.isFinite(declared) || declared < 0)) return { status: 400, code: "BAD_REQUEST", message: ACTION_MALFORMED_MESSAGE };
  if (declared !== null && declared > SERVER_ACTION_BODY_LIMIT_BYTES) return { status: 413, code: "PAYLOAD_TOO_LARGE", message: ACTION_TOO_LARGE_MESSAGE };
  const type = (request.contentType ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    // busboy reads it; without a boundary it cannot, and says so with a 500
    return /boundary=/.test(type) ? null : { status: 400, code: "BAD_REQUEST", message: ACTION_MALFORMED_MESSAGE };
  }
  if (type.startsWith("application/x-www-form-urlencoded")) return null;
  // a fetch action's plain body is the JSON text React's encodeReply wrote
  const text = await request.readText();
  if (new TextEncoder().encode(text).length > SERVER_ACTION_BODY_LIMIT_BYTES) return { status: 413, code: "PAYLOAD_TOO_LARGE", message: ACTION_TOO_LARGE_MESSAGE };
  if (text.length === 0) return null;
  try {
    JSON.parse(text);
    return null;
  } catch {
    return { status: 400, code: "BAD_REQUEST", message: ACTION_MALFORMED_MESSAGE };
  }
}

/** Messages the forms show as they are when an action's request was refused before it ran. */
export const REFUSED_REQUEST_MESSAGES: ReadonlySet<string> = new Set([ACTION_TOO_LARGE_MESSAGE, ACTION_MALFORMED_MESSAGE]);

/**
 * A POST to next-auth's endpoints, judged before next-auth reads it: next-auth answers a JSON body
 * that does not parse with a 500 (issue 17), and has no size limit of its own.
 */
export async function checkAuthRequest(request: {
  method: string;
  contentLength: string | null;
  contentType: string | null;
  readText: () => Promise<string>;
}): Promise<TRequestRefusal | null> {
  if (request.method !== "POST") return null;
  const tooLarge: TRequestRefusal = { status: 413, code: "PAYLOAD_TOO_LARGE", message: `The request is larger than ${AUTH_BODY_LIMIT_BYTES / 1024} KB.` };
  const malformed: TRequestRefusal = { status: 400, code: "BAD_REQUEST", message: "The request could not be read. Reload the sign-in page and try again." };
  const declared = request.contentLength === null ? null : Number(request.contentLength);
  if (declared !== null && !(declared >= 0)) return malformed;
  if (declared !== null && declared > AUTH_BODY_LIMIT_BYTES) return tooLarge;
  const text = await request.readText();
  if (new TextEncoder().encode(text).length > AUTH_BODY_LIMIT_BYTES) return tooLarge;
  if ((request.contentType ?? "").toLowerCase().includes("json") && text.trim()) {
    try {
      JSON.parse(text);
    } catch {
      return malformed;
    }
  }
  return null;
}
