// Accessibility beyond what axe sees (issue 18): focus kept in sight and
// never lost, one announcement per screen, the language applied only on an
// explicit action, the kiosk's idle timer counting a screen reader's focus
// moves, answers chosen but not yet saved kept.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { chooseLanguage, demoWidget, dialogWidget, expectAxeClean, widget } from "./support/index.js";

const STEP_COUNT = 8;

// The landing page's inline widget, a badge's dialog, the kiosk's app.
const inline = demoWidget;
const dialogApp = (page) => dialogWidget(page, "badge");
const kioskApp = widget;

/// The focused element, in the widget's shadow root or the page.
function focusedBox(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const r = el.getBoundingClientRect();
    const dialog = el.closest("dialog");
    const d = dialog?.getBoundingClientRect();
    return {
      tag: el.tagName,
      text: el.textContent.trim(),
      top: r.top,
      bottom: r.bottom,
      left: r.left,
      right: r.right,
      // The visible area: the dialog's box, else the window.
      viewTop: d ? Math.max(d.top, 0) : 0,
      viewBottom: d ? Math.min(d.bottom, innerHeight) : innerHeight,
    };
  });
}

async function expectFocusInSight(page, what) {
  const box = await focusedBox(page);
  expect(box.top, `${what}: top of "${box.text}"`).toBeGreaterThanOrEqual(box.viewTop - 1);
  expect(box.bottom, `${what}: bottom of "${box.text}"`).toBeLessThanOrEqual(box.viewBottom + 1);
}

async function openBadge(page, viewport) {
  await page.setViewportSize(viewport);
  await page.goto("/pages/badges-only.html");
  await page.locator("#badge .ccw-badge").click();
  await expect(dialogApp(page).locator("h1")).toBeVisible();
  return dialogApp(page);
}

/// Walks the explainer by keyboard from its Next button: Enter on each step.
async function walkExplainer(page, app, what) {
  await app.locator(".ccw-screen > p > .ccw-link-button").click();
  await expect(app.locator(".ccw-explainer")).toBeVisible();
  await app.locator('[data-ccw-step-button="next"]').focus();
  for (let step = 2; step <= STEP_COUNT; step++) {
    await page.keyboard.press("Enter");
    await expect(app.locator(".ccw-caption")).toContainText(`${step} of ${STEP_COUNT}`);
    await expect(app.locator('[data-ccw-step-button="next"]')).toBeFocused();
    await expectFocusInSight(page, `${what}, step ${step}`);
  }
}

// Item 1 (2.4.7, 2.4.11).
test("explainer: the focused Next button stays in sight after every step", async ({ page }) => {
  await walkExplainer(page, await openBadge(page, { width: 1280, height: 720 }), "dialog 1280x720");
  await walkExplainer(page, await openBadge(page, { width: 320, height: 256 }), "dialog 320x256");
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto("/");
  await walkExplainer(page, inline(page), "inline 320x568");
});

test("explainer at 200% text (32 px default font): the focused Next button stays in sight", async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32 } });
  const app = await openBadge(page, { width: 1280, height: 720 });
  await walkExplainer(page, app, "dialog at 200% text");
  await page.screenshot({ path: "screenshots/a11y-explainer-200-percent-text.png" });
});

// Item 2 (2.4.7).
test("kiosk: the current language's button shows a focus ring", async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto("/kiosk.html");
  const spanish = kioskApp(page).getByRole("button", { name: "Español" });
  await spanish.focus();
  await page.keyboard.press("Enter");
  await expect(kioskApp(page)).toHaveAttribute("lang", "es");
  await expect(spanish).toHaveAttribute("aria-pressed", "true");
  await expect(spanish).toBeFocused();
  const shadow = () => spanish.evaluate((el) => getComputedStyle(el).boxShadow);
  const focused = await shadow();
  await spanish.evaluate((el) => el.blur());
  const unfocused = await shadow();
  expect(focused).not.toBe(unfocused);
  // The yellow of the focus ring (#fd0).
  expect(focused).toContain("rgb(255, 221, 0)");
  await spanish.focus();
  expect(await shadow()).toBe(focused);
  await page.screenshot({ path: "screenshots/a11y-kiosk-language-focused.png" });
});

