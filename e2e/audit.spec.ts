// Issue 13: a manager reads the audit trail — filters in the URL, an event's detail with its
// hashes, a full verification and a signed checkpoint on demand, the export — and the page has
// no serious accessibility findings. The manager works it by the keyboard alone (issue 18).
import AxeBuilder from "@axe-core/playwright";
import { Hands, expect, test } from "./fixtures";

test("a manager filters the trail, opens an event, verifies the chain and exports, by keyboard", async ({ asManager: page }) => {
  test.setTimeout(240_000);
  const keys = new Hands(page, "keyboard");
  await page.goto("/audit");
  await expect(page.getByRole("heading", { name: "Audit", level: 1 })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Hash chain verified" })).toBeVisible();

  await keys.select(page.getByLabel("Event type"), "deployment.status_changed", "Event type");
  await keys.press(page.getByRole("button", { name: "Apply filters" }), "Apply filters");
  await page.waitForURL(/type=deployment\.status_changed/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("deployment.status_changed");
  await expect(page.getByRole("table")).not.toContainText("auth.signed_in");

  // a hand-edited URL: the bad value is dropped and named, never an error page
  await page.goto("/audit?type=deployment.status_changed&from=not-a-date&before=xyz");
  await expect(page.getByRole("alert").filter({ hasText: "Ignored filters that are not valid: from" })).toBeVisible();

  await keys.press(page.getByRole("link", { name: /^Event \d+: details and hashes/ }).first(), "an event's details");
  await expect(page.getByRole("heading", { name: /^Event #\d+$/ })).toBeVisible();
  await expect(page.getByText("Before and after")).toBeVisible();
  await expect(page.getByText("✓ Its content gives its hash.")).toBeVisible();

  await page.goto("/audit");
  await keys.press(page.getByRole("button", { name: "Verify the whole chain" }), "Verify the whole chain");
  await expect(page.getByText(/Whole chain intact: \d+ events verified/)).toBeVisible({ timeout: 30_000 });
  await keys.press(page.getByRole("button", { name: "Sign a checkpoint" }), "Sign a checkpoint");
  await expect(page.getByText(/Checkpoint #\d+ signed/)).toBeVisible({ timeout: 30_000 });

  const csv = await page.request.get("/api/audit/export?format=csv&type=audit.verified");
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).trimEnd().split("\n");
  expect(lines[0]).toBe("seq,createdAt,type,actorId,actorLabel,deploymentId,targetType,targetId,payload,prevHash,hash");
  expect(lines[1]).toContain('"audit.verified"');
  expect(lines.at(-2)).toMatch(/^# head,\d+,[0-9a-f]{64}$/);
  expect(lines.at(-1)).toMatch(/^# signed checkpoint,".*signature/);

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test("a deployment's page links to its audit trail", async ({ asManager: page }) => {
  await page.goto("/deployments");
  await page
    .getByRole("link", { name: /rename-fixed-cost-staging/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Audit trail" }).click();
  await page.waitForURL(/\/audit\?deployment=/);
  await expect(page.getByLabel("Deployment")).toHaveValue(/.+/);
  await expect(page.getByRole("table")).toContainText("rename-fixed-cost-staging");
});

test("a lead may not read the audit trail or export it", async ({ asLead: page }) => {
  await page.goto("/audit");
  await expect(page.getByText(/The audit trail/)).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  const res = await page.request.get("/api/audit/export?format=jsonl");
  expect(res.status()).toBe(403);
});
