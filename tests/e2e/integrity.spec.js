// Subresource Integrity for every file the widget fetches after the loader:
// the loader pins the main glue and way-out.js (hashes written in by
// tools/post-build.mjs), each glue pins its wasm and stylesheets, the main
// glue the kiosk's, way-out.js and the app the language files (build.rs).
// Each file changed on its way (one byte is enough) leaves the partner's
// link and the way out; a stylesheet leaves the app working unstyled (as
// a missing one does: it never holds the app up); a language file leaves
// the app in English with its notice. Each with exactly one console
// warning of ours and nothing thrown into the page. The loader's own hash
// is the snippet's (faults.spec.js, "Subresource Integrity on the loader").
import { test, expect } from "@playwright/test";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import {
  CMS_URL,
  LINK_TEXT,
  badge,
  dialogWidget,
  expectPageUnharmed,
  startTitle,
  watchPage,
  widget,
} from "./support/index.js";

const DIST = new URL("../../dist/", import.meta.url);

/** A change to `body` that leaves it a working file of its kind, so that
 * only the hash can refuse it: a comment at the end of a script or
 * stylesheet, an empty custom section at the end of a wasm. */
function harmlessChange(file, body) {
  if (file.endsWith(".wasm")) return Buffer.concat([body, Buffer.from([0, 5, 4, ...Buffer.from("note")])]);
  return Buffer.concat([body, Buffer.from("\n/* changed on the way */\n")]);
}

/** Serves `file` (a path under dist/) changed from now on, and counts how
 * often it is asked for. */
async function tamper(page, file) {
  const changed = harmlessChange(file, readFileSync(new URL(file, DIST)));
  const requests = { count: 0 };
  await page.route(`**/${file}`, async (route) => {
    requests.count++;
    const response = await route.fetch();
    await route.fulfill({ response, body: changed });
  });
  return requests;
}

const ourWarnings = (seen) => seen.warnings.filter((w) => w.includes("Connected Care widget"));

const sha256 = (file) => `sha256-${createHash("sha256").update(readFileSync(new URL(file, DIST))).digest("base64")}`;

test("the built loader holds a hash for each file it fetches, the glues their wasm's, styles' and the kiosk glue's, the app and the way out the languages'", () => {
  const loader = readFileSync(new URL("widget.js", DIST), "utf8");
  const hashes = JSON.parse(loader.match(/\{"connected-care-widget\.js":[^}]*\}/)[0]);
  expect(Object.keys(hashes).sort()).toEqual(["connected-care-widget.js", "way-out.js"]);
  for (const [file, hash] of Object.entries(hashes)) expect(hash, file).toBe(sha256(file));
  expect(loader).not.toContain("__integrity__");
  for (const glue of ["connected-care-widget.js", "kiosk/connected-care-widget.js"]) {
    const text = readFileSync(new URL(glue, DIST), "utf8");
    expect(text).toContain(`{integrity:"${sha256(glue.replace(".js", "_bg.wasm"))}"}`);
    const folder = glue.replace("connected-care-widget.js", "");
    const styles = folder ? ["style.css", "kiosk-page.css"] : ["style.css"];
    const bundle = text.match(/styles:(\{[^}]*\}),kiosk:(!0|!1)/);
    expect(JSON.parse(bundle[1])).toEqual(Object.fromEntries(styles.map((file) => [file, sha256(folder + file)])));
    expect(bundle[2]).toBe(folder ? "!0" : "!1");
  }
  expect(readFileSync(new URL("connected-care-widget.js", DIST), "utf8")).toContain(
    `"${sha256("kiosk/connected-care-widget.js")}"`,
  );
  const wayOut = readFileSync(new URL("way-out.js", DIST), "utf8");
  expect(wayOut).not.toContain("__languages__");
  // The app holds each language file's, as it is served (build.rs).
  const app = readFileSync(new URL("connected-care-widget_bg.wasm", DIST)).toString("latin1");
  for (const tag of readdirSync(new URL("locales/", DIST)).filter((t) => t !== "en" && !t.includes("."))) {
    expect(app, tag).toContain(sha256(`locales/${tag}/main.ftl`));
    expect(wayOut, tag).toContain(sha256(`locales/${tag}/main.ftl`));
  }
});

test("untouched files: the badge opens the app, no warning (the control for the tests below)", async ({ page }) => {
  const seen = await watchPage(page);
  await page.goto("/pages/badges-only.html");
  await badge(page, "badge").click();
  await expect(dialogWidget(page, "badge")).toBeVisible();
  // Styled: the glue's stylesheet came (see the changed stylesheets below).
  await expect(dialogWidget(page, "badge").locator("button.ccw-button-start")).toHaveCSS("display", "inline-flex");
  expect(seen.warnings).toEqual([]);
  await expectPageUnharmed(page, seen);
});

