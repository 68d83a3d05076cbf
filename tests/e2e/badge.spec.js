// The partner's snippet on a plain page: the badge draws at once in the
// page's language, the app loads only on intent, the dialog opens and
// closes with the keyboard, several widgets live side by side, the
// partner's colour and contact line, and the badge never moves the page.
// (When things fail: faults.spec.js; hostile pages and values: hostile.spec.js.)
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import {
  CMS_URL,
  LINK_TEXT,
  START_TITLE,
  afterNextFrames,
  badge,
  startTitle,
  dialogWidget,
  direction,
  expectAxeClean,
  holdBack,
  recordLayoutShifts,
  recordRequests,
  shot,
  tabTo,
  walkTo,
  widget,
} from "./support/index.js";

const PAGE = "/pages/plain.html";

test("the badge draws at once, localized, beside an inline widget", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const urls = recordRequests(page);
  await page.goto(PAGE);
  await expect(badge(page, "badge-es")).toHaveText(startTitle("es"));
  await expect(badge(page, "badge-es")).toHaveAttribute("aria-haspopup", "dialog");
  // Right to left from its own letters.
  expect(await badge(page, "badge-ar").evaluate((el) => getComputedStyle(el).direction)).toBe(direction("ar"));
  // The inline widget loads at once; wait for it, then check the badge
  // pages fetched nothing more than the app itself.
  await expect(widget(page.locator("#inline-en"))).toBeVisible();
  expect(urls.filter((u) => u.endsWith(".wasm"))).toHaveLength(1);
  expect(urls.filter((u) => u.includes("/locales/"))).toEqual([]);
  await shot(page, "embed-plain-page");
});

test("only the loader is downloaded before intent on a page with only badges", async ({ page }) => {
  const urls = recordRequests(page);
  await page.goto("/pages/badges-only.html");
  await expect(badge(page, "badge")).toHaveText(LINK_TEXT);
  await page.waitForTimeout(500);
  expect(urls.map((u) => new URL(u).pathname)).toEqual(["/pages/badges-only.html", "/widget.js"]);
  await badge(page, "badge").hover();
  await expect.poll(() => urls.filter((u) => u.endsWith(".wasm")).length).toBe(1);
});

test("keyboard: open, complete, close, focus back on the badge", async ({ page }) => {
  await page.goto(PAGE);
  const b = badge(page, "badge-es");
  await expect(b).toBeVisible();
  await tabTo(page, b, { max: 10 });
  await page.keyboard.press("Enter");
  const dialog = page.locator("#badge-es dialog");
  await expect(dialog).toHaveAttribute("open", "");
  const app = dialogWidget(page, "badge-es");
  await expect(app).toHaveAttribute("lang", "es");
  await expect(app).toHaveAttribute("data-mode", "badge");
  // Focus is inside the dialog; Tab reaches Start.
  await tabTo(page, app.locator(".ccw-button-start"), { max: 10 });
  await page.keyboard.press("Enter");
  await expect(app.locator("h1")).toBeFocused();
  // "No" on the first question: Tab to the group, arrow to No, continue.
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await expect(app.locator('input[value="no"]')).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(app.locator(".ccw-summary")).toBeVisible();
  await tabTo(page, app.locator(".ccw-summary + .ccw-button"), { max: 10 });
  await page.keyboard.press("Enter");
  await expect(app.locator(".ccw-result")).toHaveAttribute("data-outcome", "not-medicare");
  await expectAxeClean(page, "the dialog's result");
  await shot(page, "embed-dialog-result", { fullPage: false });
  await page.keyboard.press("Escape");
  await expect(dialog).not.toHaveAttribute("open", "");
  expect(await b.evaluate((el) => el.getRootNode().activeElement === el)).toBe(true);
});

test("three widgets on one page work independently", async ({ page }) => {
  await page.goto(PAGE);
  const inline = widget(page.locator("#inline-en"));
  await inline.locator(".ccw-button-start").click();
  await inline.locator('input[value="yes"]').check();
  await badge(page, "badge-ar").click();
  const ar = dialogWidget(page, "badge-ar");
  await expect(ar).toHaveAttribute("dir", "rtl");
  await expect(ar.locator(".ccw-button-start")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(inline.locator('input[value="yes"]')).toBeChecked();
  await expect(inline.locator("h1")).toHaveText("Do you have Medicare?");
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll("connected-care-widget")].flatMap((w) =>
      [...w.shadowRoot.querySelectorAll("[id]")].map((e) => e.id),
    ),
  );
  expect(new Set(ids).size).toBe(ids.length);
});

