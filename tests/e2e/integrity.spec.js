// Subresource Integrity for every file the widget fetches after the loader:
// the loader pins the glue and the stylesheets (hashes written in by
// tools/post-build.mjs), the glue pins its wasm, and the app pins the
// language files (build.rs). Each file changed on its way (one byte is
// enough) leaves the partner's link, or for a language file the app in
// English with its notice, with exactly one console warning of ours and
// nothing thrown into the page. The loader's own hash is the snippet's
// (faults.spec.js, "Subresource Integrity on the loader").
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

test("the built loader holds a hash for each file it fetches, the glue its wasm's, the app the languages'", () => {
  const loader = readFileSync(new URL("widget.js", DIST), "utf8");
  const hashes = JSON.parse(loader.match(/\{"connected-care-widget\.js":[^}]*\}/)[0]);
  expect(Object.keys(hashes).sort()).toEqual(
    ["connected-care-widget.js", "kiosk/connected-care-widget.js", "kiosk/kiosk-page.css", "style.css"],
  );
  for (const [file, hash] of Object.entries(hashes)) {
    const body = readFileSync(new URL(file, DIST));
    expect(hash, file).toBe(`sha256-${createHash("sha256").update(body).digest("base64")}`);
  }
  expect(loader).not.toContain("__integrity__");
  for (const glue of ["connected-care-widget.js", "kiosk/connected-care-widget.js"]) {
    const wasm = readFileSync(new URL(glue.replace(".js", "_bg.wasm"), DIST));
    const hash = `sha256-${createHash("sha256").update(wasm).digest("base64")}`;
    expect(readFileSync(new URL(glue, DIST), "utf8")).toContain(`{integrity:"${hash}"}`);
  }
  // The app holds each language file's, as it is served (build.rs).
  const app = readFileSync(new URL("connected-care-widget_bg.wasm", DIST)).toString("latin1");
  for (const tag of readdirSync(new URL("locales/", DIST)).filter((t) => t !== "en" && !t.includes("."))) {
    const ftl = readFileSync(new URL(`locales/${tag}/main.ftl`, DIST));
    expect(app, tag).toContain(`sha256-${createHash("sha256").update(ftl).digest("base64")}`);
  }
});

test("untouched files: the badge opens the app, no warning (the control for the tests below)", async ({ page }) => {
  const seen = await watchPage(page);
  await page.goto("/pages/badges-only.html");
  await badge(page, "badge").click();
  await expect(dialogWidget(page, "badge")).toBeVisible();
  expect(seen.warnings).toEqual([]);
  await expectPageUnharmed(page, seen);
});

for (const file of ["connected-care-widget.js", "connected-care-widget_bg.wasm", "style.css"]) {
  test(`a changed ${file}: the badge leaves the partner's link and one warning`, async ({ page }) => {
    const seen = await watchPage(page);
    const requests = await tamper(page, file);
    await page.goto("/pages/badges-only.html");
    await badge(page, "badge").click();
    const link = page.locator("#badge").getByRole("link", { name: LINK_TEXT });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", CMS_URL);
    await expect(page.locator("#badge dialog")).toHaveCount(0);
    await expect(page.locator("#badge section.ccw")).toHaveCount(0);
    expect(requests.count).toBe(1);
    expect(ourWarnings(seen)).toHaveLength(1);
    expect(ourWarnings(seen)[0]).toContain("could not load");
    // The browser's own message names the integrity check.
    expect(seen.consoleErrors.join("\n")).toContain("integrity");
    await expectPageUnharmed(page, seen, { allowed: ["integrity", "Failed to load resource"] });
  });
}

// The kiosk element loads the kiosk's own bundle and page styles.
for (const file of ["kiosk/connected-care-widget.js", "kiosk/connected-care-widget_bg.wasm", "kiosk/kiosk-page.css"]) {
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
