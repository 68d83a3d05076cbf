// "Print or save": one page with the result in the patient's language and
// in English beside it, printed from a frame of its own so nothing else on
// the page is printed. Screenshots of the print layout (print media).
import { test, expect } from "@playwright/test";
import { LANGUAGES, demoWidget as widget, shot, walkTo } from "./support/index.js";

/** The landing page's widget in `lang`, at LIKELY (with Medicaid, so the result has notes). */
async function toLikely(page, lang) {
  await page.goto(`/?lang=${lang}`);
  await expect(widget(page)).toHaveAttribute("lang", lang);
  await walkTo(widget(page), "likely");
}

/// Presses "Print or save" (print() itself counted, not shown) and returns
/// what the print frame holds: its markup and its adopted styles. Without
/// a label, the button is found by the name the frame shares with it.
async function print(page, label) {
  await page.evaluate(() => {
    window.__prints = 0;
  });
  const frame = page.locator("iframe.ccw-print-frame");
  await frame.evaluate((el) => {
    el.contentWindow.print = () => window.__prints++;
  });
  const name = label ?? (await frame.getAttribute("title"));
  await widget(page).getByRole("button", { name, exact: true }).click();
  expect(await page.evaluate(() => window.__prints)).toBe(1);
  return frame.evaluate((el) => ({
    html: el.contentDocument.documentElement.outerHTML,
    css: [...el.contentDocument.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join("\n"),
  }));
}

/// Lays the printed document out as paper does, screenshots it and counts
/// its PDF pages.
async function printLayout(browser, printed, name) {
  const page = await browser.newPage();
  await page.setContent(printed.html);
  if (printed.css) await page.addStyleTag({ content: printed.css });
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 794, height: 1123 });
  await shot(page, name);
  const pdf = await page.pdf({ format: "Letter" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  await page.close();
  return pages;
}

test("Spanish: the summary in Spanish and English, on one page", async ({ page, browser }) => {
  await toLikely(page, "es");
  const printed = await print(page, "Imprimir o guardar");
  // Two versions, each marked with its language.
  expect(printed.html).toMatch(/<section lang="es" dir="ltr">/);
  expect(printed.html).toMatch(/<section lang="en" dir="ltr">/);
  expect(printed.html).toContain("Your answers match Medicare’s basic rules for CCM");
  const spanishTitle = await widget(page).locator("h1").textContent();
  expect(printed.html).toContain(spanishTitle.trim());
  // The reasons, notes and questions to ask, in both.
  expect(printed.html).toContain("You said you have Part B (medical insurance).");
  expect(printed.html).toContain("Most people with both Medicare and Medicaid pay nothing for CCM.");
  expect(printed.html).toContain("Will I get a copy of my care plan?");
  expect(printed.html).toContain("In an emergency, call 911.");
  // Nothing interactive or hidden is printed.
  expect(printed.html).not.toMatch(/<button|<input|<select|hidden|tabindex/);
  expect(printed.css).toContain("@page");
  // Its source on the page is hidden from sight and screen readers.
  await expect(widget(page).locator(".ccw-print-summary")).toBeHidden();
  expect(await printLayout(browser, printed, "print-es")).toBe(1);
});

test("Arabic: right to left beside English; English alone prints once", async ({ page, browser }) => {
  await toLikely(page, "ar");
  const printed = await print(page, "طباعة أو حفظ");
  expect(printed.html).toMatch(/<section lang="ar" dir="rtl">/);
  expect(printed.html).toMatch(/<section lang="en" dir="ltr">/);
  expect(await printLayout(browser, printed, "print-ar")).toBe(1);

  await toLikely(page, "en");
  const english = await print(page, "Print or save");
  expect(english.html.match(/<section /g)).toHaveLength(1);
  expect(await printLayout(browser, english, "print-en")).toBe(1);
});

test("the print frame goes with the result: Start over leaves nothing of it", async ({ page }) => {
  await toLikely(page, "en");
  await print(page, "Print or save");
  await widget(page).getByRole("button", { name: "Start over" }).click();
  await expect(page.locator("iframe")).toHaveCount(0);
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toContain("Your answers match");
});

test("every language beside English fits on one page", async ({ page, browser }) => {
  // A walk and a PDF for each language: the time grows with the languages.
  test.setTimeout(20_000 * LANGUAGES.length);
  for (const lang of LANGUAGES.filter((l) => l !== "en")) {
    await toLikely(page, lang);
    const printed = await print(page);
    expect(printed.html).toContain(`<section lang="${lang}"`);
    expect(await printLayout(browser, printed, `print-${lang}`), `${lang}: pages`).toBe(1);
  }
});
