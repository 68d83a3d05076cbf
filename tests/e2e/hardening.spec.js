// Hard to break, safe to embed (issue 8): hostile attribute values, an
// element removed and added again (also while the app loads), double clicks,
// each asset failing in turn, a strict CSP, a Rust panic, Subresource
// Integrity, accessible names after a language switch. Every test also
// watches the host page: nothing thrown into it (its own error handlers
// included), no new globals, no change to <html> or <body>, no focus taken,
// no cookies, no storage, no request but the widget's own files.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

const PAGE = "/pages/harden.html";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const LINK = "Do I qualify for chronic care management?";
const EN_LABEL = "Could chronic care management help you?";
const DIST = new URL("../../dist/", import.meta.url);

// Records what the widget could do to the page, from before it loads.
async function watch(page) {
  const seen = { errors: [], consoleErrors: [], warnings: [], requests: [], dialogs: 0 };
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") seen.consoleErrors.push(m.text());
    if (m.type() === "warning") seen.warnings.push(m.text());
  });
  page.on("request", (r) => seen.requests.push(r.url()));
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

// The host page is unharmed. `allowed` lists console errors a test expects
// (the browser's own "Failed to load resource" for a file it made fail).
async function expectPageUnharmed(page, seen, { allowed = [] } = {}) {
  expect(seen.errors, "errors thrown into the page").toEqual([]);
  const host = await page.evaluate(() => ({
    ...window.__host,
    globals: Object.getOwnPropertyNames(window).filter((n) => !window.__host.globals.includes(n) && n !== "__host"),
    storage: localStorage.length + sessionStorage.length,
    cookie: document.cookie,
  }));
  expect(host.errors, "the page's own error handlers").toEqual([]);
  expect(host.globals, "new globals").toEqual([]);
  expect(host.mutations, "changes to <html> or <body>").toEqual([]);
  expect(host.storage).toBe(0);
  expect(host.cookie).toBe("");
  expect(await page.context().cookies()).toEqual([]);
  const origin = new URL(page.url()).origin;
  expect(seen.requests.filter((u) => !u.startsWith(origin)), "requests elsewhere").toEqual([]);
  expect(seen.dialogs, "alert() and the like").toBe(0);
  const unexpected = seen.consoleErrors.filter((e) => !allowed.some((a) => e.includes(a)));
  expect(unexpected, "console errors").toEqual([]);
}

// The badge removed with its dialog open: nothing modal is left over the
// page and the dialog is closed; added back, a click opens a fresh app.
async function removeWhileOpenAndAddBack(page, badge, dialogApp) {
  await page.evaluate((badge) => badge.remove(), badge);
  await page.locator("#page-button").click({ timeout: 3000 });
  expect(await page.evaluate((el) => el.shadowRoot.querySelector("dialog").open, badge)).toBe(false);
  await page.evaluate((badge) => document.getElementById("slot-b").append(badge), badge);
  await expect(page.locator("#badge dialog")).not.toHaveAttribute("open", "");
  await page.locator("#badge .ccw-badge").click();
  await expect(dialogApp).toHaveCount(1);
  await expect(dialogApp.locator("h1")).toHaveText("¿Le podría ayudar la administración de la atención crónica?");
}

const shadow = (page, id) => page.locator(`#${id}`);
const app = (page, id) => page.locator(`#${id} section.ccw`);