async function openKiosk(page, query) {
  await page.clock.install();
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto(`/kiosk.html${query}`);
  const w = kioskApp(page);
  await expect(w).toHaveAttribute("data-mode", "kiosk");
  await w.getByRole("button", { name: "Touch to start" }).click();
  await w.locator('input[value="yes"]').check();
  await w.locator("button[type=submit]").click();
  await expect(w.locator("h1")).toBeFocused();
  return w;
}

// Item 3 (2.4.3).
test("kiosk: \u201cI\u2019m still here\u201d gives focus back to where it was", async ({ page }) => {
  const w = await openKiosk(page, "?idle=30");
  const radio = w.locator('input[value="part-b-medical"]');
  await radio.focus();
  await page.clock.runFor(31_000);
  const still = page.getByRole("alertdialog").getByRole("button", { name: "I\u2019m still here" });
  await expect(still).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(radio).toBeFocused();
});

// Item 4.
test("kiosk: focus moves alone keep the session, and a result gets twice as long", async ({ page }) => {
  const w = await openKiosk(page, "?idle=30");
  const prompt = page.getByRole("alertdialog");
  // A screen reader moving through the page: focus only, no keys or taps.
  const stops = ['input[value="part-b-medical"]', "button[type=submit]", "h1"];
  for (let i = 0; i < 5; i++) {
    await page.clock.runFor(20_000);
    await w.locator(stops[i % stops.length]).focus();
    await expect(prompt, `after ${(i + 1) * 20} s of focus moves`).toHaveCount(0);
  }
  // To a result: not on Medicare.
  await w.locator(".ccw-back").click();
  await w.locator('input[value="no"]').check();
  await w.locator("button[type=submit]").click();
  await expect(w.locator("h1")).toHaveText("Check your answers");
  await w.locator(".ccw-summary + .ccw-button").click();
  await expect(w.locator(".ccw-result")).toBeVisible();
  await page.clock.runFor(45_000);
  await expect(prompt, "a result is read for longer").toHaveCount(0);
  await page.clock.runFor(16_000);
  await expect(prompt).toBeVisible();
});

// Item 5 (1.4.10, 2.4.11).
async function expectNotUnderClose(page, what) {
  const close = await page.locator("#badge dialog .ccw-close").boundingBox();
  const box = await focusedBox(page);
  if (box.text === "\u00d7") return;
  const overlapX = Math.min(box.right, close.x + close.width) - Math.max(box.left, close.x);
  const overlapY = Math.min(box.bottom, close.y + close.height) - Math.max(box.top, close.y);
  expect(overlapX > 0.5 && overlapY > 0.5, `${what}: "${box.text}" under the close button`).toBe(false);
}

/// Answers every question by keyboard-free clicks up to "Check your
/// answers", checking on each question that the focused heading is clear
/// of the close button.
async function toCheckAnswers(page, app, what) {
  await app.getByRole("button", { name: "Start" }).click();
  for (const answer of ["yes", "part-b-medical", "no", "conditions", "yes", "yes"]) {
    await expect(app.locator("h1")).toBeFocused();
    await expectNotUnderClose(page, `${what}: heading before ${answer}`);
    if (answer === "conditions") {
      await app.locator("input[type=checkbox]").nth(0).check();
      await app.locator("input[type=checkbox]").nth(1).check();
    } else {
      await app.locator(`input[value="${answer}"]`).check();
    }
    await app.locator("button[type=submit]").click();
  }
  await expect(app.locator("h1")).toHaveText("Check your answers");
}

/// Shift+Tab from "See my result" back to the close button: no control on
/// the way is under it.
async function shiftTabToClose(page, app, what) {
  await app.locator(".ccw-summary + .ccw-button").focus();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Shift+Tab");
    const box = await focusedBox(page);
    if (box.text === "\u00d7") return;
    await expectNotUnderClose(page, `${what}: Shift+Tab ${i + 1}`);
  }
  throw new Error("the close button was not reached");
}

test("dialog: the close button covers no heading or focused control at 320x256", async ({ page }) => {
  const app = await openBadge(page, { width: 320, height: 256 });
  await toCheckAnswers(page, app, "320x256");
  await shiftTabToClose(page, app, "320x256");
});

test("dialog: with a 32 px default font, Shift+Tab leaves no control under the close button", async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32 } });
  const app = await openBadge(page, { width: 1280, height: 800 });
  await toCheckAnswers(page, app, "32 px");
  await shiftTabToClose(page, app, "32 px");
});

