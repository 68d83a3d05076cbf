// What the end-to-end specs share: where the widget is on a page, axe with
// the WCAG 2.2 AA rules, the walk to any outcome, the keyboard, sizes,
// what the widget leaves behind on a page, and screenshots. Import from
// here ("./support/index.js"), not from the files beside it.
import { expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, readFileSync } from "node:fs";
import { WALKS } from "./walks.js";

export { WALKS } from "./walks.js";
export { LANGUAGES, direction } from "./languages.js";
export { afterNextFrames, expectAppReplacesPlaceholder, holdBack, recordLayoutShifts } from "./layout-shift.js";

// ------------------------------------------------------------- the pages

/** The partner's link inside <connected-care-widget> on the test pages. */
export const LINK_TEXT = "Do I qualify for chronic care management?";
export const CMS_URL = "https://go.cms.gov/ccm";
/** The English start screen's heading. */
export const START_TITLE = "Could chronic care management help you?";

// A badge reads its partner's link text. The partners page writes that
// link as the start screen's heading in the badge's language, as do the
// test pages that give a badge a language.

/** The start screen's heading in `lang`, from locales/<lang>/main.ftl. */
export function startTitle(lang) {
  const ftl = readFileSync(new URL(`../../../locales/${lang}/main.ftl`, import.meta.url), "utf8");
  return ftl.match(/^start-title = (.+)$/m)[1];
}

/**
 * Picks `lang` in the widget's language menu and applies it with the button
 * beside the menu (the menu alone changes nothing, WCAG 3.2.2).
 */
export async function chooseLanguage(w, lang) {
  await w.locator(".ccw-language select").selectOption(lang);
  await w.locator(".ccw-language button").click();
}

/** The app's root inside `scope`: a page, a frame, or a locator. */
export const widget = (scope) => scope.locator("section.ccw");
/** The landing page's inline widget (#connected-care), not the badge above it. */
export const demoWidget = (page) => widget(page.locator("#connected-care"));
/** The badge of the <connected-care-widget> with this id. */
export const badge = (page, id) => page.locator(`#${id} .ccw-badge`);
/** The app in the dialog of the <connected-care-widget> with this id. */
export const dialogWidget = (page, id) => widget(page.locator(`#${id} dialog`));

// ------------------------------------------------------------- screenshots

const SHOTS = new URL("../screenshots/", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

/** Saves a screenshot as screenshots/<name>.png (the whole page unless told). */
export async function shot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage });
}

// ------------------------------------------------------------- axe-core

/** WCAG 2.2 level A and AA. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** No axe violations on the page (or inside `include`, a CSS selector). */
export async function expectAxeClean(page, what, { include } = {}) {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
  expect(summary, `axe on ${what}`).toEqual([]);
}

// ------------------------------------------------------------- walking

/** Ticks the inputs with these values (one, or a checklist's) and continues. */
export async function answer(w, value) {
  for (const v of [value].flat()) await w.locator(`input[value="${v}"]`).check();
  await w.locator("button[type=submit]").click();
}

/** On "Check your answers": see the result. */
export const seeResult = (w) => w.locator(".ccw-summary + .ccw-button").click();

/**
 * From the start screen to `outcome`'s result, with the mouse, by the
 * answers in WALKS. `atQuestion(n)` runs on question n before it is answered.
 */
export async function walkTo(w, outcome, { atQuestion } = {}) {
  await w.locator(".ccw-button-start").click();
  for (const [i, value] of WALKS[outcome].entries()) {
    if (atQuestion) await atQuestion(i + 1);
    await answer(w, value);
  }
  await seeResult(w);
  await expect(w.locator(".ccw-result")).toHaveAttribute("data-outcome", outcome);
}

// ------------------------------------------------------------- keyboard

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has focus, as a
 * keyboard user would, in a shadow root too. With `group`, any radio of
 * the target's group will do: a radio group is one Tab stop.
 */
export async function tabTo(page, target, { max = 60, back = false, group = false } = {}) {
  for (let i = 0; i < max; i++) {
    const focused = await target.evaluate((el, group) => {
      const active = el.getRootNode().activeElement;
      return active === el || (group && active?.type === "radio" && active.name === el.name);
    }, group);
    if (focused) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`could not reach ${target} with the keyboard in ${max} presses`);
}

