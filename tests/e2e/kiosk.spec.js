// The waiting-room kiosk (kiosk.html): big type and targets, languages as
// buttons, "Are you still there?" with a countdown, a reset that leaves no
// trace, "I'm done", no way off the page; every language at the start, a
// result's QR code for the phone, flat memory over a day, mode="kiosk" on
// the element, no layout shift. Time runs on Playwright's clock.
import { test, expect } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import {
  LANGUAGES,
  answer,
  expectAppReplacesPlaceholder,
  expectAxeClean,
  horizontalOverflow,
  shot,
  seeResult,
  smallTargets as smallerThan,
  walkTo,
  widget,
} from "./support/index.js";

const TABLET_PORTRAIT = { width: 768, height: 1024 };
const TABLET_LANDSCAPE = { width: 1024, height: 768 };

const dialog = (page) => page.getByRole("alertdialog");

/// Photographs a QR code on screen and decodes it, as a phone would.
async function scan(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code, "the QR code decodes").not.toBeNull();
  return code.data;
}

async function openKiosk(page, query = "") {
  await page.clock.install();
  await page.setViewportSize(TABLET_PORTRAIT);
  await page.goto(`/kiosk.html${query}`);
  await expect(widget(page)).toHaveAttribute("data-mode", "kiosk");
}

/// Answers the first questions of the check by touch.
async function answerSome(page) {
  const w = widget(page);
  await w.getByRole("button", { name: "Touch to start" }).click();
  await answer(w, "yes");
  await answer(w, "part-b-medical");
  await expect(w.locator(".ccw-question-heading h1")).toContainText("Medicaid");
}

/// Every button, input, select and link on screen: at least 44 by 44 CSS px.
const smallTargets = (page) => smallerThan(widget(page).locator("button, input, select, a"), 44);

/// The languages whose messages the page has downloaded, as they arrive.
function recordLanguagesFetched(page) {
  const fetched = new Set();
  page.on("requestfinished", (r) => {
    const m = /\/locales\/([^/]+)\/main\.ftl$/.exec(new URL(r.url()).pathname);
    if (m) fetched.add(m[1]);
  });
  return fetched;
}

test("start screen: touch to start, languages as big buttons named in themselves", async ({ page }) => {
  await openKiosk(page);
  const w = widget(page);
  await expect(w.getByRole("button", { name: "Touch to start" })).toBeVisible();
  const languages = w.locator(".ccw-kiosk-languages button");
  await expect(languages).toHaveCount(LANGUAGES.length);
  await expect(languages.filter({ hasText: "العربية" })).toHaveAttribute("lang", "ar");
  await expect(languages.filter({ hasText: "English" })).toHaveAttribute("aria-pressed", "true");
  // No select on the start screen: the buttons are the choice.
  await expect(w.locator("select")).toHaveCount(0);
  const body = await w.locator("p").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(body).toBeGreaterThanOrEqual(22);
  expect(await smallTargets(page)).toEqual([]);
  await expectAxeClean(page, "kiosk start");
  await shot(page, "kiosk-start-portrait");

  await languages.filter({ hasText: "العربية" }).click();
  await expect(w).toHaveAttribute("dir", "rtl");
  await expect(languages.filter({ hasText: "العربية" })).toHaveAttribute("aria-pressed", "true");
  await page.setViewportSize(TABLET_LANDSCAPE);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await shot(page, "kiosk-start-landscape-ar");
});

test("idle: warns with a countdown, continues, then resets leaving no trace", async ({ page }) => {
  await openKiosk(page, "?idle=30&lang=es");
  const w = widget(page);
  await expect(w).toHaveAttribute("lang", "es");
  const historyAtStart = await page.evaluate(() => history.length);
  // The patient switches to English and starts.
  await w.locator(".ccw-kiosk-languages button", { hasText: "English" }).click();
  await answerSome(page);
  await w.locator('input[value="yes"]').check();
  expect(await smallTargets(page)).toEqual([]);

  await page.clock.runFor(29_000);
  await expect(dialog(page)).toHaveCount(0);
  await page.clock.runFor(1_500);
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page)).toContainText("Are you still there?");
  await expect(dialog(page).getByRole("button", { name: "I’m still here" })).toBeFocused();
  await expect(dialog(page)).toContainText("30 seconds");
  await page.clock.runFor(5_000);
  await expect(dialog(page)).toContainText("25 seconds");
  await expectAxeClean(page, "idle prompt");
  await shot(page, "kiosk-idle-prompt", { fullPage: false });
  // The rest of the screen can't be reached behind the prompt.
  await expect(w.locator(".ccw-session")).toHaveAttribute("inert", /.*/);

  await dialog(page).getByRole("button", { name: "I’m still here" }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(w.locator('input[value="yes"]')).toBeChecked();
  await expect(w.locator(".ccw-session")).not.toHaveAttribute("inert", /.*/);

  // No answer this time: after the countdown, everything is gone.
  await page.clock.runFor(31_000);
  await expect(dialog(page)).toBeVisible();
  await page.clock.runFor(31_000);
  await expect(dialog(page)).toHaveCount(0);
  await expect(w).toHaveAttribute("lang", "es");
  await expect(w.locator(".ccw-kiosk-start")).toBeVisible();
  await expect(w.locator("input")).toHaveCount(0);
  const trace = await page.evaluate(() => ({
    text: document.body.innerText,
    history: history.length,
    storage: localStorage.length + sessionStorage.length,
    cookies: document.cookie,
    url: location.href,
  }));
  expect(trace.text).not.toMatch(/Medicaid|Part B \(medical insurance\)|I’m done/);
  expect(trace.history, "no history entries added").toBe(historyAtStart);
  expect(trace.storage).toBe(0);
  expect(trace.cookies).toBe("");
  expect(trace.url).toMatch(/\/kiosk\.html\?idle=30&lang=es$/);
});

