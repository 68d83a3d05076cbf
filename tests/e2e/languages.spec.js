// Every language, end to end: the walkthrough to LIKELY with axe clean and
// the direction the code gives each language; a switch mid-walkthrough
// that keeps answers, focus, and right names and roles; and where the
// language comes from. (A language that fails to load: faults.spec.js.)
import { test, expect } from "@playwright/test";
import {
  LANGUAGES,
  answer,
  demoWidget,
  dialogWidget,
  direction,
  expectAxeClean,
  shot,
  walkTo,
  widget,
  chooseLanguage,
} from "./support/index.js";

const ISOLATION = /[\u2066-\u2069]/;

for (const lang of LANGUAGES) {
  test(`${lang}: walkthrough to LIKELY`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    const w = demoWidget(page);
    await expect(w).toHaveAttribute("lang", lang);
    await expect(w).toHaveAttribute("dir", direction(lang));
    // The widget sets lang and dir on its own root only.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.evaluate(() => document.documentElement.getAttribute("dir"))).toBeNull();
    await expect(w.locator("select")).toHaveValue(lang);
    await walkTo(w, "likely", {
      atQuestion: async (n) => {
        if (n !== 4) return;
        await expectAxeClean(page, `${lang} checklist`);
        await shot(page, `lang-${lang}-question`);
      },
    });
    await expect(w.locator("h1")).toBeFocused();
    await expectAxeClean(page, `${lang} result`);
    await shot(page, `lang-${lang}-result`);
    // What the patient sees (the hidden print summary also holds English).
    const text = await w.evaluate((el) => el.innerText);
    expect(text).not.toMatch(ISOLATION);
    expect(text).toContain("911");
    if (lang !== "en") expect(text).not.toContain("Only your health care provider can decide");
  });
}

test("switching language mid-walkthrough keeps answers and focus", async ({ page }) => {
  await page.goto("/");
  const w = demoWidget(page);
  await w.locator(".ccw-button-start").click();
  await answer(w, "yes");
  await w.locator('input[value="advantage"]').check();
  const select = w.locator("select");
  await select.focus();
  await chooseLanguage(w, "es");
  await expect(w).toHaveAttribute("lang", "es");
  await expect(w.locator("h1")).not.toHaveText("Which Medicare do you have?");
  await expect(w.locator(".ccw-language button")).toBeFocused();
  // The unsaved choice on screen and the saved answers both survive.
  await expect(w.locator('input[value="advantage"]')).toBeChecked();
  await w.locator("button[type=submit]").click();
  await w.locator(".ccw-back").click();
  await w.locator(".ccw-back").click();
  await expect(w.locator('input[value="yes"]')).toBeChecked();
  await chooseLanguage(w, "ar");
  await expect(w).toHaveAttribute("dir", "rtl");
  await expectAxeClean(page, "after switching to Arabic");
  await shot(page, "lang-switch-ar");
});

test("accessible names and roles stay right after a language switch", async ({ page }) => {
  await page.goto("/pages/harden.html");
  const w = widget(page.locator("#inline"));
  await w.locator(".ccw-button-start").click();
  const names = async () => ({
    region: await w.getAttribute("aria-label"),
    heading: await w.getByRole("heading", { level: 1 }).textContent(),
    radios: await w.getByRole("radio").count(),
    group: await w.getByRole("group").count(),
    language: await w.getByRole("combobox").count(),
    back: await w.getByRole("button", { name: /./ }).first().textContent(),
  });
  const english = await names();
  expect(english.region).toBe("Chronic care management check");
  for (const [lang, region, heading] of [
    ["es", "Verificación de la administración de la atención crónica", /Medicare/],
    ["ar", "أداة التحقق من إدارة الرعاية المزمنة", /Medicare|ميديكير/],
    ["ko", "만성 질환 관리 확인", /Medicare|메디케어/],
  ]) {
    await chooseLanguage(w, lang);
    await expect(w).toHaveAttribute("lang", lang);
    const now = await names();
    expect(now.region).toBe(region);
    expect(now.heading).toMatch(heading);
    expect(now.heading).not.toBe(english.heading);
    expect([now.radios, now.group, now.language]).toEqual([english.radios, english.group, english.language]);
    await expect(w.getByRole("combobox")).toHaveAccessibleName(/.+/);
    await expect(w.getByRole("radio").first()).toHaveAccessibleName(/.+/);
    await expect(w.locator("button[type=submit]")).toHaveAccessibleName(/.+/);
    await expectAxeClean(page, lang);
  }
  // The badge's dialog is named in the language the app shows.
  await page.locator("#badge .ccw-badge").click();
  const dialogApp = dialogWidget(page, "badge");
  await chooseLanguage(dialogApp, "ru");
  await expect(dialogApp).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("dialog")).toHaveAccessibleName("Проверка: ведение хронических заболеваний");
  await expect(page.locator("#badge dialog .ccw-close")).toHaveAccessibleName(/.+/);
});

test("language comes from the nearest lang, then the document, then the browser", async ({ browser }) => {
  const context = await browser.newContext({ locale: "vi-VN" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(demoWidget(page)).toHaveAttribute("lang", "en");
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