// ------------------------------------------------------------- sizes and motion

/** What of the widget `w` reaches past the right or left edge of the window (nothing hidden counts). */
export const offScreen = (w) =>
  w.locator("*").evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length && !el.closest("[hidden], .ccw-visually-hidden, .ccw-print-frame"))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1);
      })
      .map((el) => `${el.tagName}.${el.className}`),
  );

/** How far the page scrolls sideways (0 or less: it reflows). */
export const horizontalOverflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The visible ones among `targets` smaller than `min` CSS px either way. */
export function smallTargets(targets, min) {
  return targets.evaluateAll(
    (els, min) =>
      els
        .map((el) => [el.textContent.trim() || el.value, el.getBoundingClientRect()])
        .filter(([, r]) => r.width > 0 && (r.width < min || r.height < min))
        .map(([label, r]) => `${label}: ${r.width}x${r.height}`),
    min,
  );
}

/** Animations in `scope` (a locator), finished but held ones included. */
export const runningAnimations = (scope) => scope.evaluate((el) => el.getAnimations({ subtree: true }).length);

// ------------------------------------------------------------- traces

/** Every URL the page requests from now on. */
export function recordRequests(page) {
  const urls = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

/** Nothing kept and nothing sent elsewhere: no request off the page's origin, no cookie, no storage. */
export async function expectNoTrace(page, requests) {
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin)), "requests elsewhere").toEqual([]);
  expect(await page.context().cookies(), "cookies").toEqual([]);
  const kept = await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
  expect(kept, "storage and document.cookie").toBe(0);
}

/**
 * Records what the widget could do to a partner's page, from before it
 * loads: errors, console, requests, alert() and the like, the page's own
 * error handlers, new globals, changes to <html> and <body>.
 */
export async function watchPage(page) {
  const seen = { errors: [], consoleErrors: [], warnings: [], requests: recordRequests(page), dialogs: 0 };
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") seen.consoleErrors.push(m.text());
    if (m.type() === "warning") seen.warnings.push(m.text());
  });
  // The browser's own favicon request is not the widget's.
  await page.route("**/favicon.ico", (route) => route.fulfill({ status: 204 }));
  page.on("dialog", (d) => {
    seen.dialogs++;
    d.dismiss();
  });
  await page.addInitScript(() => {
    const host = (window.__host = { errors: [], mutations: [], globals: Object.getOwnPropertyNames(window) });
    // The page's own handlers: nothing of ours may reach them.
    addEventListener("error", (e) => host.errors.push(`error: ${e.message}`));
    addEventListener("unhandledrejection", (e) => host.errors.push(`rejection: ${e.reason}`));
    const record = (list) => list.forEach((m) => host.mutations.push(`${m.target.nodeName} ${m.attributeName}`));
    document.addEventListener("DOMContentLoaded", () => {
      for (const el of [document.documentElement, document.body]) new MutationObserver(record).observe(el, { attributes: true });
    });
  });
  return seen;
}

/**
 * The page watched by watchPage is unharmed. `allowed` lists console
 * errors a test expects (the browser's "Failed to load resource" for a
 * file it made fail).
 */
export async function expectPageUnharmed(page, seen, { allowed = [] } = {}) {
  expect(seen.errors, "errors thrown into the page").toEqual([]);
  const host = await page.evaluate(() => ({
    ...window.__host,
    globals: Object.getOwnPropertyNames(window).filter((n) => !window.__host.globals.includes(n) && n !== "__host"),
  }));
  expect(host.errors, "the page's own error handlers").toEqual([]);
  expect(host.globals, "new globals").toEqual([]);
  expect(host.mutations, "changes to <html> or <body>").toEqual([]);
  await expectNoTrace(page, seen.requests);
  expect(seen.dialogs, "alert() and the like").toBe(0);
  const unexpected = seen.consoleErrors.filter((e) => !allowed.some((a) => e.includes(a)));
  expect(unexpected, "console errors").toEqual([]);
}
