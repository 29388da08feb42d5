import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/read-result";
import { ACTION_TOO_LARGE_MESSAGE, SERVER_ACTION_BODY_LIMIT_BYTES } from "./request-limits";

describe("request limits", () => {
  it("next.config.ts's serverActions.bodySizeLimit is the proxy's limit", () => {
    const config = readFileSync(new URL("../next.config.ts", import.meta.url), "utf8");
    const mb = Number(/bodySizeLimit:\s*"(\d+)mb"/.exec(config)?.[1]);
    expect(mb * 1024 * 1024).toBe(SERVER_ACTION_BODY_LIMIT_BYTES);
  });

  it("a form shows the proxy's refusal as it is, not as a network failure", async () => {
    const read = await runAction(() => Promise.reject(new Error(ACTION_TOO_LARGE_MESSAGE)));
    expect(read).toMatchObject({ isOk: false, formError: ACTION_TOO_LARGE_MESSAGE, code: "REQUEST_REFUSED" });
  });
});
