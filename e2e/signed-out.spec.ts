// Everything is behind sign-in except the sign-in page and the health endpoint.
import { expect, test } from "./fixtures";

const PAGES = [
  "/",
  "/runbooks",
  "/runbooks/0192f1a0-0000-7000-8000-000000000000",
  "/runbooks/0192f1a0-0000-7000-8000-000000000000/versions/1",
  "/deployments",
  "/deployments/0192f1a0-0000-7000-8000-000000000000",
  "/audit",
  "/admin",
  "/admin/users",
  "/admin/environments",
  "/no-such-page",
];

for (const path of PAGES) {
  test(`signed out, ${path} redirects to sign-in and back`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([302, 303, 307, 308]).toContain(response.status());
    const location = new URL(response.headers()["location"] ?? "", "http://localhost");
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("callbackUrl")).toBe(path);
  });
}

test("signed out, the app's API answers 401 in JSON, the health endpoint answers", async ({ request }) => {
  const api = await request.get("/api/deployments", { maxRedirects: 0 });
  expect(api.status()).toBe(401);
  expect(await api.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  expect((await request.get("/api/health")).status()).toBe(200);
});
