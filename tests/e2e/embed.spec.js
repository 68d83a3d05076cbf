// The partner snippet on a plain page: the badge draws at once, the app
// loads only on intent, the dialog opens and closes with the keyboard, and
// the plain link stays when JavaScript or the wasm is missing.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, readFileSync } from "node:fs";
import { afterNextFrames, holdBack, recordLayoutShifts } from "./layout-shift.js";

const SHOTS = new URL("./screenshots/", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const PAGE = "/pages/plain.html";

const badge = (page, id) => page.locator(`#${id} .ccw-badge`);

function recordRequests(page) {
  const urls = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

test("the badge draws at once, labelled with the partner's link, beside an inline widget", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const urls = recordRequests(page);
  await page.goto(PAGE);
  await expect(badge(page, "badge-es")).toHaveText("Do I qualify for chronic care management?");
  await expect(badge(page, "badge-es")).toHaveAttribute("aria-haspopup", "dialog");
  // The inline widget loads at once; wait for it, then check the badge
  // pages fetched nothing more than the app itself.
  await expect(page.locator("#inline-en section.ccw")).toBeVisible();
  expect(urls.filter((u) => u.endsWith(".wasm"))).toHaveLength(1);
  expect(urls.filter((u) => u.includes("/locales/"))).toEqual([]);
  await page.screenshot({ path: `${SHOTS}embed-plain-page.png`, fullPage: true });
});

test("only the loader is downloaded before intent on a page with only badges", async ({ page }) => {
  const urls = recordRequests(page);
  await page.goto("/pages/badges-only.html");
  await expect(badge(page, "badge")).toHaveText("Do I qualify for chronic care management?");
  await page.waitForTimeout(500);
  expect(urls.map((u) => new URL(u).pathname)).toEqual(["/pages/badges-only.html", "/widget.js"]);
  await badge(page, "badge").hover();
  await expect.poll(() => urls.filter((u) => u.endsWith(".wasm")).length).toBe(1);
});

test("keyboard: open, complete, close, focus back on the badge", async ({ page }) => {
  await page.goto(PAGE);
  const b = badge(page, "badge-es");
  await expect(b).toBeVisible();
  for (let i = 0; i < 10 && !(await b.evaluate((el) => el.getRootNode().activeElement === el)); i++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  const dialog = page.locator("#badge-es dialog");
  await expect(dialog).toHaveAttribute("open", "");
  const app = dialog.locator("section.ccw");
  await expect(app).toHaveAttribute("lang", "es");
  await expect(app).toHaveAttribute("data-mode", "badge");
  // Focus is inside the dialog; Tab reaches Start.
  const start = app.locator(".ccw-button-start");
  for (let i = 0; i < 10 && !(await start.evaluate((el) => el.getRootNode().activeElement === el)); i++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await expect(app.locator("h1")).toBeFocused();
  // "No" on the first question: Tab to the group, arrow to No, continue.
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await expect(app.locator('input[value="no"]')).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(app.locator(".ccw-summary")).toBeVisible();
  const submit = app.locator(".ccw-summary + .ccw-button");
  for (let i = 0; i < 10 && !(await submit.evaluate((el) => el.getRootNode().activeElement === el)); i++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await expect(app.locator(".ccw-result")).toHaveAttribute("data-outcome", "not-medicare");
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}embed-dialog-result.png` });
  await page.keyboard.press("Escape");
  await expect(dialog).not.toHaveAttribute("open", "");
  expect(await b.evaluate((el) => el.getRootNode().activeElement === el)).toBe(true);
});

test("three widgets on one page work independently", async ({ page }) => {
  await page.goto(PAGE);
  const inline = page.locator("#inline-en section.ccw");
  await inline.locator(".ccw-button-start").click();
  await inline.locator('input[value="yes"]').check();
  await badge(page, "badge-ar").click();
  const ar = page.locator("#badge-ar dialog section.ccw");
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

test("without JavaScript the partner's link shows", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const links = page.getByRole("link", { name: "Do I qualify for chronic care management?" });
  await expect(links).toHaveCount(3);
  await expect(links.first()).toBeVisible();
  await expect(links.first()).toHaveAttribute("href", "https://go.cms.gov/ccm");
  await context.close();
});

test("when the wasm cannot load, the link shows instead of the widget", async ({ page }) => {
  await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "missing" }));
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(PAGE);
  await expect(page.locator("#inline-en").getByRole("link")).toBeVisible();
  await badge(page, "badge-es").click();
  await expect(page.locator("#badge-es").getByRole("link")).toBeVisible();
  await expect(page.locator("#badge-es dialog")).toHaveCount(0);
  expect(warnings.join("\n")).toContain("could not load");
  expect(errors).toEqual([]);
});

test("the embedded widget asks only for its own assets", async ({ page, context }) => {
  const urls = recordRequests(page);
  await page.goto(PAGE);
  await badge(page, "badge-es").click();
  await expect(page.locator("#badge-es dialog section.ccw")).toHaveAttribute("lang", "es");
  const origin = new URL(page.url()).origin;
  expect(urls.filter((u) => !u.startsWith(origin))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test("a hostile page: aggressive CSS, a strict CSP, another framework's markup", async ({ page }) => {
  const violations = [];
  page.on("console", (m) => /Content Security Policy|Refused/.test(m.text()) && violations.push(m.text()));
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // Compare with the same badge on a plain page.
  await page.goto("/pages/badges-only.html");
  const plainBox = await badge(page, "badge").boundingBox();
  const plainFont = await badge(page, "badge").evaluate((el) => getComputedStyle(el).fontSize);

  const response = await page.goto("/pages/hostile.html");
  expect(response.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const b = badge(page, "badge");
  await expect(b).toBeVisible();
  const box = await b.boundingBox();
  expect(await b.evaluate((el) => getComputedStyle(el).fontSize)).toBe(plainFont);
  expect(Math.abs(box.height - plainBox.height)).toBeLessThan(2);
  await b.click();
  const app = page.locator("#badge dialog section.ccw");
  await expect(app).toHaveAttribute("lang", "ko");
  await app.locator(".ccw-button-start").click();
  await app.locator('input[value="yes"]').check();
  await app.locator("button[type=submit]").click();
  await expect(app.locator(".ccw-caption")).toContainText("2");
  const start = app.locator("button[type=submit]");
  expect(await start.evaluate((el) => getComputedStyle(el).display)).not.toBe("none");
  expect(await start.evaluate((el) => getComputedStyle(el).textTransform)).toBe("none");
  // The page's own markup is untouched, and our ids did not collide.
  await expect(page.locator("#ccw1-medicare-yes")).toHaveText("A React app lives here.");
  await page.screenshot({ path: `${SHOTS}embed-hostile-page.png` });
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test("partner colour keeps AA contrast and the contact line stays plain text", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    d.dismiss();
  });
  await page.goto("/pages/options.html");
  for (const id of ["yellow", "bad"]) {
    const app = page.locator(`#${id} section.ccw`);
    await app.locator(".ccw-button-start").click();
    await app.locator('input[value="no"]').check();
    await app.locator("button[type=submit]").click();
    await app.locator(".ccw-summary + .ccw-button").click();
    await expect(app.locator(".ccw-result")).toBeVisible();
  }
  const yellow = page.locator("#yellow section.ccw");
  const accent = await yellow.evaluate((el) => el.style.getPropertyValue("--ccw-accent"));
  expect(accent).not.toBe("#ffdd00");
  expect(accent).toMatch(/^#[0-9a-f]{6}$/);
  await expect(yellow.locator(".ccw-result > .ccw-contact bdi")).toHaveText("Main Street Clinic, 555-0100");
  const bad = page.locator("#bad section.ccw");
  await expect(bad.locator(".ccw-result > .ccw-contact bdi")).toHaveText("<img src=x onerror=alert(1)>");
  await expect(bad.locator("img")).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(warnings.filter((w) => w.includes("accent"))).toHaveLength(2);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}embed-partner-options.png`, fullPage: true });
});

test("the iframe embed sizes itself through embed-resize.js, from its own window only", async ({ page }) => {
  await page.goto("/pages/iframe.html");
  const frameEl = page.locator("iframe[data-connected-care]");
  await expect(frameEl).toHaveAttribute("title", "Chronic care management check");
  const frame = page.frameLocator("iframe[data-connected-care]");
  await expect(frame.locator("section.ccw")).toHaveAttribute("lang", "es");
  const height = () => frameEl.evaluate((el) => el.getBoundingClientRect().height);
  await expect.poll(height).not.toBe(300);
  const startHeight = await height();
  // A taller screen: the iframe follows.
  await frame.locator(".ccw-button-start").click();
  for (const value of ["yes", "part-b-medical", "no"]) {
    await frame.locator(`input[value="${value}"]`).check();
    await frame.locator("button[type=submit]").click();
  }
  await expect(frame.locator('input[value="asthma"]')).toBeVisible();
  await expect.poll(height).toBeGreaterThan(startHeight + 200);
  const inner = await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  expect(Math.abs((await height()) - inner)).toBeLessThanOrEqual(2);
  // A message from anywhere else is ignored.
  const before = await height();
  await page.evaluate(() => window.postMessage({ type: "connected-care:height", height: 5 }, "*"));
  await page.waitForTimeout(200);
  expect(await height()).toBe(before);
  await page.screenshot({ path: `${SHOTS}embed-iframe.png`, fullPage: true });
});

test("the partners page builds the snippet, previews it, and copies it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/partners.html");
  const snippet = page.locator("#snippet");
  await expect(snippet).toHaveValue(/<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/widget\.js"><\/script>/);
  await page.getByLabel("Language").selectOption("ko");
  await page.getByLabel("The check itself, in the page").check();
  await page.getByLabel(/contact line/).fill('Clinic "A" <b>');
  await expect(snippet).toHaveValue(/<connected-care-widget lang="ko" mode="inline" contact="Clinic &quot;A&quot; &lt;b&gt;">/);
  await expect(page.locator("#preview connected-care-widget section.ccw")).toHaveAttribute("lang", "ko");
  await page.getByRole("button", { name: "Copy the code" }).click();
  await expect(page.locator("#copied")).toContainText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
  await page.getByLabel("Sites that allow only iframes").check();
  await expect(snippet).toHaveValue(/<iframe data-connected-care src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?lang=ko&amp;contact=/);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}partners-page.png`, fullPage: true });
});