// Light colours are darkened until white text on them meets AA (4.5:1):
// the loader (the badge) and the app (options.rs) must agree.
test("a partner colour: darkened to AA contrast the same on the badge and in the app, with a warning; the contact line on the result", async ({
  page,
}) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("/pages/accent-badge.html");
  const toRgb = (hex) => `rgb(${hex.match(/[0-9a-f]{2}/gi).map((h) => parseInt(h, 16)).join(", ")})`;
  const accents = {};
  for (const id of ["yellow", "green", "sky"]) {
    const b = badge(page, id);
    const background = await b.evaluate((el) => getComputedStyle(el).backgroundColor);
    await b.click();
    const app = dialogWidget(page, id);
    await expect(app).toBeVisible();
    accents[id] = await app.evaluate((el) => el.style.getPropertyValue("--ccw-accent"));
    expect(background, id).toBe(toRgb(accents[id]));
    await page.keyboard.press("Escape");
  }
  // Dark enough already: used as given.
  expect(accents.green).toBe("#0b6e4f");
  expect(await badge(page, "green").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(11, 110, 79)");
  // Too light: darkened, and the partner is told (once for each).
  for (const [id, given] of [["yellow", "#ffdd00"], ["sky", "#7fdbff"]]) {
    expect(accents[id], id).toMatch(/^#[0-9a-f]{6}$/);
    expect(accents[id], id).not.toBe(given);
  }
  expect(warnings.filter((w) => w.includes("accent"))).toHaveLength(2);
  await badge(page, "yellow").click();
  const yellow = dialogWidget(page, "yellow");
  await walkTo(yellow, "not-medicare");
  await expect(yellow.locator(".ccw-result > .ccw-contact bdi")).toHaveText("Main Street Clinic, 555-0100");
  await expectAxeClean(page, "badges and a result in partner colours");
  await shot(page, "embed-partner-options");
});

// A partner's page with the snippet between two paragraphs, in the page's
// own type (serif at line-height 1.5, or sans at "normal", which leaves the
// least room around the badge).
const shiftPage = (lang, font) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Layout shift</title>
<style>body { margin: 0 1.5rem; font: ${font}; }</style>
<script type="module" src="../widget.js"></script></head>
<body>
<p id="above">Medicare may pay for extra help between visits. Find out in a few questions whether chronic care management could help you:</p>
<connected-care-widget id="badge" lang="${lang}">
  <a href="${CMS_URL}">${startTitle(lang)}</a>
</connected-care-widget>
<p id="below">Call us to book a visit, or ask at the front desk.</p>
</body></html>`;

// The loader runs after the page's first paint, so the visitor sees the
// partner's link first; the badge that takes its place must not move what
// follows, whatever the width and the language (the badge shows the link's
// text, but bold and padded, so on more or fewer lines). The loader is held back here so the
// link has surely been painted.
for (const font of ["1rem/1.5 Georgia, serif", "1rem sans-serif"]) {
  test(`the badge causes no layout shift, at five widths, in five languages (${font})`, async ({ page }) => {
    test.setTimeout(120_000);
    await recordLayoutShifts(page);
    await page.addInitScript(() => {
      // Where the next paragraph is in the frames drawn with the link.
      const record = () => {
        if (customElements.get("connected-care-widget")) return;
        window.__belowWithLink = document.getElementById("below")?.getBoundingClientRect().top;
        requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    await holdBack(page, "**/widget.js", 200);
    let lang;
    await page.route("**/pages/shift.html", (route) => route.fulfill({ contentType: "text/html", body: shiftPage(lang, font) }));
    const failures = [];
    for (lang of ["en", "es", "vi", "ar", "zh-Hant"]) {
      for (const width of [320, 360, 412, 768, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto("/pages/shift.html");
        await expect(badge(page, "badge")).toBeVisible();
        await afterNextFrames(page);
        const seen = await page.evaluate(() => {
          const rect = (el) => el.getBoundingClientRect();
          const badge = document.getElementById("badge").shadowRoot.querySelector(".ccw-badge");
          const b = rect(badge);
          return {
            shifts: window.__shifts,
            belowWithLink: window.__belowWithLink,
            below: rect(document.getElementById("below")).top,
            // The badge's box, and the text of the paragraphs around it.
            badge: { top: b.top, bottom: b.bottom, right: b.right, height: b.height },
            aboveBottom: rect(document.getElementById("above")).bottom,
            fontSize: parseFloat(getComputedStyle(badge).fontSize),
          };
        });
        const where = `${lang} at ${width} px`;
        if (seen.shifts.length) failures.push(`${where}: shifts ${seen.shifts}`);
        if (seen.belowWithLink === undefined) failures.push(`${where}: the link was never drawn`);
        else if (Math.abs(seen.below - seen.belowWithLink) >= 1) failures.push(`${where}: the next paragraph moved from ${seen.belowWithLink} to ${seen.below}`);
        // Fitting it in makes the badge no smaller than 90% of the text
        // size, and never covers the partner's text or leaves the page.
        if (seen.fontSize < 14.4) failures.push(`${where}: label at ${seen.fontSize} px`);
        if (seen.badge.top < seen.aboveBottom || seen.badge.bottom > seen.below) failures.push(`${where}: the badge covers the text around it ${JSON.stringify(seen)}`);
        if (seen.badge.right > width || seen.badge.height < 24) failures.push(`${where}: badge box ${JSON.stringify(seen.badge)}`);
      }
    }
    expect(failures).toEqual([]);
  });
}

// A snippet whose link was deleted: the badge still draws in its place,
// with nothing to fit it to.
test("a badge written without a link draws where it stands", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.route("**/pages/no-link.html", (route) =>
    route.fulfill({ contentType: "text/html", body: shiftPage("es", "1rem sans-serif").replace(/<a [^>]*>.*<\/a>/, "") }),
  );
  await page.goto("/pages/no-link.html");
  await expect(badge(page, "badge")).toBeVisible();
  const [b, above, below] = await Promise.all(
    [badge(page, "badge"), page.locator("#above"), page.locator("#below")].map((l) => l.boundingBox()),
  );
  expect(b.y).toBeGreaterThanOrEqual(above.y + above.height);
  expect(b.y + b.height).toBeLessThanOrEqual(below.y);
});

// ------------------------------------------------- the label is the link

// The link texts a partner writes, by element id (their own words, not
// the widget's).
const LINKS = {
  en: "Do I qualify for chronic care management?",
  es: "¿Califico para la administración de la atención crónica?",
  ar: "هل أنا مؤهل لإدارة الرعاية المزمنة؟",
  zh: "我符合慢性病護理管理的資格嗎？",
  // Languages the widget does not speak: Persian, its lang on a section
  // around the element; Swahili.
  fa: "آیا مدیریت مراقبت از بیماری‌های مزمن می‌تواند به شما کمک کند؟",
  sw: "Je, usimamizi wa huduma za magonjwa sugu unaweza kukusaidia?",
  // Arabic words in an element with no lang of its own, on an English page.
  "ar-text": "هل يمكن أن تساعدك إدارة الرعاية المزمنة؟",
};
const link = (id) => `<a href="https://go.cms.gov/ccm">${LINKS[id]}</a>`;
const LABELS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Badge labels</title>
<script type="module" src="../widget.js"></script></head>
<body>
<h1>Badge labels</h1>
<p><connected-care-widget id="en" lang="en">${link("en")}</connected-care-widget></p>
<p><connected-care-widget id="es" lang="es">${link("es")}</connected-care-widget></p>
<p><connected-care-widget id="ar" lang="ar">${link("ar")}</connected-care-widget></p>
<p><connected-care-widget id="zh" lang="zh-Hant">${link("zh")}</connected-care-widget></p>
<section lang="fa"><p><connected-care-widget id="fa">${link("fa")}</connected-care-widget></p></section>
<p><connected-care-widget id="sw" lang="sw">${link("sw")}</connected-care-widget></p>
<p><connected-care-widget id="ar-text">${link("ar-text")}</connected-care-widget></p>
<p><connected-care-widget id="no-link" lang="es"></connected-care-widget></p>
</body></html>`;

test.beforeEach(async ({ page }) => {
  // The labels page is written here, not under pages/.
  await page.route("**/pages/badge-label.html", (route) => route.fulfill({ contentType: "text/html", body: LABELS_PAGE }));
});

// What the badge says, in which language (inherited from the element or
// set on the badge) and direction; and the dialog's direction.
async function seen(page, id) {
  await expect(badge(page, id)).toBeVisible();
  return badge(page, id).evaluate((el) => {
    const lang = (tag) => el.matches(`:lang(${tag})`);
    return {
      text: el.textContent,
      name: el.ariaLabel ?? null,
      langs: ["en", "es", "ar", "zh-Hant", "fa", "sw"].filter(lang),
      direction: getComputedStyle(el).direction,
      dialogDir: el.getRootNode().querySelector("dialog").dir,
    };
  });
}

test("the badge shows the partner's link text, in its language and direction", async ({ page }) => {
  await page.goto("/pages/badge-label.html");
  const expected = {
    en: ["en", "ltr"],
    es: ["es", "ltr"],
    ar: ["ar", "rtl"],
    zh: ["zh-Hant", "ltr"],
    fa: ["fa", "rtl"],
    sw: ["sw", "ltr"],
    // The page's language, but the direction of the words themselves.
    "ar-text": ["en", "rtl"],
  };
  for (const [id, [lang, direction]] of Object.entries(expected)) {
    expect(await seen(page, id), id).toEqual({
      text: LINKS[id],
      name: null,
      langs: [lang],
      direction,
      dialogDir: direction,
    });
    await expect(badge(page, id), id).toHaveAccessibleName(LINKS[id]);
  }
  await expectAxeClean(page, "badges labelled in five languages");
  await page.setViewportSize({ width: 480, height: 800 });
  await shot(page, "badge-labels");
});

test("without a link, the badge says the English default, marked as English", async ({ page }) => {
  await page.goto("/pages/badge-label.html");
  expect(await seen(page, "no-link")).toEqual({
    text: START_TITLE,
    name: null,
    langs: ["en"],
    direction: "ltr",
    dialogDir: "ltr",
  });
  await expect(page.locator("#no-link dialog")).toHaveAttribute("lang", "en");
});

test("a language the widget does not know needs no change to the loader", async ({ page }) => {
  // The built loader has no words in any language but English: nothing but
  // ASCII, and the close button's "×".
  const loader = readFileSync(new URL("../../dist/widget.js", import.meta.url), "utf8");
  expect(loader.replaceAll("×", "").match(/[^\x00-\x7f]/g)).toBeNull();
  expect(loader).toContain(START_TITLE);
  // Swahili: the badge says the partner's words, and opens the check (in
  // the page's language, English).
  await page.goto("/pages/badge-label.html");
  await expect(badge(page, "sw")).toHaveText(LINKS.sw);
  await badge(page, "sw").click();
  await expect(page.locator("#sw dialog section.ccw")).toHaveAttribute("lang", "en");
  await expect(page.locator("#sw dialog section.ccw .ccw-button-start")).toBeVisible();
});

test("the dialog's close button is named, and it and Escape close the dialog, also while the app loads", async ({
  page,
}) => {
  // Hold the app back, so the dialog opens before it is there.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/connected-care-widget_bg.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/pages/badge-label.html");
  const dialog = page.locator("#ar dialog");
  const close = page.locator("#ar dialog .ccw-close");
  await badge(page, "ar").click();
  await expect(dialog).toHaveAttribute("open", "");
  await expect(page.getByRole("dialog")).toHaveAccessibleName(LINKS.ar);
  // Its name is a word in the language it is marked with, not "×".
  await expect(close).toHaveAccessibleName("Close");
  expect(await close.evaluate((el) => el.closest("[lang]").lang)).toBe("en");
  await page.keyboard.press("Escape");
  await expect(dialog).not.toHaveAttribute("open", "");
  await badge(page, "ar").click();
  await close.click();
  await expect(dialog).not.toHaveAttribute("open", "");
  // With the app there: the same, and focus goes back to the badge.
  release();
  await badge(page, "ar").click();
  await expect(page.locator("#ar dialog section.ccw")).toBeVisible();
  // The app names the close button in the language it shows.
  await expect(close).toHaveAccessibleName("إغلاق");
  expect(await close.evaluate((el) => el.closest("[lang]").lang)).toBe("ar");
  await expect(dialog).toHaveAttribute("dir", "rtl");
  await close.click();
  await expect(dialog).not.toHaveAttribute("open", "");
  expect(await badge(page, "ar").evaluate((el) => el.getRootNode().activeElement === el)).toBe(true);
  await badge(page, "ar").click();
  await page.keyboard.press("Escape");
  await expect(dialog).not.toHaveAttribute("open", "");
});

// Forced colours (Windows High Contrast) drop backgrounds: the badge and
// the dialog's close button keep a visible border, the system's colour in
// place of their transparent or blue one; hover underlines the label.
test("forced colours: the badge and the close button keep a visible border; hover underlines", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/pages/badges-only.html");
  const b = badge(page, "badge");
  await expect(b).toBeVisible();
  const border = (locator) =>
    locator.evaluate((el) => {
      const style = getComputedStyle(el);
      return { color: style.borderTopColor, width: style.borderTopWidth };
    });
  const transparent = "rgba(0, 0, 0, 0)";
  const badgeBorder = await border(b);
  expect(badgeBorder.width).toBe("2px");
  expect(badgeBorder.color).not.toBe(transparent);
  expect(badgeBorder.color).not.toBe(await b.evaluate((el) => getComputedStyle(el).backgroundColor));
  await b.hover();
  await expect.poll(() => b.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe("underline");
  await b.click();
  const close = page.locator("#badge dialog .ccw-close");
  await expect(close).toBeVisible();
  const closeBorder = await border(close);
  expect(closeBorder.color).not.toBe(transparent);
  expect(closeBorder.color).not.toBe(await close.evaluate((el) => getComputedStyle(el).backgroundColor));
});
