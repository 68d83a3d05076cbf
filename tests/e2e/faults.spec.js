// When something fails, the partner's page keeps a working link or a
// working widget, and nothing is thrown into it: no JavaScript, each file
// the widget loads failing in turn, a language that cannot be fetched, a
// policy that refuses WebAssembly, a Rust panic, a wrong Subresource
// Integrity hash.
import { test, expect } from "@playwright/test";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  CMS_URL,
  LINK_TEXT,
  badge,
  dialogWidget,
  expectPageUnharmed,
  watchPage,
  widget,
  chooseLanguage,
} from "./support/index.js";

const PAGE = "/pages/harden.html";
const DIST = new URL("../../dist/", import.meta.url);

test("without JavaScript the partner's link shows", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/pages/plain.html");
  // Each element's own link, in the words the partner wrote.
  const links = page.locator("connected-care-widget").getByRole("link");
  await expect(links).toHaveCount(3);
  for (const link of await links.all()) {
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", CMS_URL);
  }
  await expect(page.getByRole("link", { name: LINK_TEXT })).toBeVisible();
  await context.close();
});

// Each file the widget loads, failing in turn. The glue or the wasm: the
// way out. style.css (missing, or failing its hash as the 404's body does)
// never holds the app up: the app runs, unstyled.
for (const [file, expectWidget] of [
  ["connected-care-widget.js", false],
  ["connected-care-widget_bg.wasm", false],
  ["style.css", true],
]) {
  test(`${file} failing: the partner's link works or the app runs, nothing thrown`, async ({ page }) => {
    const seen = await watchPage(page);
    // At any address: after a failure the loader asks anew by another.
    await page.route(`**/${file}*`, (route) => route.fulfill({ status: 404, body: "not found" }));
    await page.goto(`${PAGE}?policy=strict`);
    await badge(page, "badge").click();
    if (expectWidget) {
      await expect(widget(page.locator("#inline"))).toBeVisible();
      const dialogApp = dialogWidget(page, "badge");
      await expect(dialogApp).toBeVisible();
      await dialogApp.locator("button.ccw-button-start").click();
      await expect(dialogApp.locator("fieldset")).toBeVisible();
    } else {
      // The way out: the partner's link, and in the dialog a message in
      // the badge's language (Spanish) and "Try again".
      for (const id of ["inline", "badge"]) {
        const link = page.locator(`#${id}`).getByRole("link", { name: LINK_TEXT });
        await expect(link).toBeVisible();
        await expect(link).toHaveAttribute("href", CMS_URL);
      }
      const dialog = page.locator("#badge dialog");
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole("alert")).toHaveText(/^Lo sentimos, esta herramienta dejó de funcionar/);
      await expect(dialog.getByRole("button", { name: "Intentar de nuevo" })).toBeVisible();
      await expect(page.locator("#inline").getByRole("button", { name: "Try again" })).toBeVisible();
      expect(seen.warnings.join("\n")).toContain("could not load");
    }
    // The 404's body fails the file's hash too: the browser says so.
    await expectPageUnharmed(page, seen, { allowed: ["Failed to load resource", "404", "integrity"] });
  });
}

// A language that fails to download, answered 404 (the badge's Spanish)
// or not at all (Korean, picked in the menu).
test("a language that fails to load leaves the widget working in English, with a notice and a warning", async ({
  page,
}) => {
  const seen = await watchPage(page);
  await page.route("**/locales/es/main.ftl", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.route("**/locales/ko/main.ftl", (route) => route.abort());
  await page.goto(`${PAGE}?policy=strict`);
  await badge(page, "badge").click();
  const dialogApp = dialogWidget(page, "badge");
  await expect(dialogApp).toBeVisible();
  await expect(dialogApp).toHaveAttribute("lang", "en");
  await expect(dialogApp.locator(".ccw-notice")).toBeVisible();
  await dialogApp.locator("button.ccw-button-start").click();
  await expect(dialogApp.locator("fieldset")).toBeVisible();
  await page.keyboard.press("Escape");
  const w = widget(page.locator("#inline"));
  await chooseLanguage(w, "ko");
  await expect(w.locator(".ccw-notice")).toContainText("could not load");
  await expect(w).toHaveAttribute("lang", "en");
  await expect(w.locator("select")).toHaveValue("en");
  expect(seen.warnings.join("\n")).toContain("ko not loaded");
  await w.locator(".ccw-button-start").click();
  await expect(w.locator("h1")).toHaveText("Do you have Medicare?");
  await expectPageUnharmed(page, seen, { allowed: ["Failed to load resource", "404", "ERR_FAILED", "integrity"] });
});

test("a policy that refuses WebAssembly leaves the link working", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/pages/badges-only.html?policy=no-wasm");
  await badge(page, "badge").click();
  const link = page.locator("#badge").getByRole("link", { name: LINK_TEXT });
  await expect(link).toBeVisible();
  expect(errors).toEqual([]);
});