test("“I’m done” ends the session at once", async ({ page }) => {
  await openKiosk(page);
  await answerSome(page);
  await widget(page).getByRole("button", { name: "I’m done" }).click();
  await expect(widget(page).locator(".ccw-kiosk-start")).toBeVisible();
  await expect(widget(page).getByRole("button", { name: "I’m done" })).toHaveCount(0);
  await expect(widget(page).locator("h1")).toBeFocused();
});

test("nothing leads off the kiosk: no links, no long-press menu", async ({ page }) => {
  await openKiosk(page, "?idle=600");
  const w = widget(page);
  await walkTo(w, "not-medicare");
  await expect(page.locator("a[href]")).toHaveCount(0);
  await expect(w.locator(".ccw-link-text")).toHaveText("go.cms.gov/CCM");
  // The link's QR code, made in the app.
  expect(await scan(w.locator(".ccw-qr-link svg"))).toBe("https://go.cms.gov/ccm");
  const prevented = await page.evaluate(() => {
    const event = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
    document.querySelector(".ccw-h1").dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(prevented).toBe(true);
  expect(await smallTargets(page)).toEqual([]);
  await expectAxeClean(page, "kiosk result");
});

test("every language is downloaded at the start, so switching needs no network", async ({ page }) => {
  const fetched = recordLanguagesFetched(page);
  await openKiosk(page);
  await expect.poll(() => fetched.size).toBe(LANGUAGES.length - 1);
  // From here on, the network is gone.
  await page.route("**/*", (route) => route.abort());
  const w = widget(page);
  const titles = new Set();
  // English, built in, last: the page starts in it.
  for (const lang of [...LANGUAGES.slice(1), LANGUAGES[0]]) {
    await w.locator(`.ccw-kiosk-languages button[lang="${lang}"]`).click();
    await expect(w).toHaveAttribute("lang", lang);
    titles.add(await w.locator("h1").textContent());
  }
  expect(titles.size).toBe(LANGUAGES.length);
  await expect(w.locator(".ccw-notice")).toHaveCount(0);
});

test("kiosk.html fetches each of its stylesheets once (its page links them; the glue does not fetch them again)", async ({
  page,
}) => {
  const styles = [];
  page.on("request", (request) => {
    if (request.url().endsWith(".css")) styles.push(new URL(request.url()).pathname);
  });
  await openKiosk(page);
  // The app is on screen, styled: its start button is a large target.
  const start = widget(page).locator(".ccw-button").first();
  await expect(start).toBeVisible();
  expect((await start.boundingBox()).height).toBeGreaterThanOrEqual(44);
  await page.waitForLoadState("networkidle");
  expect(styles.sort()).toEqual(["/kiosk/kiosk-page.css", "/kiosk/style.css"]);
});

test("a result's QR code opens it on a phone, with no answers in it", async ({ page, context }) => {
  await openKiosk(page, "?lang=es&idle=600");
  const w = widget(page);
  await walkTo(w, "likely");
  await shot(page, "kiosk-result-es");
  const address = await scan(w.locator(".ccw-take-home svg"));
  // Only the outcome and the language, in the fragment (never sent).
  const url = new URL(address);
  expect(url.pathname).toBe("/kiosk/result.html");
  expect(url.search).toBe("");
  expect(url.hash).toBe("#outcome=likely&lang=es");
  await expectAxeClean(page, "kiosk result with QR codes");

  // The phone: a page of its own, with no kiosk behind it.
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 360, height: 740 });
  const sent = [];
  phone.on("request", (r) => sent.push(r.url()));
  await phone.goto(address);
  const shared = phone.locator("section.ccw .ccw-shared");
  await expect(shared).toHaveAttribute("data-outcome", "likely");
  await expect(phone.locator("section.ccw")).toHaveAttribute("lang", "es");
  await expect(phone.locator("section.ccw")).not.toHaveAttribute("data-mode", "kiosk");
  await expect(shared.locator("h1")).toHaveText(await w.locator(".ccw-result h1").textContent());
  await expect(shared.getByRole("link", { name: "go.cms.gov/CCM" })).toHaveAttribute("href", "https://go.cms.gov/ccm");
  expect(sent.filter((u) => u.includes("#") || u.includes("outcome"))).toEqual([]);
  await shot(phone, "phone-shared-result-es");
  await expectAxeClean(phone, "the shared result on a phone");
  await shared.getByRole("button", { name: "Hacer la verificación otra vez" }).click();
  await expect(phone.locator("section.ccw .ccw-button-start")).toBeVisible();
});

