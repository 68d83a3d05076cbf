// The landing page (index.html, the first page `.ci/serve` shows): the
// badge as a partner's page shows it, the inline widget, and links to the
// kiosk, the iframe embed and the partners page, each working.
import { test, expect } from "@playwright/test";
import { START_TITLE, demoWidget, expectAppReplacesPlaceholder, expectAxeClean, shot, widget } from "./support/index.js";

test("the badge and the inline widget show, and each link opens a working page", async ({ page }) => {
  await page.goto("/");
  const inline = demoWidget(page);
  await expect(inline.locator(".ccw-button-start")).toBeVisible();
  // The widget took the place of the link it replaces.
  await expect(page.locator("#connected-care > p > a")).toHaveCount(0);
  const b = page.locator("connected-care-widget .ccw-badge");
  await expect(b).toHaveText(START_TITLE);
  await expectAxeClean(page, "the landing page");
  await shot(page, "landing");
  // The badge opens the app in its dialog, beside the inline one.
  await b.click();
  const dialogApp = widget(page.locator("connected-care-widget dialog"));
  await expect(page.locator("connected-care-widget dialog")).toHaveAttribute("open", "");
  await expect(dialogApp.locator(".ccw-button-start")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(widget(page)).toHaveCount(2);

  const nav = page.getByRole("navigation", { name: "Other pages" });
  const links = [
    ["Kiosk (waiting-room tablet)", "/kiosk.html", async () => {
      const kiosk = widget(page);
      await expect(kiosk).toHaveAttribute("data-mode", "kiosk");
      await kiosk.getByRole("button", { name: "Touch to start" }).click();
      await expect(kiosk.locator("fieldset")).toBeVisible();
    }],
    ["Iframe embed", "/iframe.html", async () => {
      const framed = widget(page.frameLocator("iframe[data-connected-care]"));
      await framed.locator(".ccw-button-start").click();
      await expect(framed.locator("fieldset")).toBeVisible();
    }],
    ["For partners: make a snippet", "/partners.html", async () => {
      const preview = page.locator("#preview connected-care-widget");
      await expect(preview.locator(".ccw-badge")).toBeVisible();
      await preview.locator(".ccw-badge").click();
      await expect(widget(preview.locator("dialog")).locator(".ccw-button-start")).toBeVisible();
    }],
    ["Translation review", "/review.html", async () => {
      await page.getByLabel("Language to review").selectOption("es");
      await page.getByRole("button", { name: "Show" }).click();
      await expect(widget(page.locator("#widget"))).toHaveAttribute("lang", "es");
    }],
  ];
  expect(await nav.getByRole("link").count()).toBe(links.length);
  for (const [name, path, works] of links) {
    await nav.getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path.replace(".", "\\.")}$`));
    await works();
    await page.goBack();
    await expect(demoWidget(page)).toBeVisible();
  }
});

// The page shows the link until the app is ready; the app takes its place
// without moving the page.
test("the app replaces the placeholder without a layout shift", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await expectAppReplacesPlaceholder(page, "/", demoWidget(page));
});
