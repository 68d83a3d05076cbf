// Older browsers (issue 17): where something the widget needs is missing,
// the partner's link stays, the console has one warning, and nothing is
// thrown into the page. Each feature is taken away in the page before the
// loader runs. (tools/loader-features.test.mjs checks that the loader's
// tiny wasm module needs each wasm feature the build uses.)
import { test, expect } from "@playwright/test";
import { CMS_URL, expectPageUnharmed, startTitle, watchPage } from "./support/index.js";

const WARNING = "Connected Care widget could not load";

// What each browser lacks, as a script run before the page's own.
const MISSING = {
  "custom elements": () => delete window.customElements,
  "shadow DOM": () => delete Element.prototype.attachShadow,
  // Safari before 16.4: the constructor exists, and throws.
  "constructable stylesheets": () => {
    window.CSSStyleSheet = function CSSStyleSheet() {
      throw new TypeError("Illegal constructor");
    };
  },
  "adoptedStyleSheets on shadow roots": () => delete ShadowRoot.prototype.adoptedStyleSheets,
  "<dialog>": () => delete window.HTMLDialogElement,
  // Firefox before 119: no aria-* attributes as element properties.
  "ARIA reflection": () => delete Element.prototype.ariaBusy,
  WebAssembly: () => delete window.WebAssembly,
  // A browser whose WebAssembly lacks reference types, bulk memory, sign
  // extension or non-trapping float-to-int: the loader's module does not
  // validate there.
  "the wasm features the build uses": () => {
    WebAssembly.validate = () => false;
  },
};

for (const [feature, takeAway] of Object.entries(MISSING)) {
  test(`without ${feature}: the partner's link, one warning, nothing thrown`, async ({ page }) => {
    const seen = await watchPage(page);
    await page.addInitScript(takeAway);
    await page.goto("/pages/loading.html");
    for (const lang of ["en", "ar", "es"]) {
      const link = page.locator(`#badge-${lang}`).getByRole("link", { name: startTitle(lang) });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute("href", CMS_URL);
      // No badge: the element stays as the partner wrote it.
      expect(await page.locator(`#badge-${lang}`).evaluate((el) => el.shadowRoot)).toBeNull();
    }
    await page.locator("#badge-en").getByRole("link").hover();
    expect(seen.warnings.filter((w) => w.includes("Connected Care"))).toEqual([WARNING]);
    // The page's own globals as they were, but the one the test took away.
    await expectPageUnharmed(page, seen);
  });
}

test("with everything there, no warning and the badge", async ({ page }) => {
  const seen = await watchPage(page);
  await page.goto("/pages/loading.html");
  await expect(page.locator("#badge-en .ccw-badge")).toBeVisible();
  expect(seen.warnings).toEqual([]);
  await expectPageUnharmed(page, seen);
});
