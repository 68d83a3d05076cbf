// The partners page (partners.html): it builds the snippet from a
// partner's choices, in the language chosen (the link and the iframe's
// title), previews it with the real widget, copies it, and the snippet
// works pasted into another page; it gives the kiosk's address with its
// options and a waiting-room poster whose QR code opens it.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { LANGUAGES, startTitle, expectAxeClean, shot, widget } from "./support/index.js";

/** A message of locales/<lang>/main.ftl, as written there. */
function message(lang, id) {
  const ftl = readFileSync(new URL(`../../locales/${lang}/main.ftl`, import.meta.url), "utf8");
  return ftl.match(new RegExp(`^${id} = (.+)$`, "m"))[1];
}

/** The snippet's escaping of an attribute value or text. */
const escaped = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Photographs a QR code on screen and decodes it, as a phone would. */
async function scan(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code, "the QR code decodes").not.toBeNull();
  return code.data;
}

test("the partners page builds the snippet, previews it, and copies it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/partners.html");
  const snippet = page.locator("#snippet");
  // The CDN's versioned address by default.
  await expect(snippet).toHaveValue(
    /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/connected-care-widget@\d+\.\d+\.\d+\/dist\/widget\.js"><\/script>/,
  );
  await expect(page.locator("#csp")).toHaveText(/^script-src https:\/\/cdn\.jsdelivr\.net 'wasm-unsafe-eval'/);
  await page.getByLabel("Sites that host the widget's files themselves").check();
  await expect(snippet).toHaveValue(/<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/widget\.js"><\/script>/);
  await page.getByLabel("Language").selectOption("ko");
  await page.getByLabel("The check itself, in the page").check();
  await page.getByLabel(/contact line/).fill('Clinic "A" <b>');
  await expect(snippet).toHaveValue(/<connected-care-widget lang="ko" mode="inline" contact="Clinic &quot;A&quot; &lt;b&gt;">/);
  await expect(widget(page.locator("#preview connected-care-widget"))).toHaveAttribute("lang", "ko");
  await page.getByRole("button", { name: "Copy the code" }).click();
  await expect(page.locator("#copied")).toContainText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
  await page.getByLabel("Sites that allow only iframes").check();
  await expect(snippet).toHaveValue(/<iframe data-connected-care src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?lang=ko&amp;contact=/);
  // The copy button copies what is there now.
  await page.getByRole("button", { name: "Copy the code" }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<iframe data-connected-care/);
  await expectAxeClean(page, "the partners page");
  await shot(page, "partners-page");
});

test("the snippet in each language: the link's text and the iframe's title in that language", async ({ page }) => {
  await page.goto("/partners.html");
  const snippet = page.locator("#snippet");
  // The automatic choice: English words, no lang.
  await expect
    .poll(() => snippet.inputValue())
    .toContain(`<connected-care-widget mode="badge">\n  <a href="https://go.cms.gov/ccm">${startTitle("en")}</a>`);
  for (const lang of LANGUAGES) {
    await page.getByLabel("Language").selectOption(lang);
    await page.getByLabel("Most sites: the script from a public CDN").check();
    await expect
      .poll(() => snippet.inputValue(), { message: lang })
      .toContain(`<connected-care-widget lang="${lang}" mode="badge">\n  <a href="https://go.cms.gov/ccm">${escaped(startTitle(lang))}</a>`);
    await page.getByLabel("Sites that allow only iframes").check();
    await expect
      .poll(() => snippet.inputValue(), { message: lang })
      .toContain(`lang="${lang}" title="${escaped(message(lang, "widget-label"))}"`);
  }
  // The page itself stays in English.
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1")).toHaveText("Connected Care web badge");
});

test("the iframe code, pasted into a page, shows the check in its language under its title", async ({ page }) => {
  await page.goto("/partners.html");
  await page.getByLabel("Language").selectOption("vi");
  await page.getByLabel("Sites that allow only iframes").check();
  await expect(page.locator("#snippet")).toHaveValue(/lang=vi/);
  const code = await page.locator("#snippet").inputValue();
  await page.setContent(`<!doctype html><html lang="en"><body><h1>Our clinic</h1>${code}</body></html>`);
  const frame = page.locator("iframe[data-connected-care]");
  await expect(frame).toHaveAttribute("title", message("vi", "widget-label"));
  await expect(frame).toHaveAttribute("lang", "vi");
  await expect(widget(page.frameLocator("iframe[data-connected-care]"))).toHaveAttribute("lang", "vi");
});