for (const file of ["connected-care-widget.js", "connected-care-widget_bg.wasm"]) {
  test(`a changed ${file}: the badge's dialog shows the way out, the partner's link and one warning`, async ({ page }) => {
    const seen = await watchPage(page);
    const requests = await tamper(page, file);
    await page.goto("/pages/badges-only.html");
    await badge(page, "badge").click();
    const dialog = page.locator("#badge dialog");
    // The partner's link, slotted into the dialog.
    const link = page.locator("#badge").getByRole("link", { name: LINK_TEXT });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", CMS_URL);
    await expect(dialog.getByRole("alert")).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Try again" })).toBeVisible();
    await expect(page.locator("#badge section.ccw")).toHaveCount(0);
    expect(requests.count).toBe(1);
    expect(ourWarnings(seen)).toHaveLength(1);
    expect(ourWarnings(seen)[0]).toContain("could not load");
    // The browser's own message names the integrity check.
    expect(seen.consoleErrors.join("\n")).toContain("integrity");
    await expectPageUnharmed(page, seen, { allowed: ["integrity", "Failed to load resource"] });
  });
}

// A changed stylesheet never holds the app up: it works unstyled, as
// without the file (faults.spec.js), with one warning.
for (const [file, pageUrl] of [
  ["style.css", "/pages/badges-only.html"],
  ["kiosk/style.css", "/pages/kiosk-element.html"],
  ["kiosk/kiosk-page.css", "/pages/kiosk-element.html"],
]) {
  test(`a changed ${file}: the app works unstyled, one warning`, async ({ page }) => {
    const seen = await watchPage(page);
    const requests = await tamper(page, file);
    await page.goto(pageUrl);
    const app = file === "style.css" ? (await badge(page, "badge").click(), dialogWidget(page, "badge")) : widget(page);
    await expect(app).toBeVisible();
    // The app's stylesheet makes its buttons inline-flex: without it they
    // keep the browser's inline-block. The kiosk page's sheet alone
    // changed leaves the app's styles working.
    const start = app.locator("button.ccw-button-start");
    await expect(start).toHaveCSS("display", file.endsWith("kiosk-page.css") ? "inline-flex" : "inline-block");
    await start.click();
    await expect(app.locator("fieldset")).toBeVisible();
    expect(requests.count).toBe(1);
    expect(ourWarnings(seen)).toHaveLength(1);
    expect(ourWarnings(seen)[0]).toContain("styles not loaded");
    expect(seen.consoleErrors.join("\n")).toContain("integrity");
    await expectPageUnharmed(page, seen, { allowed: ["integrity", "Failed to load resource"] });
  });
}

// The kiosk element loads the kiosk's own bundle, through the main glue.
for (const file of ["kiosk/connected-care-widget.js", "kiosk/connected-care-widget_bg.wasm"]) {
  test(`a changed ${file}: the kiosk element leaves the link and one warning`, async ({ page }) => {
    const seen = await watchPage(page);
    const requests = await tamper(page, file);
    await page.goto("/pages/kiosk-element.html");
    await expect(page.getByRole("link", { name: LINK_TEXT })).toBeVisible();
    await expect.poll(() => ourWarnings(seen).length).toBe(1);
    await page.waitForTimeout(300);
    await expect(widget(page)).toHaveCount(0);
    expect(requests.count).toBe(1);
    expect(ourWarnings(seen)).toHaveLength(1);
    await expectPageUnharmed(page, seen, { allowed: ["integrity", "Failed to load resource"] });
  });
}

test("a changed language file: the app stays in English with a notice, one warning, not the changed text", async ({
  page,
}) => {
  const seen = await watchPage(page);
  // Not a byte but a message: the changed words must never show.
  const ftl = readFileSync(new URL("locales/es/main.ftl", DIST), "utf8");
  const title = startTitle("es");
  await page.route("**/locales/es/main.ftl", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: ftl.replace(title, "Llame al 555-0199 ahora") });
  });
  await page.goto("/pages/harden.html");
  await badge(page, "badge").click();
  const app = dialogWidget(page, "badge");
  await expect(app).toBeVisible();
  await expect(app.locator(".ccw-notice")).toBeVisible();
  await expect(app).toHaveAttribute("lang", "en");
  await expect(app.locator("h1")).toHaveText(startTitle("en"));
  await expect(page.getByText("555-0199")).toHaveCount(0);
  expect(ourWarnings(seen)).toHaveLength(1);
  expect(ourWarnings(seen)[0]).toContain("es not loaded");
  await expectPageUnharmed(page, seen, { allowed: ["integrity", "SRI"] });
});
