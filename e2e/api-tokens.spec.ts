// Issue 14 end to end: a lead makes a token at Settings → Tokens and a pipeline uses it against
// /api/v1; revoked, it is refused. An admin registers a webhook and a test delivery reaches a
// real receiver, signed. Screenshots at 1440 and 390 px go to /tmp/shots-api/.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { Hands, test, expect, signIn } from "./fixtures";
import { verifyWebhook } from "../lib/domain/webhooks/signature";

const SHOTS = "/tmp/shots-api";
async function shoot(page: Page, name: string) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("a lead's token reads the API until it is revoked (made and revoked by keyboard)", async ({ asLead: page, request }) => {
  const keys = new Hands(page, "keyboard");
  await page.goto("/settings/tokens");
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
  await keys.fill(page.getByLabel("Name"), "ci pipeline", "Name");
  await keys.select(page.getByLabel("Scope"), "RUN", "Scope");
  await expect(page.getByLabel("Scope")).toHaveValue("RUN");
  await keys.press(page.getByRole("button", { name: "Create token" }), "Create token");
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^phl_/);
  await expect(page.getByRole("cell", { name: "ci pipeline", exact: true })).toBeVisible();
  await shoot(page, "settings-tokens");

  const auth = { Authorization: `Bearer ${token}` };
  const list = await request.get("/api/v1/deployments?status=SUCCEEDED,ROLLED_BACK", { headers: auth });
  expect(list.status()).toBe(200);
  const body = await list.json();
  expect(body.items.length).toBeGreaterThan(0);
  const status = await request.get(`/api/v1/deployments/${body.items[0].id}/status`, { headers: auth });
  expect(status.status()).toBe(200);
  expect(status.headers()["etag"]).toBeTruthy();
  expect((await request.get("/api/v1/openapi.json")).status()).toBe(200);
  expect((await request.get("/api/v1/deployments")).status()).toBe(401);

  page.once("dialog", (d) => void d.accept());
  await keys.press(page.getByRole("button", { name: "Revoke ci pipeline" }), "Revoke");
  await expect(page.getByRole("row", { name: /ci pipeline/ }).getByText("Revoked")).toBeVisible();
  const refused = await request.get("/api/v1/deployments", { headers: auth });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("UNAUTHENTICATED");
});

test.describe("webhooks", () => {
  let server: Server;
  const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  test.beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  });
  test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test("an admin registers an endpoint and a signed test reaches it", async ({ page }) => {
    await signIn(page, "admin", "/admin/webhooks");
    await page.goto("/admin/webhooks");
    const port = (server.address() as AddressInfo).port;
    await page.getByLabel("Name").fill("ops receiver");
    await page.getByLabel("URL").fill(`http://127.0.0.1:${port}/hook`);
    await expect(page.getByLabel("Allowed hosts")).toHaveValue(`127.0.0.1:${port}`);
    await page.getByRole("button", { name: "Register endpoint" }).click();
    const secret = (await page.getByTestId("webhook-secret").textContent())?.trim() ?? "";
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole("button", { name: "Send a test to ops receiver" }).click();
    await expect.poll(() => received.length, { timeout: 20_000 }).toBeGreaterThan(0);
    const delivery = received[0]!;
    expect(
      verifyWebhook(
        secret,
        { id: String(delivery.headers["webhook-id"]), timestamp: String(delivery.headers["webhook-timestamp"]), signature: String(delivery.headers["webhook-signature"]) },
        delivery.body,
      ),
    ).toBe(true);
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("cell", { name: "Delivered", exact: true })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await shoot(page, "admin-webhooks");

    // and a token for a service user, from the user's admin page
    await page.goto("/admin/users");
    await page.getByRole("link", { name: "Lee Adebayo" }).click();
    // wait for hydration: a value typed before it is reset by React
    await page.waitForLoadState("networkidle");
    const tokenName = page.locator("#user-token-name");
    await tokenName.fill("deploy bot");
    await expect(tokenName).toHaveValue("deploy bot");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByTestId("new-token")).toContainText("phl_");
    await shoot(page, "admin-user-tokens");
  });
});
