// The smoke suite every engine runs on the built bundle: the demo walk to
// a result, the badge by keyboard, Arabic right to left, the kiosk, the
// iframe embed, Listen (read aloud), and the gap under a question's heading. Each engine's file
// (webkit.test.mjs, firefox.test.mjs, chromium.test.mjs) gives a browser
// with the small interface below; run them all with `node run.mjs`, which
// starts the server, Xvfb and WebKitWebDriver first.
//
// A browser (see the engine files) has:
//   goto(path)            loads BASE_URL + path and waits for its load event
//   evaluate(fn, ...args) runs fn in the page; fn may call find(path)
//   click(path)           a real click on the element find(path) gives
//   press(key)            "Tab", "Enter", "Escape", "ArrowDown" to the focus
//   frame(selector)       the same interface inside that <iframe>
//   screenshot(file)      the viewport as a PNG
//   version               the engine's name and version
//   close()
// A path is a CSS selector, or a list of them, each inside the last one's
// shadow root (or the element itself when it has none).
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { WALKS } from "../e2e/support/walks.js";

export const BASE_URL = process.env.ENGINES_BASE_URL;
const SHOTS = new URL("./screenshots/", import.meta.url).pathname;

/** Finds an element by path, through open shadow roots. Runs in the page. */
export function find(path) {
  let scope = document;
  let element = null;
  for (const selector of [path].flat()) {
    element = (scope.shadowRoot ?? scope).querySelector(selector);
    if (!element) return null;
    scope = element;
  }
  return element;
}

/** The source of a script that defines find() and runs `fn` with the script's arguments. */
export const withFind = (fn) => `const find = ${find}; return (${fn}).apply(null, arguments);`;

const startTitle = (lang) =>
  readFileSync(new URL(`../../locales/${lang}/main.ftl`, import.meta.url), "utf8").match(/^start-title = (.+)$/m)[1];
const START_TITLE = startTitle("en");

// Where each screen's app is: the landing page's inline widget, the
// landing page's badge dialog, the kiosk page's app.
const INLINE = ["#connected-care", "section.ccw"];
const BADGE_HOST = "connected-care-widget";
const BADGE = [BADGE_HOST, ".ccw-badge"];
const DIALOG_APP = [BADGE_HOST, "dialog section.ccw"];
const KIOSK = ["section.ccw"];
const inside = (app, selector) => [...app.slice(0, -1), `${app.at(-1)} ${selector}`];

