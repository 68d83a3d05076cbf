// A partner's accent colour, in every state the widget shows it in (issue
// 18, item 10): the five light accents the audit found failing on hover,
// random ones, and the default blue; in each, every control's text against
// the background it is drawn on, from computed styles, at rest, on hover
// and with keyboard focus, on the start screen, a question in error, "Check
// your answers" and a result, the badge, and the kiosk's start screen. Visited links: see the last
// test.
import { test, expect } from "@playwright/test";
import { CMS_URL, WALKS, answer, seeResult, widget } from "./support/index.js";

// The accents of the audit (each was 3.96 to 4.47:1 as text on the panel
// colour on hover), and the default ("").
const NAMED = ["#ffff00", "#ffdd00", "#7fdbff", "#ff9900", "#ff69b4", ""];

// Random accents, the same each run unless E2E_SEED says otherwise (a
// failure names its colour, so it can be added to NAMED).
function randomAccents(count, seed) {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  return Array.from({ length: count }, () => `#${(next() >>> 8).toString(16).padStart(6, "0")}`);
}
const ACCENTS = [...NAMED, ...randomAccents(10, Number(process.env.E2E_SEED) || 18)];

const accentPage = (accent) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accent</title>
<script type="module" src="../widget.js"></script></head>
<body>
<p><connected-care-widget id="badge" accent="${accent}"><a href="${CMS_URL}">Could chronic care management help you?</a></connected-care-widget></p>
<connected-care-widget id="inline" mode="inline" accent="${accent}"><a href="${CMS_URL}">CCM</a></connected-care-widget>
</body></html>`;

/**
 * The contrast of `el`'s text against what it is drawn on: the nearest
 * background that is not transparent, out of shadow roots too, through any
 * brightness() filter on the way (none today; the badge once darkened so on
 * hover, dimming its white text). Runs in the
 * page.
 */
function textContrast(el) {
  const parse = (css) => {
    const [r, g, b, a = 1] = css.match(/[\d.]+/g).map(Number);
    return { rgb: [r, g, b], a };
  };
  const luminance = (rgb) =>
    rgb
      .map((v) => v / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  let brightness = 1;
  let background = null;
  for (let node = el; node; node = node.parentElement ?? node.getRootNode().host) {
    const style = getComputedStyle(node);
    const filter = style.filter.match(/brightness\(([\d.]+)\)/);
    if (filter) brightness *= Number(filter[1]);
    const bg = parse(style.backgroundColor);
    if (bg.a > 0) {
      if (bg.a < 1) throw new Error(`a translucent background behind ${el.textContent}`);
      background = bg.rgb;
      break;
    }
  }
  background ??= [255, 255, 255];
  const dim = (rgb) => rgb.map((v) => Math.min(255, v * brightness));
  const text = dim(parse(getComputedStyle(el).color).rgb);
  const [light, dark] = [luminance(text), luminance(dim(background))].sort((a, b) => b - a);
  return {
    name: (el.textContent.trim() || el.getAttribute("aria-label") || el.tagName).slice(0, 40),
    ratio: (light + 0.05) / (dark + 0.05),
    ring: getComputedStyle(el).boxShadow,
  };
}

/**
 * Every visible control in `scope`, at rest, hovered and focused: what is
 * under 4.5:1, or focused without the focus ring, into `failures`.
 */
async function sweep(page, scope, what, failures) {
  const controls = await scope.locator("button, a, select").filter({ visible: true }).all();
  expect(controls.length, what).toBeGreaterThan(0);
  const check = (result, state) => {
    if (result.ratio < 4.5) failures.push(`${what}: "${result.name}" ${state}: ${result.ratio.toFixed(2)}:1`);
  };
  for (const control of controls) {
    await page.mouse.move(0, 0);
    await control.evaluate((el) => el.blur());
    check(await control.evaluate(textContrast), "at rest");
    await control.hover();
    check(await control.evaluate(textContrast), "on hover");
    await page.mouse.move(0, 0);
    // Focus as the keyboard gives it (a key first, so :focus-visible applies).
    await page.keyboard.press("Shift");
    await control.evaluate((el) => el.focus());
    const focus = await control.evaluate(textContrast);
    check(focus, "focused");
    // The focus ring: yellow (#fd0) and near-black.
    if (!focus.ring.includes("rgb(255, 221, 0)")) failures.push(`${what}: "${focus.name}" focused: no ring`);
  }
}

for (const accent of ACCENTS) {
  test(`accent ${accent || "default"}: every control's text is 4.5:1 or more in every state`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.route("**/pages/accent.html", (route) =>
      route.fulfill({ contentType: "text/html", body: accentPage(accent) }),
    );
    await page.goto("/pages/accent.html");
    const w = widget(page.locator("#inline"));
    await expect(w.locator(".ccw-button-start")).toBeVisible();
    const what = (screen) => `${accent || "default"}, ${screen}`;
    const failures = [];
    await sweep(page, w, what("start"), failures);
    await w.locator(".ccw-button-start").click();
    // A question in error: the error summary's link.
    await w.locator("button[type=submit]").click();
    await expect(w.locator(".ccw-error-summary a")).toBeVisible();
    await sweep(page, w, what("question in error"), failures);
    for (const value of WALKS.likely) await answer(w, value);
    await expect(w.locator(".ccw-summary")).toBeVisible();
    await sweep(page, w, what("check your answers"), failures);
    await seeResult(w);
    await expect(w.locator(".ccw-result")).toBeVisible();
    await expect(w.locator(".ccw-button-secondary").first()).toBeVisible();
    await sweep(page, w, what("result"), failures);
    await sweep(page, page.locator("#badge"), what("badge"), failures);
    // The kiosk's start screen: its language buttons have styles of their own.
    await page.goto(`/kiosk.html?accent=${encodeURIComponent(accent)}`);
    await expect(widget(page).locator(".ccw-kiosk-start")).toBeVisible();
    await sweep(page, widget(page), what("kiosk start"), failures);
    expect(failures).toEqual([]);
  });
}

// A visited link looks as an unvisited one (the style sheets have no
// :visited rule, and the app's link colour is its own, not the browser's):
// the default state above covers it. Browsers report a visited link's
// colour as unvisited to scripts, so this reads the rules themselves.
test("no :visited rule changes a link's colour", async ({ page }) => {
  await page.goto("/");
  const w = widget(page.locator("#connected-care"));
  await expect(w.locator(".ccw-button-start")).toBeVisible();
  const selectors = await page.evaluate(async () => {
    const sheets = await Promise.all(
      ["style.css", "kiosk/kiosk-page.css"].map(async (file) => {
        const sheet = new CSSStyleSheet();
        await sheet.replace(await (await fetch(file)).text());
        return sheet;
      }),
    );
    const all = (rules) => [...rules].flatMap((r) => [r.selectorText ?? "", ...all(r.cssRules ?? [])]);
    return sheets.flatMap((s) => all(s.cssRules));
  });
  expect(selectors.length).toBeGreaterThan(50);
  expect(selectors.filter((s) => /:visited|:link/.test(s))).toEqual([]);
});
