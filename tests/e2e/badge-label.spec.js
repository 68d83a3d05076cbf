// The badge's label is the partner's own link text, in the language and
// direction of that text; the English default only when there is no link.
// The loader carries no words per language, so a language the widget has
// never heard of needs no change to it.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, readFileSync } from "node:fs";

const SHOTS = new URL("./screenshots/", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const EN_LABEL = "Could chronic care management help you?";

// The link texts a partner writes, by element id (their own words, not
// the widget's).
const LINKS = {
  en: "Do I qualify for chronic care management?",
  es: "¿Califico para la administración de la atención crónica?",
  ar: "هل أنا مؤهل لإدارة الرعاية المزمنة؟",
  zh: "我符合慢性病護理管理的資格嗎？",
  // Languages the widget does not speak: Persian, its lang on a section
  // around the element; Tagalog.
  fa: "آیا مدیریت مراقبت از بیماری‌های مزمن می‌تواند به شما کمک کند؟",
  tl: "Makakatulong ba sa iyo ang pamamahala ng malalang sakit?",
  // Arabic words in an element with no lang of its own, on an English page.
  "ar-text": "هل يمكن أن تساعدك إدارة الرعاية المزمنة؟",
};
const link = (id) => `<a href="https://go.cms.gov/ccm">${LINKS[id]}</a>`;
const PAGE = `<!doctype html>
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
<p><connected-care-widget id="tl" lang="tl">${link("tl")}</connected-care-widget></p>
<p><connected-care-widget id="ar-text">${link("ar-text")}</connected-care-widget></p>
<p><connected-care-widget id="no-link" lang="es"></connected-care-widget></p>
</body></html>`;

const badge = (page, id) => page.locator(`#${id} .ccw-badge`);

test.beforeEach(async ({ page }) => {
  await page.route("**/pages/badge-label.html", (route) => route.fulfill({ contentType: "text/html", body: PAGE }));
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
      langs: ["en", "es", "ar", "zh-Hant", "fa", "tl"].filter(lang),
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
    tl: ["tl", "ltr"],
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
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.setViewportSize({ width: 480, height: 800 });
  await page.screenshot({ path: `${SHOTS}badge-labels.png`, fullPage: true });
});

test("without a link, the badge says the English default, marked as English", async ({ page }) => {
  await page.goto("/pages/badge-label.html");
  expect(await seen(page, "no-link")).toEqual({
    text: EN_LABEL,
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
  expect(loader).toContain(EN_LABEL);
  // Tagalog: the badge says the partner's words, and opens the check (in
  // the page's language, English).
  await page.goto("/pages/badge-label.html");
  await expect(badge(page, "tl")).toHaveText(LINKS.tl);
  await badge(page, "tl").click();
  await expect(page.locator("#tl dialog section.ccw")).toHaveAttribute("lang", "en");
  await expect(page.locator("#tl dialog section.ccw .ccw-button-start")).toBeVisible();
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
