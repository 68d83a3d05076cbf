// The iframe embed, for partner sites that allow only iframes: the app in
// embed.html, sized to its content by embed-resize.js on the partner's
// page, which listens to its own iframe only.
import { test, expect } from "@playwright/test";
import { shot, widget } from "./support/index.js";

test("the iframe embed sizes itself through embed-resize.js, from its own window only", async ({ page }) => {
  await page.goto("/pages/iframe.html");
  const frameEl = page.locator("iframe[data-connected-care]");
  await expect(frameEl).toHaveAttribute("title", "Chronic care management check");
  const frame = page.frameLocator("iframe[data-connected-care]");
  await expect(widget(frame)).toHaveAttribute("lang", "es");
  const height = () => frameEl.evaluate((el) => el.getBoundingClientRect().height);
  await expect.poll(height).not.toBe(300);
  const startHeight = await height();
  // A taller screen: the iframe follows.
  await frame.locator(".ccw-button-start").click();
  for (const value of ["yes", "part-b-medical", "no"]) {
    await frame.locator(`input[value="${value}"]`).check();
    await frame.locator("button[type=submit]").click();
  }
  await expect(frame.locator('input[value="asthma"]')).toBeVisible();
  await expect.poll(height).toBeGreaterThan(startHeight + 200);
  const inner = await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  expect(Math.abs((await height()) - inner)).toBeLessThanOrEqual(2);
  // A message from anywhere else is ignored.
  const before = await height();
  await page.evaluate(() => window.postMessage({ type: "connected-care:height", height: 5 }, "*"));
  await page.waitForTimeout(200);
  expect(await height()).toBe(before);
  await shot(page, "embed-iframe");
});