test("bad kiosk options warn and fall back to the defaults", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await openKiosk(page, "?idle=5&lang=xx&contact=%3Cb%3EClinic%3C%2Fb%3E");
  await expect(widget(page).locator(".ccw-kiosk-start")).toBeVisible();
  expect(warnings.some((w) => w.includes('idle "5"'))).toBe(true);
  expect(warnings.some((w) => w.includes('lang "xx"'))).toBe(true);
  // The default idle time, 90 s, holds.
  await widget(page).getByRole("button", { name: "Touch to start" }).click();
  await page.clock.runFor(60_000);
  await expect(dialog(page)).toHaveCount(0);
  await page.clock.runFor(31_000);
  await expect(dialog(page)).toBeVisible();
});

test("a day of patients: memory stays flat", async ({ page }) => {
  test.setTimeout(180_000);
  // The wasm instance, to read its linear memory.
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm));
  });
  await page.setViewportSize(TABLET_PORTRAIT);
  await page.goto("/kiosk.html?idle=600");
  const w = widget(page);
  const cdp = await page.context().newCDPSession(page);
  const measure = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    const wasm = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
    const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    return { js: usedSize, wasm, nodes };
  };
  const patient = async (i) => {
    await w.locator(".ccw-kiosk-languages button").nth(i % LANGUAGES.length).click();
    await w.locator(".ccw-button-start").click();
    await answer(w, "yes");
    await answer(w, "not-sure");
    await seeResult(w);
    await expect(w.locator(".ccw-result")).toHaveAttribute("data-outcome", "check-coverage");
    await w.locator(".ccw-done").click();
    await expect(w.locator(".ccw-kiosk-start")).toBeVisible();
  };
  for (let i = 0; i < 10; i++) await patient(i);
  const before = await measure();
  const PATIENTS = 200;
  for (let i = 0; i < PATIENTS; i++) await patient(i);
  const after = await measure();
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `memory after 10 patients: JS heap ${kb(before.js)}, wasm ${kb(before.wasm)}, ${before.nodes} elements; ` +
      `after ${PATIENTS} more: JS heap ${kb(after.js)}, wasm ${kb(after.wasm)}, ${after.nodes} elements`,
  );
  expect(after.nodes).toBe(before.nodes);
  expect(after.js - before.js, "JS heap growth").toBeLessThan(512 * 1024);
  expect(after.wasm - before.wasm, "wasm memory growth").toBeLessThanOrEqual(64 * 1024);
});

test("mode=\"kiosk\" on the element: the kiosk's own bundle, with the same behaviour", async ({ page }) => {
  const wasm = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(new URL(r.url()).pathname));
  const fetched = recordLanguagesFetched(page);
  await page.clock.install();
  await page.setViewportSize(TABLET_LANDSCAPE);
  await page.goto("/pages/kiosk-element.html");
  const w = widget(page);
  await expect(w).toHaveAttribute("data-mode", "kiosk");
  await expect(w).toHaveAttribute("lang", "es");
  // The kiosk bundle, not the partners' one, which has no kiosk code.
  expect(wasm).toEqual(["/kiosk/connected-care-widget_bg.wasm"]);
  await expect.poll(() => fetched.size).toBe(LANGUAGES.length - 1);
  await expect(w.locator(".ccw-kiosk-languages button")).toHaveCount(LANGUAGES.length);
  const body = await w.locator("p").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(body).toBeGreaterThanOrEqual(22);
  const selectable = await w.evaluate((el) => getComputedStyle(el).userSelect);
  expect(selectable).toBe("none");
  expect(await smallTargets(page)).toEqual([]);
  await expectAxeClean(page, "kiosk element start");
  await shot(page, "kiosk-element-es", { fullPage: false });

  // A patient starts, then walks away: warned after 30 s, reset after 30 more.
  await w.locator(".ccw-button-start").click();
  await w.locator('input[value="yes"]').check();
  await page.clock.runFor(30_500);
  await expect(dialog(page)).toBeVisible();
  await page.clock.runFor(31_000);
  await expect(dialog(page)).toHaveCount(0);
  await expect(w.locator(".ccw-kiosk-start")).toBeVisible();
  await expect(w.locator("input")).toHaveCount(0);
  // The partner's fallback link is gone once the kiosk is up.
  await expect(page.locator("connected-care-widget > a")).not.toBeVisible();
});

// The page shows "Loading…" until the app is ready; the app takes its
// place without moving the page.
test("the app replaces the placeholder without a layout shift", async ({ page }) => {
  await page.setViewportSize(TABLET_LANDSCAPE);
  await expectAppReplacesPlaceholder(page, "/kiosk.html", widget(page));
});