// Item 6.
test("each screen change is announced once", async ({ page }) => {
  await page.goto("/");
  const w = inline(page);
  const status = w.locator("[role=status]");
  await w.getByRole("button", { name: "Start" }).click();
  // Focus is on the heading, which is read: the status region stays quiet.
  await expect(w.locator("h1")).toBeFocused();
  await expect(status).toHaveText("");
  await w.locator("button[type=submit]").click();
  const summary = w.locator(".ccw-error-summary");
  await expect(summary).toBeFocused();
  // Focused, so read once: not also an alert.
  await expect(summary).not.toHaveAttribute("role", "alert");
  await expect(status).toHaveText("");
  await w.locator(".ccw-back").click();
  await w.locator(".ccw-screen > p > .ccw-link-button").click();
  await expect(status).toHaveText("");
  // In the explainer focus stays on Next: there the status region speaks.
  await w.locator('[data-ccw-step-button="next"]').click();
  await expect(status).toHaveText(/^\s*Step 2 of 8: /);
  await expectAxeClean(page, "explainer step 2", { include: "#connected-care" });
});

// Item 7 (3.2.2).
test("the language select applies the language only with its button", async ({ page }) => {
  const locales = [];
  page.on("request", (r) => r.url().includes("/locales/") && locales.push(r.url()));
  await page.goto("/");
  const w = inline(page);
  const select = w.getByRole("combobox", { name: "Language" });
  await select.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowDown");
  await page.waitForTimeout(300);
  await expect(w).toHaveAttribute("lang", "en");
  await expect(w).toHaveAttribute("dir", "ltr");
  expect(locales.filter((u) => u.endsWith("main.ftl"))).toEqual([]);
  await select.selectOption("ar");
  await w.getByRole("button", { name: "Change language" }).click();
  await expect(w).toHaveAttribute("lang", "ar");
  await expect(w).toHaveAttribute("dir", "rtl");
  expect(locales.filter((u) => u.endsWith("main.ftl"))).toHaveLength(1);
  // The button is named in the language now shown.
  await expect(w.locator(".ccw-language button")).not.toHaveText("Change language");
  await expectAxeClean(page, "after switching to Arabic", { include: "#connected-care" });
});

// Item 13.
test("the last step is said, inputs in error are marked, the dialog's region is not named again", async ({ page }) => {
  await page.goto("/");
  const w = inline(page);
  await w.locator(".ccw-screen > p > .ccw-link-button").click();
  for (let step = 2; step <= STEP_COUNT; step++) await w.locator('[data-ccw-step-button="next"]').click();
  await expect(w.locator("[role=status]")).toContainText(/last step/i);
  await w.locator('[data-ccw-step-button="next"]').click();
  // Nothing chosen: each input is invalid and described by the error.
  await w.locator("button[type=submit]").click();
  const error = w.locator(".ccw-error-message");
  await expect(error).toBeVisible();
  const errorId = await error.getAttribute("id");
  const radios = w.locator("input[type=radio]");
  expect(await radios.count()).toBeGreaterThan(1);
  for (const radio of await radios.all()) {
    await expect(radio).toHaveAttribute("aria-invalid", "true");
    expect((await radio.getAttribute("aria-describedby")).split(" ")).toContain(errorId);
  }
  await radios.first().check();
  await expect(radios.first()).not.toHaveAttribute("aria-invalid", "true");

  const app = await openBadge(page, { width: 1280, height: 720 });
  await expect(page.getByRole("dialog")).toHaveAccessibleName(/.+/);
  await expect(page.getByRole("dialog").getByRole("region")).toHaveCount(0);
  await expect(app).not.toHaveAttribute("aria-label", /.*/);
});

// Item 14 (3.3.7).
test("an answer chosen but not saved survives Back then Continue", async ({ page }) => {
  await page.goto("/");
  const w = inline(page);
  await w.getByRole("button", { name: "Start" }).click();
  await w.locator('input[value="yes"]').check();
  await w.locator("button[type=submit]").click();
  await w.locator('input[value="part-b-medical"]').check();
  await w.locator(".ccw-back").click();
  await expect(w.locator('input[value="yes"]')).toBeChecked();
  await w.locator("button[type=submit]").click();
  await expect(w.locator('input[value="part-b-medical"]')).toBeChecked();
});