test("a Rust panic replaces the widget with a message and the plain link; later mounts show the way out with the partner's link", async ({
  page,
}) => {
  const seen = await watchPage(page);
  await page.goto(PAGE);
  const w = widget(page.locator("#inline"));
  await chooseLanguage(w, "es");
  await expect(w).toHaveAttribute("lang", "es");
  // Break the DOM under the app (as a broken polyfill on a partner's page
  // might): Yew panics when it cannot create the question's <fieldset>.
  await page.evaluate(() => {
    const create = Document.prototype.createElement;
    Document.prototype.createElement = function (tag, ...rest) {
      if (String(tag).toLowerCase() === "fieldset") throw new Error("test: no fieldsets today");
      return create.call(this, tag, ...rest);
    };
  });
  await w.locator(".ccw-button-start").click();
  const broken = page.locator("#inline .ccw-broken");
  await expect(broken).toContainText("Lo sentimos, esta herramienta dejó de funcionar.");
  await expect(broken).toHaveAttribute("lang", "es");
  await expect(broken.getByRole("link", { name: "go.cms.gov/ccm" })).toHaveAttribute("href", CMS_URL);
  await expect(widget(page.locator("#inline"))).toHaveCount(0);
  expect(seen.consoleErrors.join("\n")).toContain("no fieldsets today");
  // The stopped app takes no more mounts: the badge's dialog shows the way
  // out, with the partner's link.
  await badge(page, "badge").click();
  await expect(page.locator("#badge").getByRole("link", { name: LINK_TEXT })).toBeVisible();
  await expect(page.locator("#badge dialog").getByRole("button", { name: "Intentar de nuevo" })).toBeVisible();
  await expect(page.locator("#badge dialog section.ccw")).toHaveCount(0);
  // Removing and adding back the broken widget throws nothing either.
  await page.evaluate(() => {
    const el = document.getElementById("inline");
    el.remove();
    document.getElementById("slot-a").append(el);
  });
  await expect(page.locator("#inline .ccw-broken, #inline a")).not.toHaveCount(0);
  // With panic = "abort" the WebAssembly then traps; the glue logs that
  // RuntimeError instead of letting it reach the page's handlers. The page
  // sees nothing thrown; the console has the panic and the trap.
  expect(seen.consoleErrors.join("\n")).toContain("RuntimeError: unreachable");
  await expectPageUnharmed(page, seen, { allowed: ["no fieldsets today", "panicked", "RuntimeError: unreachable"] });
});

test("Subresource Integrity on the loader: the right hash runs, a wrong one leaves the link", async ({ page }) => {
  const loader = readFileSync(new URL("widget.js", DIST));
  const right = `sha384-${createHash("sha384").update(loader).digest("base64")}`;
  const wrong = `sha384-${createHash("sha384").update("something else").digest("base64")}`;
  const pageWith = (integrity) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title>
<script type="module" src="../widget.js" integrity="${integrity}" crossorigin="anonymous"></script></head>
<body><connected-care-widget id="badge"><a href="${CMS_URL}">${LINK_TEXT}</a></connected-care-widget></body></html>`;
  for (const [integrity, works] of [
    [right, true],
    [wrong, false],
  ]) {
    const seen = await watchPage(page);
    await page.route("**/pages/sri.html*", (route) =>
      route.fulfill({ contentType: "text/html", body: pageWith(integrity) }),
    );
    await page.goto("/pages/sri.html");
    if (works) {
      await badge(page, "badge").click();
      await expect(dialogWidget(page, "badge")).toBeVisible();
      expect(seen.consoleErrors).toEqual([]);
    } else {
      await page.waitForTimeout(500);
      await expect(badge(page, "badge")).toHaveCount(0);
      await expect(page.getByRole("link", { name: LINK_TEXT })).toBeVisible();
      expect(seen.consoleErrors.join("\n")).toContain("integrity");
      expect(seen.errors).toEqual([]);
    }
    await page.unrouteAll();
  }
});
