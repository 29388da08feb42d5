// Bad requests over real HTTP (issue 17 item 5): a callbackUrl that is no URL, a server action's
// body of 10 MB or not JSON — each a clear answer, never a 500 or a bare error digest — and a real
// action still goes through the proxy's check with its body intact.
import { expect, signIn, test } from "./fixtures";

const EVIL = "http://localhost:3000.evil/";
const FAKE_ACTION = "7f".repeat(21);

test("a callbackUrl that is no URL is never a 500, on the sign-in page or next-auth's endpoints", async ({ request }) => {
  expect((await request.get(`/sign-in?callbackUrl=${encodeURIComponent(EVIL)}`)).status()).toBe(200);
  const signin = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(EVIL)}`, { maxRedirects: 0 });
  expect(signin.status()).toBeLessThan(500);
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const callback = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "nobody@example.test", password: "wrong", callbackUrl: EVIL, json: "true" },
    maxRedirects: 0,
  });
  expect(callback.status()).toBeLessThan(500);
  const location = callback.headers()["location"] ?? ((await callback.json()) as { url?: string }).url ?? "";
  expect(new URL(location, "http://localhost").hostname).not.toContain("evil");
  const notJson = await request.post("/api/auth/callback/credentials", { headers: { "Content-Type": "application/json" }, data: Buffer.from("{not json") });
  expect(notJson.status()).toBe(400);
});

test("a server action's body of 10 MB gets 413 and a sentence, one that is not JSON 400 and a sentence", async ({ page }) => {
  await signIn(page, "lead");
  const post = (data: string) => page.request.post("/runbooks", { headers: { "Next-Action": FAKE_ACTION, "Content-Type": "text/plain;charset=UTF-8" }, data });
  const huge = await post(JSON.stringify([{ note: "x".repeat(10 * 1024 * 1024) }]));
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toMatch(/^The request is larger than 5 MB, so nothing was saved\./);
  const garbage = await post("{this is not json");
  expect(garbage.status()).toBe(400);
  expect(await garbage.text()).toMatch(/^The request could not be read, so nothing was saved\./);
});

test("a real action passes the proxy's check with its body intact", async ({ page }) => {
  await signIn(page, "lead");
  await page.goto("/runbooks");
  await page.getByRole("link", { name: "New runbook" }).click();
  const title = `Body intact ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: /^Low/ }).check();
  await page.getByRole("button", { name: "Create and open the editor" }).click();
  await expect(page.getByRole("heading", { name: `Editing “${title}”` })).toBeVisible();
});