test("a partner pastes the README snippet into a plain page and it works", async ({ page }) => {
  // The snippet exactly as the partners page gives it, on a new page.
  await page.goto("/partners.html");
  await page.getByLabel("Language").selectOption("es");
  await expect(page.locator("#snippet")).toHaveValue(/lang="es"/);
  const code = await page.locator("#snippet").inputValue();
  await page.setContent(`<!doctype html><html lang="en"><body><h1>Our church</h1>${code}</body></html>`);
  const b = page.locator("connected-care-widget .ccw-badge");
  await expect(b).toHaveText("¿Le podría ayudar la administración de la atención crónica?");
  await b.click();
  await expect(page.locator("connected-care-widget dialog section.ccw")).toHaveAttribute("lang", "es");
});

test("the badge takes the partner colour exactly as the app adjusts it", async ({ page }) => {
  await page.goto("/pages/accent-badge.html");
  const toRgb = (hex) => `rgb(${hex.match(/[0-9a-f]{2}/gi).map((h) => parseInt(h, 16)).join(", ")})`;
  for (const id of ["yellow", "green", "sky"]) {
    const b = badge(page, id);
    const background = await b.evaluate((el) => getComputedStyle(el).backgroundColor);
    await b.click();
    const app = page.locator(`#${id} dialog section.ccw`);
    await expect(app).toBeVisible();
    const accent = await app.evaluate((el) => el.style.getPropertyValue("--ccw-accent"));
    expect(background, id).toBe(toRgb(accent));
    await page.keyboard.press("Escape");
  }
  expect(await badge(page, "green").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(11, 110, 79)");
  // Not a colour: the default blue.
  expect(await badge(page, "bad").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(26, 68, 128)");
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("a policy that refuses WebAssembly leaves the link working", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/pages/badges-only.html?policy=no-wasm");
  await badge(page, "badge").click();
  const link = page.locator("#badge").getByRole("link", { name: "Do I qualify for chronic care management?" });
  await expect(link).toBeVisible();
  expect(errors).toEqual([]);
});

// The link's text as the partners page writes it: the widget's start title
// in the badge's language (the badge shows the link's text).
const linkText = (lang) =>
  readFileSync(new URL(`../../locales/${lang}/main.ftl`, import.meta.url), "utf8").match(/^start-title = (.+)$/m)[1];

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
  <a href="https://go.cms.gov/ccm">${linkText(lang)}</a>
</connected-care-widget>
<p id="below">Call us to book a visit, or ask at the front desk.</p>
</body></html>`;

// The loader runs after the page's first paint, so the visitor sees the
// partner's link first; the badge that takes its place must not move what
// follows, whatever the width and the language (the badge shows the link's
// text, but bold and padded, so on more or fewer lines). The loader is
// held back here so the link has surely been painted.
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

test("an inline widget removed and added again starts afresh", async ({ page }) => {
  await page.goto(PAGE);
  const app = page.locator("#inline-en section.ccw");
  await app.locator(".ccw-button-start").click();
  await expect(app.locator("h1")).toHaveText("Do you have Medicare?");
  await page.evaluate(() => {
    const el = document.getElementById("inline-en");
    const parent = el.parentNode;
    el.remove();
    parent.append(el);
  });
  await expect(page.locator("#inline-en section.ccw")).toHaveCount(1);
  await expect(page.locator("#inline-en section.ccw h1")).toHaveText("Could chronic care management help you?");
});
