// Uninstalling the plugin, as the Plugins screen does (deactivate, then
// delete): nothing of it is left. Runs last: it removes the plugin.
import { test, expect } from "@playwright/test";
import { wpTask } from "./support.js";

test("uninstalling the plugin leaves nothing behind", async ({ page }) => {
  wpTask("uninstall");
  expect(wpTask("options")).toEqual({ options: [], usermeta: [], postmeta: [], active: false, files: false });
  // The site still works, and no page asks for the widget's script.
  const response = await page.goto("/");
  expect(response.status()).toBe(200);
  await expect(page.locator('script[src*="connected-care"]')).toHaveCount(0);
});
