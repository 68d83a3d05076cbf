// The waiting-room kiosk (kiosk.html): big type and targets, languages as
// buttons, "Are you still there?" with a countdown, a reset that leaves no
// trace, "I'm done", no way off the page. Time runs on Playwright's clock.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";

const SHOTS = new URL("./screenshots/", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const TABLET_PORTRAIT = { width: 768, height: 1024 };
const TABLET_LANDSCAPE = { width: 1024, height: 768 };

const widget = (page) => page.locator("section.ccw");
const dialog = (page) => page.getByRole("alertdialog");

async function axeClean(page, what) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`), what).toEqual([]);
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
  await w.locator('input[value="yes"]').check();
  await w.locator("button[type=submit]").click();
  await w.locator('input[value="part-b-medical"]').check();
  await w.locator("button[type=submit]").click();
  await expect(w.locator("fieldset")).toContainText("Medicaid");
}

/// Every button and input on screen: at least 44 by 44 CSS px.
async function smallTargets(page) {
  return widget(page)
    .locator("button, input, select, a")
    .evaluateAll((els) =>
      els
        .map((el) => [el.textContent.trim() || el.value, el.getBoundingClientRect()])
        .filter(([, r]) => r.width > 0 && (r.width < 44 || r.height < 44))
        .map(([t, r]) => `${t}: ${r.width}x${r.height}`),
    );
}

test("start screen: touch to start, languages as big buttons named in themselves", async ({ page }) => {
  await openKiosk(page);
  const w = widget(page);
  await expect(w.getByRole("button", { name: "Touch to start" })).toBeVisible();
  const languages = w.locator(".ccw-kiosk-languages button");
  await expect(languages).toHaveCount(8);
  await expect(languages.filter({ hasText: "العربية" })).toHaveAttribute("lang", "ar");
  await expect(languages.filter({ hasText: "English" })).toHaveAttribute("aria-pressed", "true");
  // No select on the start screen: the buttons are the choice.
  await expect(w.locator("select")).toHaveCount(0);
  const body = await w.locator("p").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(body).toBeGreaterThanOrEqual(22);
  expect(await smallTargets(page)).toEqual([]);
  await axeClean(page, "kiosk start");
  await page.screenshot({ path: `${SHOTS}kiosk-start-portrait.png`, fullPage: true });

  await languages.filter({ hasText: "العربية" }).click();
  await expect(w).toHaveAttribute("dir", "rtl");
  await expect(languages.filter({ hasText: "العربية" })).toHaveAttribute("aria-pressed", "true");
  await page.setViewportSize(TABLET_LANDSCAPE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}kiosk-start-landscape-ar.png`, fullPage: true });
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
  await axeClean(page, "idle prompt");
  await page.screenshot({ path: `${SHOTS}kiosk-idle-prompt.png` });
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
  await w.getByRole("button", { name: "Touch to start" }).click();
  await w.locator('input[value="no"]').check();
  await w.locator("button[type=submit]").click();
  await w.locator(".ccw-summary + .ccw-button").click();
  await expect(w.locator(".ccw-result")).toBeVisible();
  await expect(page.locator("a[href]")).toHaveCount(0);
  await expect(w.locator(".ccw-link-text")).toHaveText("go.cms.gov/CCM");
  const prevented = await page.evaluate(() => {
    const event = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
    document.querySelector(".ccw-h1").dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(prevented).toBe(true);
  expect(await smallTargets(page)).toEqual([]);
  await axeClean(page, "kiosk result");
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