// Item 9 (3.1.1, 2.4.2): the pages whose only content is the widget take
// its language, direction and name (locales' widget-label) as theirs.

/** "widget-label" in `lang`, from locales/<lang>/main.ftl. */
function widgetLabel(lang) {
  const ftl = readFileSync(new URL(`../../locales/${lang}/main.ftl`, import.meta.url), "utf8");
  return ftl.match(/^widget-label = (.+)$/m)[1];
}

async function expectPageIn(page, lang, dir) {
  await expect(widget(page)).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("dir", dir);
  await expect(page).toHaveTitle(widgetLabel(lang));
}

test("kiosk.html: the page's lang, dir and title follow the language shown", async ({ page }) => {
  await page.goto("/kiosk.html");
  await expectPageIn(page, "en", "ltr");
  await page.goto("/kiosk.html?lang=ar");
  await expectPageIn(page, "ar", "rtl");
  await widget(page).locator('.ccw-kiosk-languages button[lang="es"]').click();
  await expectPageIn(page, "es", "ltr");
  await widget(page).locator('.ccw-kiosk-languages button[lang="ar"]').click();
  await expectPageIn(page, "ar", "rtl");
});

test("kiosk/result.html (the phone's page): lang, dir and title of the result's language", async ({ page }) => {
  await page.goto("/kiosk/result.html#outcome=likely&lang=en");
  await expectPageIn(page, "en", "ltr");
  // Another fragment is no new page: load it afresh, as a phone would.
  await page.goto("about:blank");
  await page.goto("/kiosk/result.html#outcome=likely&lang=ar");
  await expect(widget(page).locator(".ccw-shared")).toBeVisible();
  await expectPageIn(page, "ar", "rtl");
  await chooseLanguage(widget(page), "ru");
  await expectPageIn(page, "ru", "ltr");
});

test("embed.html: the page's lang, dir and title follow the language shown", async ({ page }) => {
  await page.goto("/embed.html");
  await expectPageIn(page, "en", "ltr");
  await page.goto("/embed.html?lang=ar");
  await expectPageIn(page, "ar", "rtl");
  await chooseLanguage(widget(page), "en");
  await expectPageIn(page, "en", "ltr");
  await chooseLanguage(widget(page), "zh-Hant");
  await expectPageIn(page, "zh-Hant", "ltr");
});

// Item 14, second half: inline on a partner's page with a sticky header, a
// heading that takes focus is not left under the header.

/** Whether the focused element's top and bottom edges are the topmost thing there. */
function focusedUncovered(page) {
  return page.evaluate(() => {
    let root = document;
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) {
      root = el.shadowRoot;
      el = root.activeElement;
    }
    const r = el.getBoundingClientRect();
    const x = (r.left + r.right) / 2;
    const shows = (y) => {
      const hit = root.elementFromPoint(x, y);
      return hit !== null && (hit === el || el.contains(hit));
    };
    return { text: el.textContent.trim().slice(0, 30), top: shows(r.top + 2), bottom: shows(r.bottom - 2) };
  });
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 320, height: 568 },
]) {
  test(`inline under a sticky header: each focused heading shows in full (${viewport.width}x${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/pages/sticky-header.html");
    const w = widget(page.locator("#inline"));
    const expectUncovered = async (what) => {
      const seen = await focusedUncovered(page);
      expect(seen, `${what}: "${seen.text}"`).toMatchObject({ top: true, bottom: true });
    };
    await w.getByRole("button", { name: "Start" }).click();
    await expect(w.locator("h1")).toBeFocused();
    await expectUncovered("question 1");
    await w.locator("button[type=submit]").click();
    await expect(w.locator(".ccw-error-summary")).toBeFocused();
    await expectUncovered("error summary");
    for (const [n, value] of ["yes", "part-b-medical", "yes"].entries()) {
      await w.locator(`input[value="${value}"]`).check();
      await w.locator("button[type=submit]").click();
      await expect(w.locator("h1")).toBeFocused();
      await expectUncovered(`question ${n + 2}`);
    }
    await w.locator(".ccw-back").click();
    await expect(w.locator("h1")).toBeFocused();
    await expectUncovered("back to question 3");
  });
}