test("hostile attribute values: markup, script URLs, 1 MB strings, bad colours, unknown languages, any case", async ({
  page,
}) => {
  const seen = await watch(page);
  await page.goto(`${PAGE}?policy=strict`);
  await expect(app(page, "inline")).toBeVisible();
  const cases = {
    proto: { lang: "__proto__" },
    ctor: { lang: "constructor", mode: "__proto__" },
    markup: { lang: "<img src=x onerror=alert(1)>", accent: "javascript:alert(1)", contact: "<script>alert(1)</script>" },
    huge: { lang: "MB", accent: "MB", contact: "MB", mode: "MB", idle: "MB" },
    upper: { mode: "INLINE", lang: "toString", accent: "#FFF", contact: "<img src=x onerror=alert(1)>", idle: "-1" },
    css: { mode: "constructor", accent: "red;background:url(//evil.example/x)" },
    spaced: { mode: " Inline ", lang: "zz-Qaaa", accent: "expression(alert(1))" },
  };
  await page.evaluate((cases) => {
    const mb = "<b>x</b>".repeat(1 << 17);
    for (const [id, attributes] of Object.entries(cases)) {
      const el = document.createElement("connected-care-widget");
      el.id = id;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value === "MB" ? mb : value);
      const a = document.createElement("a");
      a.href = "https://go.cms.gov/ccm";
      a.textContent = "Do I qualify for chronic care management?";
      el.append(a);
      // A line of its own, as the README asks.
      document.body.append(document.createElement("p"));
      document.body.lastChild.append(el);
    }
  }, cases);
  // Badges with the partner's link text, in the default blue; the app in
  // English (no language the widget speaks).
  for (const id of ["proto", "ctor", "markup", "huge", "css"]) {
    const badge = page.locator(`#${id} .ccw-badge`);
    await expect(badge, id).toHaveText(LINK);
    expect(await badge.evaluate((el) => getComputedStyle(el).backgroundColor), id).toBe("rgb(26, 68, 128)");
    await badge.click();
    await expect(page.locator(`#${id} dialog section.ccw`), id).toHaveAttribute("lang", "en");
    await page.keyboard.press("Escape");
    await expect(page.locator(`#${id} dialog`)).not.toHaveAttribute("open", "");
  }
  // Any case: an inline widget, at once, on a line of its own.
  for (const id of ["upper", "spaced"]) {
    await expect(app(page, id)).toBeVisible();
    await expect(app(page, id)).toHaveAttribute("lang", "en");
  }
  expect(await shadow(page, "upper").evaluate((el) => getComputedStyle(el).display)).toBe("block");
  // The light colour is darkened, never used as given.
  const upperAccent = await app(page, "upper").evaluate((el) => el.style.getPropertyValue("--ccw-accent"));
  expect(upperAccent).toMatch(/^#[0-9a-f]{6}$/);
  expect(upperAccent).not.toBe("#ffffff");
  // The contact line is text on the result, never markup.
  const upper = app(page, "upper");
  await upper.locator(".ccw-button-start").click();
  await upper.locator('input[value="no"]').check();
  await upper.locator("button[type=submit]").click();
  await upper.locator(".ccw-summary + .ccw-button").click();
  await expect(upper.locator(".ccw-contact bdi").first()).toHaveText("<img src=x onerror=alert(1)>");
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll("connected-care-widget")].flatMap((w) =>
      [...w.shadowRoot.querySelectorAll("img, script, object, embed, iframe:not(.ccw-print-frame), [onerror]")].map(
        (e) => `${w.id}: ${e.outerHTML.slice(0, 80)}`,
      ),
    ),
  );
  expect(injected).toEqual([]);
  // One short warning per bad value at most: a 1 MB value never floods the console.
  const ours = seen.warnings.filter((w) => w.includes("Connected Care"));
  expect(ours.length).toBeGreaterThan(0);
  expect(ours.filter((w) => w.length > 200)).toEqual([]);
  const badValues = Object.values(cases).reduce((n, c) => n + Object.keys(c).length, 0);
  expect(ours.length).toBeLessThanOrEqual(badValues);
  await expectPageUnharmed(page, seen);
});

test("a badge removed while its dialog is open: the page is usable, and added again it starts afresh", async ({ page }) => {
  const seen = await watch(page);
  await page.goto(PAGE);
  await page.locator("#badge .ccw-badge").click();
  const dialogApp = page.locator("#badge dialog section.ccw");
  await dialogApp.locator(".ccw-button-start").click();
  await dialogApp.locator('input[value="yes"]').check();
  await dialogApp.locator("button[type=submit]").click();
  await expect(dialogApp.locator(".ccw-caption")).toContainText("2");
  await removeWhileOpenAndAddBack(page, await page.locator("#badge").elementHandle(), dialogApp);
  await expectPageUnharmed(page, seen);
});

