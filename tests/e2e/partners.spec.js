// The partners page (partners.html): it builds the snippet from a
// partner's choices, previews it with the real widget, copies it, and the
// snippet works pasted into another page.
import { test, expect } from "@playwright/test";
import { startTitle, expectAxeClean, shot, widget } from "./support/index.js";

test("the partners page builds the snippet, previews it, and copies it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/partners.html");
  const snippet = page.locator("#snippet");
  await expect(snippet).toHaveValue(/<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/widget\.js"><\/script>/);
  await page.getByLabel("Language").selectOption("ko");
  await page.getByLabel("The check itself, in the page").check();
  await page.getByLabel(/contact line/).fill('Clinic "A" <b>');
  await expect(snippet).toHaveValue(/<connected-care-widget lang="ko" mode="inline" contact="Clinic &quot;A&quot; &lt;b&gt;">/);
  await expect(widget(page.locator("#preview connected-care-widget"))).toHaveAttribute("lang", "ko");
  await page.getByRole("button", { name: "Copy the code" }).click();
  await expect(page.locator("#copied")).toContainText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
  await page.getByLabel("Sites that allow only iframes").check();
  await expect(snippet).toHaveValue(/<iframe data-connected-care src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?lang=ko&amp;contact=/);
  await expectAxeClean(page, "the partners page");
  await shot(page, "partners-page");
});

test("a partner pastes the README snippet into a plain page and it works", async ({ page }) => {
  // The snippet exactly as the partners page gives it, on a new page.
  await page.goto("/partners.html");
  await page.getByLabel("Language").selectOption("es");
  await expect(page.locator("#snippet")).toHaveValue(/lang="es"/);
  const code = await page.locator("#snippet").inputValue();
  await page.setContent(`<!doctype html><html lang="en"><body><h1>Our church</h1>${code}</body></html>`);
  const b = page.locator("connected-care-widget .ccw-badge");
  await expect(b).toHaveText(startTitle("es"));
  await b.click();
  await expect(widget(page.locator("connected-care-widget dialog"))).toHaveAttribute("lang", "es");
});