test("a partner pastes the README snippet into a plain page and it works", async ({ page }) => {
  // The snippet exactly as the partners page gives it, on a new page.
  await page.goto("/partners.html");
  await page.getByLabel("Language").selectOption("es");
  await page.getByLabel("Sites that host the widget's files themselves").check();
  await expect(page.locator("#snippet")).toHaveValue(/lang="es"/);
  const code = await page.locator("#snippet").inputValue();
  await page.setContent(`<!doctype html><html lang="en"><body><h1>Our church</h1>${code}</body></html>`);
  const b = page.locator("connected-care-widget .ccw-badge");
  await expect(b).toHaveText(startTitle("es"));
  await b.click();
  await expect(widget(page.locator("connected-care-widget dialog"))).toHaveAttribute("lang", "es");
});

test("the kiosk's address carries its options, and the kiosk opens with them", async ({ page }) => {
  await page.goto("/partners.html");
  const link = page.locator("#kiosk-link");
  await expect(link).toHaveText(/\/kiosk\.html$/);
  await page.getByLabel("Language").selectOption("ar");
  await page.getByLabel(/contact line/).fill("Main Street Clinic, 555-0100");
  await page.getByLabel(/Your colour/).fill("#7a1f5c");
  const idle = page.getByLabel(/Seconds without a touch/);
  // Out of range: left out, so the kiosk keeps its default.
  await idle.fill("20");
  await expect(link).toHaveText(/kiosk\.html\?lang=ar&contact=Main\+Street\+Clinic%2C\+555-0100&accent=%237a1f5c$/);
  await idle.fill("120");
  const href = await expect(link)
    .toHaveAttribute("href", /kiosk\.html\?lang=ar&contact=Main\+Street\+Clinic%2C\+555-0100&accent=%237a1f5c&idle=120$/)
    .then(() => link.getAttribute("href"));
  expect(await link.textContent()).toBe(href);
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await link.click();
  await page.waitForURL(/kiosk\.html/);
  const w = widget(page);
  await expect(w).toHaveAttribute("data-mode", "kiosk");
  await expect(w).toHaveAttribute("lang", "ar");
  await expect(w).toHaveAttribute("dir", "rtl");
  expect(warnings, "every option is one the kiosk takes").toEqual([]);
});

test("the poster: its QR code opens the kiosk or the partner's page, in the language chosen, and prints on one page", async ({
  page,
}) => {
  await page.goto("/partners.html");
  await page.getByLabel("Language").selectOption("es");
  await page.getByLabel(/contact line/).fill("Clínica Main Street, 555-0100");
  const poster = page.locator("#poster");
  const qr = poster.locator("svg");
  await expect(poster).toHaveAttribute("lang", "es");
  await expect(poster.locator(".poster-title")).toHaveText(startTitle("es"));
  await expect(poster.locator(".poster-scan")).toHaveText(message("es", "qr-link"));
  await expect(poster.locator(".poster-contact")).toHaveText("Clínica Main Street, 555-0100");
  // The kiosk's address, by default.
  const kiosk = await page.locator("#kiosk-link").getAttribute("href");
  expect(kiosk).toMatch(/kiosk\.html\?lang=es&contact=/);
  await expect(qr).toHaveAttribute("data-qr", kiosk);
  await expect(qr).toHaveAttribute("aria-label", message("es", "qr-label").replace("{ $address }", kiosk));
  expect(await scan(qr)).toBe(kiosk);
  // The partner's own page: nothing to print until it is a web address.
  await page.getByLabel("Your own page with the check").check();
  await expect(page.getByRole("button", { name: "Print the poster" })).toBeDisabled();
  await expect(page.locator("#page-url-error")).toHaveText(/starting with https:/);
  await expect(qr).toHaveCount(0);
  await page.getByLabel("Your page's address").fill("javascript:alert(1)");
  await expect(page.getByRole("button", { name: "Print the poster" })).toBeDisabled();
  const own = "https://www.example.org/chronic-care?from=poster";
  await page.getByLabel("Your page's address").fill(own);
  await expect(page.getByRole("button", { name: "Print the poster" })).toBeEnabled();
  await expect(page.locator("#page-url-error")).toBeEmpty();
  expect(await scan(qr)).toBe(own);
  await expect(poster.locator(".poster-url")).toHaveText(own);
  await expectAxeClean(page, "the partners page with a poster");
  // Printed: the poster alone, on one page, and its code still reads.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("h1")).toBeHidden();
  await expect(page.locator("#snippet")).toBeHidden();
  await expect(poster).toBeVisible();
  expect(await scan(qr)).toBe(own);
  await shot(page, "partners-poster-print");
  const pdf = await page.pdf({ format: "Letter" });
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g), "pages printed").toHaveLength(1);
  const a4 = await page.pdf({ format: "A4" });
  expect(a4.toString("latin1").match(/\/Type\s*\/Page[^s]/g), "pages printed on A4").toHaveLength(1);
});

test("the print button prints", async ({ page }) => {
  await page.goto("/partners.html");
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => window.__printed++;
  });
  await expect(page.locator("#poster svg")).toBeVisible();
  await page.getByRole("button", { name: "Print the poster" }).click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);
});