test("an element removed and added again, mid-walkthrough and while the app loads, mounts exactly once", async ({
  page,
}) => {
  const seen = await watch(page);
  let release;
  const gate = new Promise((ok) => (release = ok));
  await page.route("**/connected-care-widget_bg.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(PAGE);
  const badge = await page.locator("#badge").elementHandle();
  const inline = await page.locator("#inline").elementHandle();
  // The inline widget is loading: remove it and add it back, twice; open
  // the badge and remove it while it loads.
  await page.locator("#badge .ccw-badge").click();
  await page.evaluate(
    ([inline, badge]) => {
      const a = document.getElementById("slot-a");
      inline.remove();
      a.append(inline);
      inline.remove();
      a.append(inline);
      badge.remove();
    },
    [inline, badge],
  );
  // A third element added and removed before the app arrives.
  const orphan = await page.evaluateHandle(() => {
    const el = document.createElement("connected-care-widget");
    el.setAttribute("mode", "inline");
    document.body.append(el);
    el.remove();
    return el;
  });
  release();
  await expect(app(page, "inline")).toHaveCount(1);
  await expect(app(page, "inline").locator("h1")).toHaveText(EN_LABEL);
  await page.waitForTimeout(500);
  expect(await page.evaluate((el) => el.shadowRoot.querySelectorAll("section.ccw").length, orphan)).toBe(0);
  expect(await page.evaluate((el) => el.shadowRoot.querySelectorAll("section.ccw").length, badge)).toBe(0);
  expect(await page.evaluate((el) => el.shadowRoot.querySelector("dialog").open, badge)).toBe(false);
  // The page is not blocked by a modal dialog of a removed badge.
  await page.locator("#page-button").click({ timeout: 3000 });
  // Mid-walkthrough: the badge comes back, opens fresh, one app inside.
  await page.evaluate((badge) => document.getElementById("slot-b").append(badge), badge);
  await page.locator("#badge .ccw-badge").click();
  await expect(page.locator("#badge dialog")).toHaveAttribute("open", "");
  const dialogApp = page.locator("#badge dialog section.ccw");
  await expect(dialogApp).toHaveCount(1);
  await dialogApp.locator(".ccw-button-start").click();
  await dialogApp.locator('input[value="yes"]').check();
  await dialogApp.locator("button[type=submit]").click();
  await expect(dialogApp.locator(".ccw-caption")).toContainText("2");
  await removeWhileOpenAndAddBack(page, badge, dialogApp);
  // The inline app answers, once.
  const inlineApp = app(page, "inline");
  await page.keyboard.press("Escape");
  await inlineApp.locator(".ccw-button-start").click();
  await expect(inlineApp.locator("h1")).toHaveText("Do you have Medicare?");
  await inlineApp.locator('input[value="yes"]').check();
  await inlineApp.locator("button[type=submit]").click();
  await expect(inlineApp.locator(".ccw-caption")).toContainText("2");
  await expectPageUnharmed(page, seen);
});

test("a removed widget is not kept alive: the element is garbage collected", async ({ page }) => {
  await page.goto(PAGE);
  const inlineApp = app(page, "inline");
  await inlineApp.locator(".ccw-button-start").click();
  await inlineApp.locator('input[value="yes"]').check();
  await page.locator("#badge .ccw-badge").click();
  await expect(page.locator("#badge dialog section.ccw")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.evaluate(() => {
    window.__refs = ["inline", "badge"].map((id) => new WeakRef(document.getElementById(id)));
    document.getElementById("inline").remove();
    document.getElementById("badge").remove();
  });
  const cdp = await page.context().newCDPSession(page);
  await expect
    .poll(
      async () => {
        await cdp.send("HeapProfiler.collectGarbage");
        return page.evaluate(() => window.__refs.map((r) => r.deref() === undefined));
      },
      { timeout: 15_000 },
    )
    .toEqual([true, true]);
});

test("double clicks and fast repeated clicks never skip a question or open twice", async ({ page }) => {
  const seen = await watch(page);
  await page.goto(PAGE);
  const w = app(page, "inline");
  const h1 = w.locator("h1");
  await w.locator(".ccw-button-start").dblclick();
  await expect(h1).toHaveText("Do you have Medicare?");
  await expect(w.locator(".ccw-error-summary")).toHaveCount(0);
  await w.locator('input[value="yes"]').dblclick();
  await expect(w.locator('input[value="yes"]')).toBeChecked();
  await w.locator("button[type=submit]").dblclick();
  await expect(h1).toHaveText("Which Medicare do you have?");
  // The next question shows no error for a click it never got.
  await expect(w.locator(".ccw-error-summary")).toHaveCount(0);
  await w.locator('input[value="part-b-medical"]').check();
  await w.locator("button[type=submit]").click();
  await expect(w.locator(".ccw-caption")).toContainText("3");
  // Back twice, then a double click on Continue: the second question,
  // already answered, is shown, not skipped.
  await w.locator(".ccw-back").click();
  await w.locator(".ccw-back").click();
  await expect(h1).toHaveText("Do you have Medicare?");
  await w.locator("button[type=submit]").dblclick();
  await expect(h1).toHaveText("Which Medicare do you have?");
  await w.locator(".ccw-back").dblclick();
  await expect(h1).toHaveText("Do you have Medicare?");
  // A triple click on Continue moves one question too.
  await w.locator("button[type=submit]").click({ clickCount: 3 });
  await expect(h1).toHaveText("Which Medicare do you have?");
  // The badge: a double click and a burst of clicks open one dialog, with one app.
  const badge = page.locator("#badge .ccw-badge");
  await badge.dblclick();
  await expect(page.locator("#badge dialog")).toHaveAttribute("open", "");
  await expect(page.locator("#badge dialog section.ccw")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await badge.evaluate((b) => {
    for (let i = 0; i < 5; i++) b.click();
  });
  await expect(page.locator("#badge dialog")).toHaveAttribute("open", "");
  await expect(page.locator("#badge dialog section.ccw")).toHaveCount(1);
  await expectPageUnharmed(page, seen);
});

// Each file the widget loads, failing in turn.
for (const [file, expectWidget] of [
  ["connected-care-widget.js", false],
  ["connected-care-widget_bg.wasm", false],
  ["style.css", true],
  ["locales/es/main.ftl", true],
]) {
  test(`${file} failing: the partner's link works or the app runs, nothing thrown`, async ({ page }) => {
    const seen = await watch(page);
    await page.route(`**/${file}`, (route) => route.fulfill({ status: 404, body: "not found" }));
    await page.goto(`${PAGE}?policy=strict`);
    const badge = page.locator("#badge .ccw-badge");
    await badge.click();
    if (expectWidget) {
      await expect(app(page, "inline")).toBeVisible();
      const dialogApp = page.locator("#badge dialog section.ccw");
      await expect(dialogApp).toBeVisible();
      await dialogApp.locator("button.ccw-button-start").click();
      await expect(dialogApp.locator("fieldset")).toBeVisible();
      if (file.includes("/es/")) {
        // The badge asked for Spanish: English, and a notice.
        await expect(dialogApp).toHaveAttribute("lang", "en");
        await expect(dialogApp.locator(".ccw-notice")).toBeVisible();
      }
    } else {
      for (const id of ["inline", "badge"]) {
        const link = page.locator(`#${id}`).getByRole("link", { name: LINK });
        await expect(link).toBeVisible();
        await expect(link).toHaveAttribute("href", "https://go.cms.gov/ccm");
      }
      await expect(page.locator("#badge dialog")).toHaveCount(0);
      expect(seen.warnings.join("\n")).toContain("could not load");
    }
    await expectPageUnharmed(page, seen, { allowed: ["Failed to load resource", "404"] });
  });
}

test("under the strict CSP: a whole walkthrough in the badge and inline, nothing refused", async ({ page }) => {
  const seen = await watch(page);
  const response = await page.goto(`${PAGE}?policy=strict`);
  expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
  await page.locator("#badge .ccw-badge").click();
  for (const w of [page.locator("#badge dialog section.ccw"), app(page, "inline")]) {
    await w.locator(".ccw-button-start").click();
    await w.locator('input[value="no"]').check();
    await w.locator("button[type=submit]").click();
    await w.locator(".ccw-summary + .ccw-button").click();
    await expect(w.locator(".ccw-result")).toHaveAttribute("data-outcome", "not-medicare");
    await w.locator("select").selectOption("ar");
    await expect(w).toHaveAttribute("dir", "rtl");
    await page.keyboard.press("Escape");
  }
  expect(seen.consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  await expectPageUnharmed(page, seen);
});

test("no focus is taken at load, and the page's focus stays where the visitor put it", async ({ page }) => {
  await page.goto(PAGE);
  await expect(app(page, "inline")).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.locator("#page-button").focus();
  await page.locator("#badge .ccw-badge").hover();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => document.activeElement.id)).toBe("page-button");
});

test("accessible names and roles stay right after a language switch", async ({ page }) => {
  await page.goto(PAGE);
  const w = app(page, "inline");
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
    await w.getByRole("combobox").selectOption(lang);
    await expect(w).toHaveAttribute("lang", lang);
    const now = await names();
    expect(now.region).toBe(region);
    expect(now.heading).toMatch(heading);
    expect(now.heading).not.toBe(english.heading);
    expect([now.radios, now.group, now.language]).toEqual([english.radios, english.group, english.language]);
    await expect(w.getByRole("combobox")).toHaveAccessibleName(/.+/);
    await expect(w.getByRole("radio").first()).toHaveAccessibleName(/.+/);
    await expect(w.locator("button[type=submit]")).toHaveAccessibleName(/.+/);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => v.id), lang).toEqual([]);
  }
  // The badge's dialog is named in the language the app shows.
  await page.locator("#badge .ccw-badge").click();
  const dialogApp = page.locator("#badge dialog section.ccw");
  await dialogApp.getByRole("combobox").selectOption("ru");
  await expect(dialogApp).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("dialog")).toHaveAccessibleName("Проверка: ведение хронических заболеваний");
  await expect(page.locator("#badge dialog .ccw-close")).toHaveAccessibleName(/.+/);
});

