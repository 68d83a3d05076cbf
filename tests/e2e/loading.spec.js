// Never a blank box (issue 17): what a patient sees between the click and
// the app, on a slow network, and when a file hangs, fails or comes late.
// The ten-second wait is Playwright's clock, never a real wait.
import { test, expect } from "@playwright/test";
import { CMS_URL, LINK_TEXT, START_TITLE, expectAxeClean, expectPageUnharmed, shot, startTitle, watchPage } from "./support/index.js";

const PAGE = "/pages/loading.html";
const WAY_OUT = {
  en: ["Sorry, this tool stopped working.", "Try again"],
  es: ["Lo sentimos, esta herramienta dejó de funcionar.", "Intentar de nuevo"],
  ar: ["عذرًا، توقفت هذه الأداة عن العمل.", "إعادة المحاولة"],
};
// What the browser logs for a file a test made fail or hang.
const ALLOWED = ["Failed to load resource", "404", "ERR_FAILED"];

const dialog = (page, lang) => page.locator(`#badge-${lang} dialog`);
const app = (page, lang) => dialog(page, lang).locator("section.ccw");

/** Holds every request matching `pattern` until `release()`; never, if it is not called. */
async function hold(page, pattern) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  const held = [];
  await page.route(pattern, async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue().catch(() => {});
  });
  return { release, held };
}

/** Clicks the badge in the page and reports, in the same task, what the dialog shows. */
function clickAndLook(page, lang) {
  return page.evaluate((lang) => {
    const root = document.getElementById(`badge-${lang}`).shadowRoot;
    root.querySelector(".ccw-badge").click();
    const dialog = root.querySelector("dialog");
    const close = root.querySelector(".ccw-close");
    const shown = (el) => !!el && el.getClientRects().length > 0;
    const style = getComputedStyle(close);
    return {
      open: dialog.open,
      busy: dialog.getAttribute("aria-busy"),
      progress: shown(dialog.querySelector("progress")),
      link: shown(root.querySelector("slot")?.assignedElements()[0]),
      closeBorder: style.borderTopColor,
      closeSize: [close.offsetWidth, close.offsetHeight],
    };
  }, lang);
}

/** The partner's link inside the <connected-care-widget> (slotted into its dialog). */
const partnerLink = (page, lang) => page.locator(`#badge-${lang}`).getByRole("link", { name: startTitle(lang) });

/** The way out in `dialog`: message, the partner's link, and Try again, in `lang`. */
async function expectWayOut(dialog, lang, link) {
  const [message, tryAgain] = WAY_OUT[lang];
  await expect(dialog.getByRole("alert")).toContainText(message);
  await expect(dialog.getByRole("alert")).toHaveAttribute("lang", lang);
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", CMS_URL);
  await expect(dialog.getByRole("button", { name: tryAgain })).toBeVisible();
  await expect(dialog.locator("progress")).toHaveCount(0);
}

for (const lang of ["en", "ar"]) {
  test(`the dialog answers the click at once: progress, the link, a styled close button, busy until the app shows (${lang})`, async ({
    page,
  }) => {
    const seen = await watchPage(page);
    const glue = await hold(page, "**/connected-care-widget.js");
    await page.goto(PAGE);
    await expect(page.locator(`#badge-${lang} .ccw-badge`)).toBeVisible();
    // In the click's own task, before any file of the app has come.
    const look = await clickAndLook(page, lang);
    expect(look).toEqual({
      open: true,
      busy: "true",
      progress: true,
      link: true,
      closeBorder: "rgb(26, 68, 128)",
      closeSize: [look.closeSize[0], look.closeSize[1]],
    });
    expect(Math.min(...look.closeSize)).toBeGreaterThanOrEqual(44);
    const d = dialog(page, lang);
    await expect(d).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    await expect(partnerLink(page, lang)).toBeVisible();
    // In the badge's own font, not the browser's default serif.
    const font = (locator) => locator.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(await font(partnerLink(page, lang))).toBe(await font(page.locator(`#badge-${lang} .ccw-badge`)));
    await expect(d.getByRole("progressbar")).toBeVisible();
    await shot(page, `loading-${lang}`);
    // The app comes: the loading state goes, one app shows, in its language.
    glue.release();
    await expect(app(page, lang)).toBeVisible();
    await expect(app(page, lang)).toHaveAttribute("lang", lang);
    await expect(app(page, lang).locator("h1")).toHaveText(startTitle(lang));
    await expect(d).not.toHaveAttribute("aria-busy", /.*/);
    await expect(d.locator("progress")).toBeHidden();
    await expect(partnerLink(page, lang)).toBeHidden();
    await expect(app(page, lang)).toHaveCount(1);
    await expectPageUnharmed(page, seen);
  });
}