/** Polls `fn` in the page until it returns a truthy value; returns that value. */
async function waitFor(browser, what, fn, ...args) {
  const deadline = Date.now() + 30_000;
  let last;
  while (Date.now() < deadline) {
    last = await browser.evaluate(fn, ...args);
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

const attribute = (browser, path, name) =>
  browser.evaluate((path, name) => find(path)?.getAttribute(name) ?? null, path, name);
const text = (browser, path) => browser.evaluate((path) => find(path)?.textContent.trim() ?? null, path);

/** Waits until the element at `path` exists and `test(it)` holds (it: the element, in the page). */
const waitForElement = (browser, what, path, test = "true") =>
  waitFor(browser, what, new Function("path", `const it = find(path); return !!it && (${test});`), path);

/** Answers the question on screen with `value` (a checklist's: a list) and continues, by mouse. */
async function answer(browser, app, value) {
  const heading = await text(browser, inside(app, "h1"));
  for (const v of [value].flat()) await browser.click(inside(app, `input[value="${v}"]`));
  await browser.click(inside(app, "button[type=submit]"));
  await waitFor(browser, "the next screen", (path, heading) => find(path)?.textContent.trim() !== heading, inside(app, "h1"), heading);
}

/** From the start screen to `outcome`'s result, by mouse. */
async function walkTo(browser, app, outcome) {
  await browser.click(inside(app, ".ccw-button-start"));
  await waitForElement(browser, "the first question", inside(app, "fieldset"));
  for (const value of WALKS[outcome]) await answer(browser, app, value);
  await browser.click(inside(app, ".ccw-summary + .ccw-button"));
  await waitForElement(browser, `the ${outcome} result`, inside(app, ".ccw-result"), `it.dataset.outcome === "${outcome}"`);
}

/** Presses Tab until the element at `path` has focus (through shadow roots). */
async function tabTo(browser, path, { max = 30 } = {}) {
  const focused = (path) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === find(path);
  };
  for (let i = 0; i < max; i++) {
    if (await browser.evaluate(focused, path)) return;
    await browser.press("Tab");
  }
  throw new Error(`could not reach ${path} with Tab in ${max} presses`);
}

/** What the error recorder (page/errors.js) saw in the page and the frames the server served (not about:blank ones). */
const pageErrors = (browser) =>
  browser.evaluate(() =>
    [window, ...[...document.querySelectorAll("iframe")].map((frame) => frame.contentWindow)]
      .filter((w) => w.location.protocol === "http:")
      .flatMap((w) => w.__engineErrors ?? [`no error recorder in ${w.location.href}`]),
  );

async function expectNoErrors(browser) {
  assert.deepEqual(await pageErrors(browser), [], "errors or warnings in the page");
}

/**
 * The smoke suite in one engine. `launch()` resolves to a browser as
 * described at the top of this file.
 */
export function smokeSuite(engine, launch) {
  describe(`${engine} smoke`, { timeout: 120_000 }, () => {
    let browser;
    const shot = (name) => browser.screenshot(`${SHOTS}${engine}-${name}.png`);
    before(async () => {
      assert.ok(BASE_URL, "ENGINES_BASE_URL is not set: run the suites with `node tests/engines/run.mjs`");
      mkdirSync(SHOTS, { recursive: true });
      browser = await launch();
      console.log(`# ${engine}: ${browser.version}`);
    });
    after(() => browser?.close());

    test("the demo walk to a result", async () => {
      await browser.goto("/");
      await waitForElement(browser, "the start screen", inside(INLINE, "h1"), `it.textContent.trim() === ${JSON.stringify(START_TITLE)}`);
      await walkTo(browser, INLINE, "likely");
      assert.match(await text(browser, inside(INLINE, ".ccw-result h1")), /match Medicare’s basic rules/);
      await shot("demo-result");
      await expectNoErrors(browser);
    });

    test("the badge opens and closes by keyboard, focus back on the badge", async () => {
      await browser.goto("/");
      await waitForElement(browser, "the badge", BADGE);
      await tabTo(browser, BADGE);
      await browser.press("Enter");
      await waitForElement(browser, "the app in the dialog", inside(DIALOG_APP, ".ccw-button-start"));
      assert.equal(await browser.evaluate((path) => find(path).open, [BADGE_HOST, "dialog"]), true);
      // By keyboard alone: Start, "No" on the first question, the summary, the result.
      await tabTo(browser, inside(DIALOG_APP, ".ccw-button-start"), { max: 10 });
      await browser.press("Enter");
      await waitForElement(browser, "the first question", inside(DIALOG_APP, 'input[value="no"]'));
      await tabTo(browser, inside(DIALOG_APP, 'input[value="yes"]'), { max: 10 });
      await browser.press("ArrowDown");
      await waitForElement(browser, "No checked", inside(DIALOG_APP, 'input[value="no"]'), "it.checked");
      await tabTo(browser, inside(DIALOG_APP, "button[type=submit]"), { max: 10 });
      await browser.press("Enter");
      await tabTo(browser, inside(DIALOG_APP, ".ccw-summary + .ccw-button"), { max: 20 });
      await browser.press("Enter");
      await waitForElement(browser, "the result", inside(DIALOG_APP, ".ccw-result"), 'it.dataset.outcome === "not-medicare"');
      await shot("badge-result");
      await browser.press("Escape");
      await waitFor(browser, "the dialog closed", (path) => !find(path).open, [BADGE_HOST, "dialog"]);
      const focusOnBadge = (host, badge) =>
        document.activeElement === find(host) && find(host).shadowRoot.activeElement === find(badge);
      assert.equal(await browser.evaluate(focusOnBadge, BADGE_HOST, BADGE), true, "focus is back on the badge");
      await expectNoErrors(browser);
    });

    test("Arabic, right to left", async () => {
      await browser.goto("/?lang=ar");
      const title = startTitle("ar");
      await waitForElement(browser, "the Arabic start screen", inside(INLINE, "h1"), `it.textContent.trim() === ${JSON.stringify(title)}`);
      assert.equal(await attribute(browser, INLINE, "lang"), "ar");
      assert.equal(await attribute(browser, INLINE, "dir"), "rtl");
      assert.equal(await browser.evaluate((path) => getComputedStyle(find(path)).direction, INLINE), "rtl");
      // The start button sits on the right: right to left in the layout too.
      const side = await browser.evaluate((path) => {
        const app = find(path).getBoundingClientRect();
        const button = find([...path.slice(0, -1), `${path.at(-1)} .ccw-button-start`]).getBoundingClientRect();
        return { left: button.left - app.left, right: app.right - button.right };
      }, INLINE);
      assert.ok(side.right < side.left, `the start button is on the right (${JSON.stringify(side)})`);
      await browser.click(inside(INLINE, ".ccw-button-start"));
      const question = await waitFor(browser, "the first question in Arabic", (path) => {
        const heading = find(path)?.textContent.trim();
        return /[\u0600-\u06ff]/.test(heading) && heading;
      }, inside(INLINE, ".ccw-question-heading h1"));
      // Arabic letters, bar a name such as "Medicare".
      const letters = (pattern) => question.match(pattern)?.length ?? 0;
      assert.ok(letters(/[\u0621-\u064a]/g) > letters(/[a-z]/gi), `the question is in Arabic: ${question}`);
      await shot("arabic");
      await expectNoErrors(browser);
    });

    test("the kiosk starts and shows a result", async () => {
      await browser.goto("/kiosk.html");
      await waitForElement(browser, "the kiosk app", KIOSK, 'it.dataset.mode === "kiosk"');
      assert.equal(await text(browser, inside(KIOSK, ".ccw-button-start")), "Touch to start");
      await walkTo(browser, KIOSK, "possibly");
      await shot("kiosk-result");
      await expectNoErrors(browser);
    });

    test("the iframe embed sizes itself to its content", async () => {
      await browser.goto("/iframe.html");
      const frame = browser.frame("iframe[data-connected-care]");
      const APP = ["connected-care-widget", "section.ccw"];
      await waitForElement(frame, "the app in the iframe", inside(APP, ".ccw-button-start"));
      const sizes = () =>
        browser.evaluate(() => {
          const iframe = document.querySelector("iframe[data-connected-care]");
          const inner = iframe.contentDocument.documentElement.getBoundingClientRect().height;
          return { outer: iframe.getBoundingClientRect().height, inner: Math.ceil(inner) };
        });
      const fitted = (s) => Math.abs(s.outer - s.inner) <= 2;
      // The page writes 720 px; embed-resize.js takes it to the content's
      // height: first the loading state's, then the start screen's.
      await waitFor(browser, "the iframe fitted to the start screen", () => {
        const iframe = document.querySelector("iframe[data-connected-care]");
        const outer = iframe.getBoundingClientRect().height;
        const inner = Math.ceil(iframe.contentDocument.documentElement.getBoundingClientRect().height);
        return outer !== 720 && Math.abs(outer - inner) <= 2;
      });
      const start = await sizes();
      assert.ok(fitted(start), `fitted to the start screen: ${JSON.stringify(start)}`);
      // A taller screen (the checklist): the iframe follows.
      await frame.click(inside(APP, ".ccw-button-start"));
      for (const value of ["yes", "part-b-medical", "no"]) {
        await waitForElement(frame, `the answer ${value}`, inside(APP, `input[value="${value}"]`));
        await answer(frame, APP, value);
      }
      await waitForElement(frame, "the checklist", inside(APP, 'input[value="asthma"]'));
      await waitFor(browser, "the iframe grown", (height) => {
        const iframe = document.querySelector("iframe[data-connected-care]");
        return iframe.getBoundingClientRect().height > height;
      }, start.outer + 200);
      const tall = await sizes();
      assert.ok(fitted(tall), `fitted to the checklist: ${JSON.stringify(tall)}`);
      // A message from anything but its own iframe is ignored.
      await browser.evaluate(() => window.postMessage({ type: "connected-care:height", height: 5 }, "*"));
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal((await sizes()).outer, tall.outer);
      await shot("iframe");
      await expectNoErrors(browser);
    });

    // Read-aloud with a stand-in speech engine (page/speech.js): the module
    // (speech/) comes on the first press, with its hash, and reads the
    // screen in order with the English voice; closing the badge's dialog
    // stops its reading.
    test("Listen reads the screen inline and in the badge; the dialog's close stops it", async () => {
      await browser.goto("/__engines/listen.html");
      const INLINE_APP = ["#inline", "section.ccw"];
      const BADGE_APP = ["#badge", "dialog section.ccw"];
      const speechFetched = () =>
        browser.evaluate(() => performance.getEntriesByType("resource").filter((e) => e.name.includes("/speech/")).length);
      await waitForElement(browser, "Listen inline", inside(INLINE_APP, ".ccw-listen"));
      assert.equal(await speechFetched(), 0, "nothing of read-aloud's module before a press");
      await browser.click(inside(INLINE_APP, ".ccw-listen"));
      await waitForElement(browser, "Listen pressed", inside(INLINE_APP, ".ccw-listen"), 'it.getAttribute("aria-pressed") === "true"');
      await waitFor(browser, "the heading being read, marked", (path) => find(path)?.classList.contains("ccw-reading"), inside(INLINE_APP, "h1"));
      // While it reads, Listen's row stays at the top as the page scrolls
      // past the widget's top (measured at once: a part marked next may
      // scroll the page).
      const stuck = await browser.evaluate(
        (app, listen) => {
          scrollTo(0, find(app).getBoundingClientRect().top + scrollY + 200);
          return find(listen).getBoundingClientRect().top;
        },
        INLINE_APP,
        inside(INLINE_APP, ".ccw-listen"),
      );
      assert.ok(stuck >= -1 && stuck < 20, `Listen at the top of the window while it reads, not scrolled away: ${stuck}`);
      await waitForElement(browser, "the reading's end", inside(INLINE_APP, ".ccw-listen"), 'it.getAttribute("aria-pressed") === "false"');
      const said = await browser.evaluate(() => window.__speech.spoken.filter((u) => u.text.trim()));
      assert.equal(said[0].text, START_TITLE, "the heading first");
      assert.ok(said.length > 4, `the screen's sentences: ${JSON.stringify(said)}`);
      for (const u of said) assert.deepEqual([u.lang, u.voice], ["en-US", "Stand-in English (US)"], u.text);
      assert.equal(await speechFetched(), 2, "the module's glue and wasm, once");
      // The badge: reading, then Escape closes the dialog and stops it.
      await browser.click(["#badge", ".ccw-badge"]);
      await waitForElement(browser, "Listen in the dialog", inside(BADGE_APP, ".ccw-listen"));
      await browser.click(inside(BADGE_APP, ".ccw-listen"));
      await waitFor(browser, "the dialog's heading read", (path) => find(path)?.classList.contains("ccw-reading"), inside(BADGE_APP, "h1"));
      const cancels = await browser.evaluate(() => window.__speech.cancels);
      await browser.press("Escape");
      await waitFor(browser, "the dialog closed", (path) => !find(path).open, ["#badge", "dialog"]);
      await waitFor(browser, "the reading stopped", (before) => window.__speech.cancels > before && !speechSynthesis.speaking, cancels);
      assert.equal(await attribute(browser, inside(BADGE_APP, ".ccw-listen"), "aria-pressed"), "false");
      assert.equal(await browser.evaluate((path) => find(path).querySelectorAll(".ccw-reading").length, BADGE_APP), 0);
      assert.equal(await speechFetched(), 2, "no second fetch of the module");
      // The engine's late reports of what it dropped have come (and thrown nothing).
      await new Promise((resolve) => setTimeout(resolve, 100));
      await shot("listen");
      await expectNoErrors(browser);
    });

    // WebKit dropped the heading's bottom margin inside a <legend>, so the
    // hint sat right under the question (issue 17). Chromium gives the
    // heading's 0.75em, as style.css says.
    test("a question's hint sits 0.75em of the heading below it", async () => {
      await browser.goto("/");
      await waitForElement(browser, "the start screen", inside(INLINE, ".ccw-button-start"));
      await browser.click(inside(INLINE, ".ccw-button-start"));
      await waitForElement(browser, "the first question", inside(INLINE, ".ccw-hint"));
      const gap = await browser.evaluate((heading, hint) => {
        const h1 = find(heading);
        return {
          gap: find(hint).getBoundingClientRect().top - h1.getBoundingClientRect().bottom,
          expected: 0.75 * parseFloat(getComputedStyle(h1).fontSize),
        };
      }, inside(INLINE, ".ccw-question-heading h1"), inside(INLINE, ".ccw-hint"));
      assert.ok(Math.abs(gap.gap - gap.expected) <= 2, `gap under the heading: ${gap.gap} px, expected ${gap.expected} px`);
      await shot("question");
      await expectNoErrors(browser);
    });
  });
}