test("a Rust panic replaces the widget with a message and the plain link; later mounts show the partner's link", async ({
  page,
}) => {
  const seen = await watch(page);
  await page.goto(PAGE);
  const w = app(page, "inline");
  await w.locator("select").selectOption("es");
  await expect(w).toHaveAttribute("lang", "es");
  // Break the DOM under the app (as a broken polyfill on a partner's page
  // might): Yew panics when it cannot create the question's <fieldset>.
  await page.evaluate(() => {
    const create = Document.prototype.createElement;
    Document.prototype.createElement = function (tag, ...rest) {
      if (String(tag).toLowerCase() === "fieldset") throw new Error("test: no fieldsets today");
      return create.call(this, tag, ...rest);
    };
  });
  await w.locator(".ccw-button-start").click();
  const broken = page.locator("#inline .ccw-broken");
  await expect(broken).toContainText("Lo sentimos, esta herramienta dejó de funcionar.");
  await expect(broken).toHaveAttribute("lang", "es");
  await expect(broken.getByRole("link", { name: "go.cms.gov/ccm" })).toHaveAttribute("href", "https://go.cms.gov/ccm");
  await expect(page.locator("#inline section.ccw")).toHaveCount(0);
  expect(seen.consoleErrors.join("\n")).toContain("no fieldsets today");
  // The stopped app takes no more mounts: the badge shows the partner's link.
  await page.locator("#badge .ccw-badge").click();
  await expect(page.locator("#badge").getByRole("link", { name: LINK })).toBeVisible();
  await expect(page.locator("#badge dialog")).toHaveCount(0);
  // Removing and adding back the broken widget throws nothing either.
  await page.evaluate(() => {
    const el = document.getElementById("inline");
    el.remove();
    document.getElementById("slot-a").append(el);
  });
  await expect(page.locator("#inline .ccw-broken, #inline a")).not.toHaveCount(0);
  // With panic = "abort" the WebAssembly then traps; the glue logs that
  // RuntimeError instead of letting it reach the page's handlers. The page
  // sees nothing thrown; the console has the panic and the trap.
  expect(seen.consoleErrors.join("\n")).toContain("RuntimeError: unreachable");
  await expectPageUnharmed(page, seen, { allowed: ["no fieldsets today", "panicked", "RuntimeError: unreachable"] });
});