test("the loading state and the way out pass axe (WCAG 2.2 AA)", async ({ page }) => {
  await page.clock.install();
  await hold(page, "**/connected-care-widget_bg.wasm");
  await page.goto(PAGE);
  await page.locator("#badge-ar .ccw-badge").click();
  await expect(dialog(page, "ar").locator("progress")).toBeVisible();
  await expectAxeClean(page, "the loading state", { include: "#badge-ar" });
  await page.clock.fastForward(10_000);
  await expect(dialog(page, "ar").getByRole("alert")).toBeVisible();
  await expectAxeClean(page, "the way out", { include: "#badge-ar" });
});

test("no flash of English: the app stays hidden, the loading state showing, until the chosen language comes", async ({
  page,
}) => {
  const seen = await watchPage(page);
  const spanish = await hold(page, "**/locales/es/main.ftl");
  // Every frame: is an app showing in a language other than Spanish?
  await page.addInitScript(() => {
    const shown = (window.__host.otherLanguageShown = []);
    const look = () => {
      const root = document.getElementById("badge-es")?.shadowRoot;
      for (const s of root?.querySelectorAll("section.ccw") ?? []) {
        if (s.getClientRects().length && s.lang !== "es") shown.push(s.lang);
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(PAGE);
  await page.locator("#badge-es .ccw-badge").click();
  const d = dialog(page, "es");
  // The app has mounted, hidden, and waits for Spanish.
  await expect(app(page, "es")).toBeAttached();
  await expect(app(page, "es")).toBeHidden();
  await expect(d).toHaveAttribute("aria-busy", "true");
  await expect(d.locator("progress")).toBeVisible();
  expect(spanish.held.length).toBeGreaterThan(0);
  spanish.release();
  await expect(app(page, "es")).toBeVisible();
  await expect(app(page, "es").locator("h1")).toHaveText(startTitle("es"));
  await expect(d.locator("progress")).toBeHidden();
  expect(await page.evaluate(() => window.__host.otherLanguageShown)).toEqual([]);
  await expectPageUnharmed(page, seen);
});

test("style.css that never answers holds nothing up: the app shows, in the dialog and inline", async ({ page }) => {
  const seen = await watchPage(page);
  await hold(page, "**/style.css");
  // The page's load event waits for the stylesheet: the page is not held up otherwise.
  await page.goto("/pages/harden.html", { waitUntil: "domcontentloaded" });
  const inline = page.locator("#inline section.ccw");
  await expect(inline).toBeVisible();
  await page.locator("#badge .ccw-badge").click();
  const inDialog = page.locator("#badge dialog section.ccw");
  await expect(inDialog).toBeVisible();
  await inDialog.locator("button.ccw-button-start").click();
  await expect(inDialog.locator("fieldset")).toBeVisible();
  // The dialog and its close button are the loader's, styled all the same.
  await expect(page.locator("#badge .ccw-close")).toHaveCSS("border-top-color", "rgb(26, 68, 128)");
  await expectPageUnharmed(page, seen);
});

// Each file of the app hanging in turn: ten seconds after the click (the
// clock's, not real ones), the way out, in the badge's language.
for (const [file, lang] of [
  ["connected-care-widget.js", "ar"],
  ["connected-care-widget_bg.wasm", "es"],
  ["connected-care-widget_bg.wasm", "en"],
]) {
  test(`${file} never answering: after 10 s the way out, in ${lang}`, async ({ page }) => {
    // The clock first: its global is Playwright's, not the widget's.
    await page.clock.install();
    const seen = await watchPage(page);
    await hold(page, `**/${file}`);
    await page.goto(PAGE);
    await page.locator(`#badge-${lang} .ccw-badge`).click();
    const d = dialog(page, lang);
    await expect(d.locator("progress")).toBeVisible();
    await page.clock.fastForward(9_000);
    await expect(d.locator("progress")).toBeVisible();
    await page.clock.fastForward(1_000);
    await expectWayOut(d, lang, partnerLink(page, lang));
    if (file.endsWith(".js")) await shot(page, `way-out-${lang}`);
    await expect(d).toHaveAttribute("aria-busy", "true");
    await expect(app(page, lang)).toHaveCount(0);
    await expectPageUnharmed(page, seen, { allowed: ALLOWED });
  });
}

test("the language file never answering: the app waits hidden; after 10 s the way out, in English (its words are in that file)", async ({
  page,
}) => {
  // The clock first: its global is Playwright's, not the widget's.
  await page.clock.install();
  const seen = await watchPage(page);
  await hold(page, "**/locales/es/main.ftl");
  await page.goto(PAGE);
  await page.locator("#badge-es .ccw-badge").click();
  const d = dialog(page, "es");
  await expect(app(page, "es")).toBeAttached();
  await page.clock.fastForward(10_000);
  // The way out's own fetch of the Spanish words hangs too: English after 3 s.
  await page.clock.fastForward(3_000);
  await expectWayOut(d, "en", partnerLink(page, "es"));
  await expect(app(page, "es")).toBeHidden();
  await expectPageUnharmed(page, seen, { allowed: ALLOWED });
});

test("the loader never answering or failing: the partner's link stays", async ({ page }) => {
  const seen = await watchPage(page);
  await hold(page, "**/widget.js");
  await page.goto(PAGE, { waitUntil: "commit" });
  for (const lang of ["en", "ar", "es"]) {
    await expect(page.locator(`#badge-${lang}`).getByRole("link", { name: startTitle(lang) })).toBeVisible();
  }
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.route("**/widget.js", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.reload();
  await expect(page.locator("#badge-en").getByRole("link", { name: START_TITLE })).toBeVisible();
  expect(await page.evaluate(() => customElements.get("connected-care-widget"))).toBeUndefined();
  await expectPageUnharmed(page, seen, { allowed: ALLOWED });
});

test("a wasm that comes after the way out: one app, which shows; Try again meanwhile still gives one", async ({ page }) => {
  // The clock first: its global is Playwright's, not the widget's.
  await page.clock.install();
  const seen = await watchPage(page);
  const wasm = await hold(page, "**/connected-care-widget_bg.wasm");
  await page.goto(PAGE);
  await page.locator("#badge-en .ccw-badge").click();
  const d = dialog(page, "en");
  await page.clock.fastForward(10_000);
  await expectWayOut(d, "en", partnerLink(page, "en"));
  // Try again while the first download is still on its way: it waits for
  // that one (no second app), with the progress bar back.
  await d.getByRole("button", { name: "Try again" }).click();
  await expect(d.locator("progress")).toBeVisible();
  await expect(d.getByRole("button", { name: "Try again" })).toHaveCount(0);
  wasm.release();
  await expect(app(page, "en")).toBeVisible();
  await expect(app(page, "en")).toHaveCount(1);
  await expect(d.getByRole("alert")).toBeHidden();
  // Nothing later brings a second one or the way out back.
  await page.clock.fastForward(20_000);
  await expect(app(page, "en")).toHaveCount(1);
  await expect(d.locator(".ccw-retry")).toHaveCount(0);
  await expect(page.locator("connected-care-widget section.ccw")).toHaveCount(1);
  await expectPageUnharmed(page, seen, { allowed: ALLOWED });
});

test("a wasm that comes only after the way out shows, without Try again: the app replaces the way out", async ({
  page,
}) => {
  // The clock first: its global is Playwright's, not the widget's.
  await page.clock.install();
  const seen = await watchPage(page);
  const wasm = await hold(page, "**/connected-care-widget_bg.wasm");
  await page.goto(PAGE);
  await page.locator("#badge-ar .ccw-badge").click();
  const d = dialog(page, "ar");
  await page.clock.fastForward(10_000);
  await expectWayOut(d, "ar", partnerLink(page, "ar"));
  wasm.release();
  await expect(app(page, "ar")).toBeVisible();
  await expect(app(page, "ar")).toHaveCount(1);
  await expect(d.getByRole("alert")).toBeHidden();
  await expect(d.getByRole("button", { name: WAY_OUT.ar[1] })).toBeHidden();
  await expectPageUnharmed(page, seen, { allowed: ALLOWED });
});

// The glue (which the loader imports) and the wasm (which the glue
// fetches) failing once: Try again loads the app afresh. A failed module
// stays failed in the page's module map, so the loader asks for the glue
// again by another address.
for (const [file, what] of [
  ["connected-care-widget_bg.wasm", "a failed download"],
  ["connected-care-widget.js", "the app's glue failed to download"],
]) {
  test(`Try again after ${what} loads the app afresh`, async ({ page }) => {
    const seen = await watchPage(page);
    let fail = true;
    const addresses = [];
    await page.route(`**/${file}*`, (route) => {
      addresses.push(new URL(route.request().url()).search);
      return fail ? route.fulfill({ status: 503, body: "busy" }) : route.continue();
    });
    await page.goto(PAGE);
    await page.locator("#badge-es .ccw-badge").click();
    const d = dialog(page, "es");
    await expectWayOut(d, "es", partnerLink(page, "es"));
    fail = false;
    await d.getByRole("button", { name: WAY_OUT.es[1] }).click();
    await expect(app(page, "es")).toBeVisible();
    await expect(app(page, "es").locator("h1")).toHaveText(startTitle("es"));
    await expect(d.getByRole("alert")).toBeHidden();
    expect(addresses[0]).toBe("");
    if (file.endsWith(".js")) expect(addresses.at(-1)).toMatch(/^\?\d+$/);
    // The 503's body fails the file's hash too: the browser says so.
    await expectPageUnharmed(page, seen, { allowed: [...ALLOWED, "503", "integrity", "SRI"] });
  });
}

test("a weak signal (400 kbit/s, 400 ms round trips): the loading state at the click, then one app", async ({ page }) => {
  test.setTimeout(120_000);
  const seen = await watchPage(page);
  await page.goto(PAGE);
  await expect(page.locator("#badge-ar .ccw-badge")).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 400,
    downloadThroughput: 400_000 / 8,
    uploadThroughput: 400_000 / 8,
  });
  const look = await clickAndLook(page, "ar");
  expect(look).toMatchObject({ open: true, busy: "true", progress: true, link: true });
  await expect(app(page, "ar")).toBeVisible({ timeout: 60_000 });
  await expect(app(page, "ar").locator("h1")).toHaveText(startTitle("ar"));
  await expect(app(page, "ar")).toHaveCount(1);
  await expectPageUnharmed(page, seen);
});

test("inline: the partner's link stays while the app loads and when it cannot; Try again there too", async ({
  page,
}) => {
  // The clock first: its global is Playwright's, not the widget's.
  await page.clock.install();
  const seen = await watchPage(page);
  const wasm = await hold(page, "**/connected-care-widget_bg.wasm");
  await page.goto("/pages/harden.html");
  const inline = page.locator("#inline");
  await expect(inline.getByRole("link", { name: LINK_TEXT })).toBeVisible();
  await page.clock.fastForward(10_000);
  await expect(inline.getByRole("alert")).toContainText(WAY_OUT.en[0]);
  await expect(inline.getByRole("link", { name: LINK_TEXT })).toBeVisible();
  await expect(inline.getByRole("button", { name: "Try again" })).toBeVisible();
  wasm.release();
  await expect(inline.locator("section.ccw")).toBeVisible();
  await expect(inline.getByRole("link", { name: LINK_TEXT })).toBeHidden();
  await expect(inline.getByRole("alert")).toBeHidden();
  await expectPageUnharmed(page, seen, { allowed: ALLOWED });
});
