// Publishing a version with a "danger" SQL lint finding (issue 10 item 6): refused until the lead
// says why each is acceptable; the reason is then shown beside the finding on the version page.
import { expect, signIn, test } from "./fixtures";

const SHOTS = process.env.SHOTS_DIR ?? "test-results/screens";

// a long journey (several sign-ins, each an argon2 hash) on a shared 2-core machine
test.describe.configure({ timeout: 240_000 });

test("a lead publishes a DROP TABLE only after acknowledging it with a reason, which the version page shows", async ({ page }) => {
  await signIn(page, "lead", "/runbooks/import");
  const title = `Drop the old table ${Date.now()}`;
  const markdown = `# ${title}\n\n## Phase 1: Clean up (5 minutes)\n\n- [ ] Backup taken\n\n\`\`\`sql\nDROP TABLE old_products;\n\`\`\`\n`;
  await page.getByLabel("Markdown").fill(markdown);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await page.getByRole("button", { name: "Save as draft" }).click();
  await page.waitForURL(/\/runbooks\/[0-9a-f-]+\/draft$/);
  await page.getByRole("link", { name: "Review and publish →" }).click();

  const publish = page.getByRole("region", { name: "Publish" });
  await expect(publish.getByRole("group", { name: "Acknowledge the danger finding" })).toBeVisible();
  const reason = publish.getByRole("textbox", { name: /ban-drop-table at line 1/ });

  // no reason: refused, naming the finding
  await publish.getByRole("button", { name: "Publish as version 1…" }).click();
  await publish.getByRole("button", { name: "Yes, publish version 1" }).click();
  await expect(publish.getByRole("alert")).toContainText("One danger finding of the SQL risk lint is not acknowledged");
  await expect(publish.getByRole("alert")).toContainText("ban-drop-table at line 1");

  const why = "Unused since v7; its rows were copied to products in phase 1.";
  await reason.fill(why);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SHOTS}/publish-ack-review-1440.png`, fullPage: true });
  await publish.getByRole("button", { name: "Publish as version 1…" }).click();
  await publish.getByRole("button", { name: "Yes, publish version 1" }).click();
  await page.waitForURL(/\/versions\/1$/);

  const lint = page.getByRole("region", { name: /^Risk lint of Phase 1, step/ });
  await expect(lint).toContainText("Acknowledged at publish");
  await expect(lint).toContainText(why);
  await lint.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/publish-ack-version-1440.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await lint.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/publish-ack-version-390.png` });
});