test("Subresource Integrity on the loader: the right hash runs, a wrong one leaves the link", async ({ page }) => {
  const loader = readFileSync(new URL("widget.js", DIST));
  const right = `sha384-${createHash("sha384").update(loader).digest("base64")}`;
  const wrong = `sha384-${createHash("sha384").update("something else").digest("base64")}`;
  const pageWith = (integrity) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title>
<script type="module" src="../widget.js" integrity="${integrity}" crossorigin="anonymous"></script></head>
<body><connected-care-widget id="badge"><a href="https://go.cms.gov/ccm">${LINK}</a></connected-care-widget></body></html>`;
  for (const [integrity, works] of [
    [right, true],
    [wrong, false],
  ]) {
    const seen = await watch(page);
    await page.route("**/pages/sri.html*", (route) =>
      route.fulfill({ contentType: "text/html", body: pageWith(integrity) }),
    );
    await page.goto("/pages/sri.html");
    if (works) {
      await page.locator("#badge .ccw-badge").click();
      await expect(page.locator("#badge dialog section.ccw")).toBeVisible();
      expect(seen.consoleErrors).toEqual([]);
    } else {
      await page.waitForTimeout(500);
      await expect(page.locator("#badge .ccw-badge")).toHaveCount(0);
      await expect(page.getByRole("link", { name: LINK })).toBeVisible();
      expect(seen.consoleErrors.join("\n")).toContain("integrity");
      expect(seen.errors).toEqual([]);
    }
    await page.unrouteAll();
  }
});
