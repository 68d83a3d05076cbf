// Every language, end to end: the walkthrough to LIKELY with axe clean,
// right to left for Arabic, a switch mid-walkthrough, and a failed download.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";

const SHOTS = new URL("./screenshots/", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const LANGS = ["en", "es", "zh-Hant", "vi", "ko", "ru", "ar", "ht"];
const ISOLATION = /[\u2066-\u2069]/;

const widget = (page) => page.locator("section.ccw");

async function axeClean(page, what) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`), what).toEqual([]);
}

async function pick(page, value) {
  await widget(page).locator(`input[value="${value}"]`).check();
}

async function next(page) {
  await widget(page).locator("button[type=submit]").click();
}

for (const lang of LANGS) {
  test(`${lang}: walkthrough to LIKELY`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    const w = widget(page);
    await expect(w).toHaveAttribute("lang", lang);
    await expect(w).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    // The widget sets lang and dir on its own root only.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.evaluate(() => document.documentElement.getAttribute("dir"))).toBeNull();
    await expect(w.locator("select")).toHaveValue(lang);
    await w.locator(".ccw-button-start").click();
    for (const value of ["yes", "part-b-medical", "yes"]) {
      await pick(page, value);
      await next(page);
    }
    await pick(page, "asthma");
    await pick(page, "diabetes");
    await axeClean(page, `${lang} checklist`);
    await page.screenshot({ path: `${SHOTS}lang-${lang}-question.png`, fullPage: true });
    await next(page);
    for (const value of ["yes", "yes"]) {
      await pick(page, value);
      await next(page);
    }
    await w.locator(".ccw-summary + .ccw-button").click();
    await expect(w.locator(".ccw-result")).toHaveAttribute("data-outcome", "likely");
    await expect(w.locator("h1")).toBeFocused();
    await axeClean(page, `${lang} result`);
    await page.screenshot({ path: `${SHOTS}lang-${lang}-result.png`, fullPage: true });
    // What the patient sees (the hidden print summary also holds English).
    const text = await w.evaluate((el) => el.innerText);
    expect(text).not.toMatch(ISOLATION);
    expect(text).toContain("911");
    if (lang !== "en") expect(text).not.toContain("Only your health care provider can decide");
  });
}

test("switching language mid-walkthrough keeps answers and focus", async ({ page }) => {
  await page.goto("/");
  const w = widget(page);
  await w.locator(".ccw-button-start").click();
  await pick(page, "yes");
  await next(page);
  await pick(page, "advantage");
  const select = w.locator("select");
  await select.focus();
  await select.selectOption("es");
  await w.locator(".ccw-language button").click();
  await expect(w).toHaveAttribute("lang", "es");
  await expect(w.locator("h1")).not.toHaveText("Which Medicare do you have?");
  await expect(w.locator(".ccw-language button")).toBeFocused();
  // The unsaved choice on screen and the saved answers both survive.
  await expect(w.locator('input[value="advantage"]')).toBeChecked();
  await next(page);
  await w.locator(".ccw-back").click();
  await w.locator(".ccw-back").click();
  await expect(w.locator('input[value="yes"]')).toBeChecked();
  await select.selectOption("ar");
  await w.locator(".ccw-language button").click();
  await expect(w).toHaveAttribute("dir", "rtl");
  await axeClean(page, "after switching to Arabic");
  await page.screenshot({ path: `${SHOTS}lang-switch-ar.png`, fullPage: true });
});

test("a language that fails to load leaves the widget working in English", async ({ page }) => {
  await page.route("**/locales/ko/main.ftl", (route) => route.abort());
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("/");
  const w = widget(page);
  await w.locator("select").selectOption("ko");
  await w.locator(".ccw-language button").click();
  await expect(w.locator(".ccw-notice")).toContainText("could not load");
  await expect(w).toHaveAttribute("lang", "en");
  await expect(w.locator("select")).toHaveValue("en");
  expect(warnings.join("\n")).toContain("ko not loaded");
  await w.locator(".ccw-button-start").click();
  await expect(w.locator("h1")).toHaveText("Do you have Medicare?");
});

test("language comes from the nearest lang, then the document, then the browser", async ({ browser }) => {
  const context = await browser.newContext({ locale: "vi-VN" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(widget(page)).toHaveAttribute("lang", "en");
  let mounted = 0;
  const langOf = async (ancestor, documentLang) => {
    const id = `host-${++mounted}`;
    await page.evaluate(
      ([ancestor, documentLang, id]) => {
        if (documentLang === null) document.documentElement.removeAttribute("lang");
        else document.documentElement.lang = documentLang;
        const outer = document.createElement("div");
        if (ancestor) outer.lang = ancestor;
        const host = document.createElement("div");
        host.id = id;
        outer.append(host);
        document.body.append(outer);
        window.wasmBindings.mount(host, {});
      },
      [ancestor, documentLang, id],
    );
    // The select shows the language chosen at once; the text follows.
    return page.locator(`#${id} select`).inputValue();
  };
  expect(await langOf("ru-RU", "en")).toBe("ru");
  expect(await langOf(null, "ht")).toBe("ht");
  expect(await langOf(null, null)).toBe("vi");
  expect(await langOf("fr", null)).toBe("vi");
  await expect(page.locator("#host-3 section.ccw")).toHaveAttribute("lang", "vi");
  await context.close();
});
