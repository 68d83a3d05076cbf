// Read-aloud (issue 20) on partners' pages: the badge's dialog and the
// inline widget (and the landing page's demo) have the Listen button where
// the device has a voice for the language, as the kiosk does
// (listen.spec.js). Their reader is a module of its own
// (dist/speech/connected-care-speech.js and its wasm), fetched only on the
// first press of Listen, pinned by its hash in the main glue: before it
// arrives the press shows pressed (and queues one space, for
// iOS), a second press cancels; if it fails to load or was changed on its
// way, a console warning and the button back to not pressed, nothing
// thrown. Closing the badge's dialog stops its reading. Widgets on one
// page share the page's one speech engine: a press in one stops the
// other's reading, and a screen change in one leaves the other's alone.
// With the recording speechSynthesis stand-in of support/speech.js.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import {
  CMS_URL,
  LANGUAGES,
  afterNextFrames,
  expectAppReplacesPlaceholder,
  WALKS,
  answer,
  badge,
  chooseLanguage,
  demoWidget,
  dialogWidget,
  expectAxeClean,
  expectPageUnharmed,
  horizontalOverflow,
  offScreen,
  recordRequests,
  seeResult,
  shot,
  smallTargets,
  tabTo,
  walkTo,
  watchPage,
  widget,
} from "./support/index.js";
import {
  cancels,
  deliverLateVoices,
  expectNotSaid,
  expectSaid,
  expectSaidInOrder,
  expectStopped,
  expectVoice,
  finishAll,
  finishOne,
  forgetSpoken,
  installSpeech,
  listen,
  listenButton,
  messages,
  questionParts,
  readingAfterPress,
  speaking,
  spoken,
  stopWithButton,
  UNLOCK,
  VOICES,
  LATE_VOICES,
} from "./support/speech.js";

// ------------------------------------------------------------- helpers

const DIST = new URL("../../dist/", import.meta.url);
/** Read-aloud's module: its glue and its wasm, under dist/. */
const SPEECH_GLUE = "speech/connected-care-speech.js";
const SPEECH_WASM = "speech/connected-care-speech_bg.wasm";
const SPEECH_FILES = [SPEECH_GLUE, SPEECH_WASM];

/** The requests among `urls` for read-aloud's module (dist/speech/), as paths under dist/. */
const speechRequests = (urls) =>
  urls.map((url) => new URL(url).pathname.slice(1)).filter((path) => path.startsWith("speech/"));

/** The inline widget of the <connected-care-widget> with this id. */
const inlineWidget = (page, id) => widget(page.locator(`#${id}`));

/** The test page with two inline widgets (English, Spanish) and a badge
 * (English), with the speech stand-in (`speech`: its
 * options) and all its voices there; its inline English widget. */
async function openPage(page, speech) {
  await installSpeech(page, speech);
  await page.goto("/pages/listen.html");
  const w = inlineWidget(page, "inline-en");
  await expect(w.locator("h1")).toBeVisible();
  if (!speech) await page.waitForFunction(() => speechSynthesis.getVoices().length > 8);
  return w;
}

/** Opens the badge with this id; its dialog's app, on screen. */
async function openBadge(page, id) {
  await badge(page, id).click();
  const w = dialogWidget(page, id);
  await expect(w.locator("h1")).toBeVisible();
  return w;
}

/** The start screen's words in `lang`, in order (not its buttons). */
const startParts = (m) => [m["start-title"], m["start-what"], m["start-how"], m["start-privacy"]];

/** The likely result's parts, in order, in `lang`. */
const resultParts = (m) => [
  m["result-caption"],
  m["outcome-likely-title"],
  m["outcome-likely-body"],
  m["result-why-title"],
  m["result-ask-title"],
  m["result-helpline"],
];

/** Holds back every response for `file` (a path under dist/) until the returned function is called. */
async function holdFile(page, file) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(`**/${file}`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** A change to `body` that leaves it a working file of its kind (a comment
 * after a script, an empty custom section after a wasm), so that only
 * the hash can refuse it. */
function harmlessChange(file, body) {
  if (file.endsWith(".wasm")) return Buffer.concat([body, Buffer.from([0, 5, 4, ...Buffer.from("note")])]);
  return Buffer.concat([body, Buffer.from("\n/* changed on the way */\n")]);
}

/** Serves `file` (under dist/) changed, until the returned function is called. */
async function tamper(page, file) {
  const changed = harmlessChange(file, readFileSync(new URL(file, DIST)));
  const handler = async (route) => route.fulfill({ response: await route.fetch(), body: changed });
  await page.route(`**/${file}`, handler);
  return () => page.unroute(`**/${file}`, handler);
}

/** The button was pressed and is still: the module loads, nothing read yet. */
async function expectWaiting(page, w) {
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "true");
  expect(await spoken(page), "only the space that unlocks iOS").toEqual([UNLOCK]);
  await expect(w.locator(".ccw-reading")).toHaveCount(0);
}

// ------------------------------------------------------------- what is read

test("badge and inline: Listen where a voice fits; start, a question and the result read with the language's voice", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openPage(page);
  const places = [
    ["inline-en", "en", () => inlineWidget(page, "inline-en")],
    ["inline-es", "es", () => inlineWidget(page, "inline-es")],
    ["badge-en", "en", () => openBadge(page, "badge-en")],
  ];
  for (const [id, lang, open] of places) {
    const m = messages(lang);
    const w = await open();
    await expect(listenButton(w), id).toHaveText(m.listen);
    await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false");
    expect(await spoken(page), `${id}: nothing spoken without a press`).toEqual([]);

    let said = await listen(page, w);
    expectVoice(said, lang);
    expectSaid(said, startParts(m));
    expect(said[0].text, `${id}: the heading first`).toBe(m["start-title"]);
    expectNotSaid(said, [m["start-button"], m.listen, m["explainer-open"]]);
    await expect(w.locator(".ccw-reading")).toHaveText(m["start-title"]);
    await finishOne(page);
    await expect(w.locator(".ccw-reading")).toHaveText(m["start-what"]);
    await finishAll(page);
    await expect(w.locator(".ccw-reading")).toHaveCount(0);
    await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false");

    await w.locator(".ccw-button-start").click();
    said = await listen(page, w);
    expectVoice(said, lang);
    expectSaid(said, await questionParts(w));
    expect(said[1].text).toBe(m["question-medicare"]);
    await stopWithButton(page, w);

    for (const value of WALKS.likely) await answer(w, value);
    await seeResult(w);
    await expect(w.locator(".ccw-result")).toHaveAttribute("data-outcome", "likely");
    said = await listen(page, w);
    expectVoice(said, lang);
    expectSaidInOrder(said, resultParts(m));
    expect(said.filter((u) => u.text === m["outcome-likely-title"])).toHaveLength(1);
    expectNotSaid(said, [m["result-print"], m["start-over"], m.back, m["explainer-open"]]);
    await stopWithButton(page, w);
    await forgetSpoken(page);
    if (id.startsWith("badge")) await page.keyboard.press("Escape");
  }
});

test("Arabic and Chinese (Traditional) inline, Arabic in the badge: the button once their voices come, read with them", async ({
  page,
}) => {
  // Their voices come only after the page has loaded.
  const w = await openPage(page, { lateMs: null });
  await chooseLanguage(w, "ar");
  await expect(w.locator("h1")).toHaveText(messages("ar")["start-title"]);
  await expect(listenButton(w)).toHaveCount(0);
  await deliverLateVoices(page);
  for (const lang of ["ar", "zh-Hant"]) {
    await chooseLanguage(w, lang);
    await expect(w.locator("h1")).toHaveText(messages(lang)["start-title"]);
    await expect(listenButton(w)).toHaveText(messages(lang).listen);
    const said = await listen(page, w);
    expectVoice(said, lang);
    expectSaid(said, startParts(messages(lang)));
    await stopWithButton(page, w);
  }
  const dialog = await openBadge(page, "badge-en");
  await chooseLanguage(dialog, "ar");
  await expect(dialog).toHaveAttribute("dir", "rtl");
  await dialog.locator(".ccw-button-start").click();
  const said = await listen(page, dialog);
  expectVoice(said, "ar");
  expectSaid(said, await questionParts(dialog));
});

test("no Listen button for Haitian Creole, nor without voices or a speech engine; nothing broken", async ({ browser }) => {
  let page = await browser.newPage();
  let w = await openPage(page);
  const ht = messages("ht");
  // Every voice is there (French among them): none fits Haitian Creole.
  const dialog = await openBadge(page, "badge-en");
  await expect(listenButton(dialog)).toBeVisible();
  await chooseLanguage(dialog, "ht");
  await expect(dialog.locator("h1")).toHaveText(ht["start-title"]);
  await expect(dialog.locator(".ccw-language select")).toBeVisible();
  await expect(listenButton(dialog)).toHaveCount(0);
  await dialog.locator(".ccw-button-start").click();
  await expect(dialog.locator("h1")).toHaveText(ht["question-medicare"]);
  await expect(listenButton(dialog)).toHaveCount(0);
  await page.keyboard.press("Escape");
  // Inline: switching to Haitian Creole takes the button away, back to English brings it.
  await expect(listenButton(w)).toBeVisible();
  await chooseLanguage(w, "ht");
  await expect(w.locator("h1")).toHaveText(ht["start-title"]);
  await expect(listenButton(w)).toHaveCount(0);
  await chooseLanguage(w, "en");
  await expect(listenButton(w)).toBeVisible();
  expect(await spoken(page)).toEqual([]);
  await page.close();

  for (const options of [{ voices: [], late: [] }, { engine: false }]) {
    page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const requests = recordRequests(page);
    w = await openPage(page, options);
    await page.waitForTimeout(600);
    await expect(listenButton(w), JSON.stringify(options)).toHaveCount(0);
    await expect(listenButton(inlineWidget(page, "inline-es"))).toHaveCount(0);
    await w.locator(".ccw-button-start").click();
    await expect(w.locator("h1")).toHaveText(messages("en")["question-medicare"]);
    const dialog = await openBadge(page, "badge-en");
    await expect(listenButton(dialog)).toHaveCount(0);
    await page.keyboard.press("Escape");
    expect(errors).toEqual([]);
    expect(speechRequests(requests)).toEqual([]);
    await page.close();
  }
});

// ------------------------------------------------------------- the module

test("read-aloud's module is fetched once, on the first press: none before it, none for later presses", async ({
  page,
}) => {
  const requests = recordRequests(page);
  const w = await openPage(page);
  // A whole check, the explainer and the badge's dialog: no press, no fetch.
  const dialog = await openBadge(page, "badge-en");
  await dialog.locator(".ccw-button-start").click();
  await page.keyboard.press("Escape");
  await w.locator(".ccw-button-start").click();
  for (const value of WALKS.likely) await answer(w, value);
  await seeResult(w);
  await w.getByRole("button", { name: messages("en")["explainer-open"] }).click();
  await expect(w.locator(".ccw-explainer")).toBeVisible();
  await page.waitForTimeout(500);
  expect(speechRequests(requests), "nothing of read-aloud before a press").toEqual([]);
  expect(await spoken(page)).toEqual([]);

  // The first press: one space at once (for iOS), then the module, then the screen.
  await listenButton(w).click();
  const said = await readingAfterPress(page, w);
  expect((await spoken(page))[0], "the press's unlocking space first").toEqual(UNLOCK);
  expectVoice(said, "en");
  await expect.poll(() => speechRequests(requests)).toEqual(SPEECH_FILES);

  // Later presses, in this widget, the other inline one and a badge: the module is there.
  await stopWithButton(page, w);
  expectVoice(await listen(page, w), "en");
  const es = inlineWidget(page, "inline-es");
  expectVoice(await listen(page, es), "es");
  expect((await spoken(page))[0].text, "no unlocking space once the module is there").not.toBe(UNLOCK.text);
  const again = await openBadge(page, "badge-en");
  expectVoice(await listen(page, again), "en");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(300);
  expect(speechRequests(requests), "fetched once").toEqual(SPEECH_FILES);
});

test("under the strict policy partners are told is enough, and in the iframe embed, Listen loads its module and reads", async ({
  page,
}) => {
  const seen = await watchPage(page);
  await installSpeech(page);
  await page.goto("/pages/listen.html?policy=strict");
  const w = inlineWidget(page, "inline-en");
  await page.waitForFunction(() => speechSynthesis.getVoices().length > 8);
  const said = await listen(page, w);
  expectVoice(said, "en");
  expectSaid(said, startParts(messages("en")));
  expect(speechRequests(seen.requests)).toEqual(SPEECH_FILES);
  expect(seen.errors).toEqual([]);
  expect(seen.consoleErrors.filter((e) => !e.includes("favicon"))).toEqual([]);

  // The iframe embed (Spanish): the stand-in is the frame's own.
  await page.goto("/pages/iframe.html");
  const frame = page.frameLocator("iframe[data-connected-care]");
  const inFrame = widget(frame);
  await expect(listenButton(inFrame)).toHaveText(messages("es").listen);
  const frameWindow = page.frames().find((f) => f.url().includes("embed.html"));
  const framed = await listen(frameWindow, inFrame);
  expectVoice(framed, "es");
  expectSaid(framed, startParts(messages("es")));
});

for (const file of SPEECH_FILES) {
  test(`a changed ${file.split("/").pop()}: a warning, the button not pressed, nothing thrown or read, the widget and page unharmed`, async ({
    page,
  }) => {
    await installSpeech(page);
    const seen = await watchPage(page);
    const untamper = await tamper(page, file);
    await page.goto("/pages/listen.html");
    const w = inlineWidget(page, "inline-en");
    await expect(listenButton(w)).toBeVisible();
    await listenButton(w).click();
    await expect.poll(() => seen.warnings.filter((m) => m.includes("read-aloud not loaded")).length).toBe(1);
    await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false");
    await expect(w.locator(".ccw-reading")).toHaveCount(0);
    expect((await spoken(page)).filter((u) => u.text !== UNLOCK.text), "nothing read").toEqual([]);
    // The widget goes on; the badge opens; the partner's links are there.
    await w.locator(".ccw-button-start").click();
    await expect(w.locator("h1")).toHaveText(messages("en")["question-medicare"]);
    const dialog = await openBadge(page, "badge-en");
    await expect(listenButton(dialog)).toHaveAttribute("aria-pressed", "false");
    await page.keyboard.press("Escape");
    for (const id of ["inline-en", "inline-es", "badge-en"]) {
      await expect(page.locator(`#${id} > a`)).toHaveAttribute("href", CMS_URL);
    }
    await expectPageUnharmed(page, seen, { allowed: ["integrity"] });
    expect(seen.warnings.filter((m) => m.includes("Connected Care widget")), "one warning of ours").toHaveLength(1);

    // The file right again, a later press loads it and reads.
    await untamper();
    const said = await listen(page, w);
    expectVoice(said, "en");
    expectSaid(said, await questionParts(w));
  });
}

test("while the module loads: pressed at once; pressed again, nothing is read when it comes; a press that waits is read", async ({
  browser,
}) => {
  // Pressed twice: cancelled.
  let page = await browser.newPage();
  let w = await openPage(page);
  let release = await holdFile(page, SPEECH_GLUE);
  await listenButton(w).click();
  await expectWaiting(page, w);
  await listenButton(w).click();
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false");
  const wasm = page.waitForResponse((r) => r.url().endsWith(SPEECH_WASM));
  release();
  await wasm;
  await page.waitForTimeout(500);
  expect(await spoken(page), "nothing read when it came").toEqual([UNLOCK]);
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false");
  await expect(w.locator(".ccw-reading")).toHaveCount(0);
  // Now it is there: a press reads at once.
  expectSaid(await listen(page, w), startParts(messages("en")));
  await page.close();

  // Pressed once and waited for: read when it comes, this widget's screen.
  page = await browser.newPage();
  w = await openPage(page);
  release = await holdFile(page, SPEECH_WASM);
  await listenButton(w).click();
  await expectWaiting(page, w);
  await page.waitForTimeout(300);
  await expectWaiting(page, w);
  release();
  const said = await readingAfterPress(page, w);
  expectVoice(said, "en");
  expectSaid(said, startParts(messages("en")));
  await expect(w.locator(".ccw-reading")).toHaveText(messages("en")["start-title"]);
  await page.close();

  // Pressed in one widget, then in another while it loads: the second is read.
  page = await browser.newPage();
  w = await openPage(page);
  const es = inlineWidget(page, "inline-es");
  release = await holdFile(page, SPEECH_GLUE);
  await listenButton(w).click();
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "true");
  await listenButton(es).click();
  await expect(listenButton(es)).toHaveAttribute("aria-pressed", "true");
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false");
  release();
  const second = await readingAfterPress(page, es);
  expectVoice(second, "es");
  expectSaid(second, startParts(messages("es")));
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false");
  await expect(w.locator(".ccw-reading")).toHaveCount(0);
  await page.close();

  // Pressed, pressed again, the language switched, pressed again, all while
  // it loads: read in the last press's language, once.
  page = await browser.newPage();
  w = await openPage(page);
  release = await holdFile(page, SPEECH_GLUE);
  await listenButton(w).click();
  await expectWaiting(page, w);
  await listenButton(w).click();
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false");
  await chooseLanguage(w, "es");
  await expect(w.locator("h1")).toHaveText(messages("es")["start-title"]);
  await listenButton(w).click();
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "true");
  release();
  const switched = await readingAfterPress(page, w);
  expectVoice(switched, "es");
  expectSaid(switched, startParts(messages("es")));
  await page.close();

  // Pressed in the badge's dialog, closed while it loads: nothing read.
  page = await browser.newPage();
  await openPage(page);
  release = await holdFile(page, SPEECH_GLUE);
  const dialog = await openBadge(page, "badge-en");
  await listenButton(dialog).click();
  await expectWaiting(page, dialog);
  await page.keyboard.press("Escape");
  await expect(listenButton(dialog)).toHaveAttribute("aria-pressed", "false");
  const loaded = page.waitForResponse((r) => r.url().endsWith(SPEECH_WASM));
  release();
  await loaded;
  await page.waitForTimeout(500);
  expect((await spoken(page)).filter((u) => u.text !== UNLOCK.text), "nothing read after the dialog closed").toEqual([]);
  await page.close();
});

// ------------------------------------------------------------- stopping

test("closing the badge's dialog, with Escape or its close button, stops its reading at once", async ({ page }) => {
  await openPage(page);
  const dialog = await openBadge(page, "badge-en");
  const close = page.locator("#badge-en dialog .ccw-close");
  await dialog.locator(".ccw-button-start").click();
  for (const how of ["Escape", "close button"]) {
    const said = await listen(page, dialog);
    expectVoice(said, "en");
    await expect(dialog.locator(".ccw-reading")).toHaveCount(1);
    const before = await cancels(page);
    if (how === "Escape") await page.keyboard.press("Escape");
    else await close.click();
    await expect(page.locator("#badge-en dialog")).not.toHaveAttribute("open", "");
    await expectStopped(page, dialog, before);
    // The engine's late events of the dropped utterances mark nothing.
    await finishOne(page);
    await badge(page, "badge-en").click();
    await expect(dialog.locator("h1")).toBeVisible();
    await expect(listenButton(dialog), `${how}: unpressed on reopening`).toHaveAttribute("aria-pressed", "false");
    await expect(dialog.locator(".ccw-reading")).toHaveCount(0);
    expect(await speaking(page)).toBe(false);
  }
});

test("inline: a new screen, a language switch and the widget taken off the page stop its reading at once", async ({
  page,
}) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const w = await openPage(page);
  await listen(page, w);
  let before = await cancels(page);
  await w.locator(".ccw-button-start").click();
  await expectStopped(page, w, before);

  await listen(page, w);
  before = await cancels(page);
  await chooseLanguage(w, "es");
  await expectStopped(page, w, before);
  await expect(w.locator("h1")).toHaveText(messages("es")["question-medicare"]);
  expectVoice(await listen(page, w), "es");

  // The partner's page takes the element away while it reads.
  before = await cancels(page);
  await page.locator("#inline-en").evaluate((el) => el.remove());
  await expect.poll(() => cancels(page)).toBeGreaterThan(before);
  expect(await speaking(page)).toBe(false);
  // The other widget reads as before.
  expectVoice(await listen(page, inlineWidget(page, "inline-es")), "es");
  expect(errors).toEqual([]);
});

test("an engine that reports what it dropped some milliseconds after cancel() (as Firefox does): stopping throws nothing into the page", async ({
  page,
}) => {
  await installSpeech(page, { cancelEventsMs: 20 });
  const seen = await watchPage(page);
  await page.goto("/pages/listen.html");
  const w = inlineWidget(page, "inline-en");
  await expect(w.locator("h1")).toBeVisible();
  await page.waitForFunction(() => speechSynthesis.getVoices().length > 8);
  // The button, a new screen, a language switch; then the badge's close.
  await listen(page, w);
  await stopWithButton(page, w);
  await listen(page, w);
  await w.locator(".ccw-button-start").click();
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false");
  await listen(page, w);
  await chooseLanguage(w, "es");
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false");
  const dialog = await openBadge(page, "badge-en");
  await listen(page, dialog);
  await page.keyboard.press("Escape");
  // The engine's late reports have all come.
  await page.waitForTimeout(200);
  await expect.poll(() => page.evaluate(() => window.__speech.events.filter((e) => e.startsWith("error")).length)).toBeGreaterThan(3);
  expect(await speaking(page)).toBe(false);
  // Nothing went wrong: read again, to the end.
  expectVoice(await listen(page, w), "es");
  await finishAll(page);
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false");
  await expectPageUnharmed(page, seen);
});

test("a reading begun while a chosen language loads is in the language shown, and stops when the new one shows", async ({
  page,
}) => {
  const w = await openPage(page);
  const release = await holdFile(page, "locales/es/main.ftl");
  await w.locator(".ccw-select").selectOption("es");
  await w.locator(".ccw-language .ccw-button").click();
  // Still English on screen: Listen reads it, in English.
  await expect(w.locator("h1")).toHaveText(messages("en")["start-title"]);
  const said = await listen(page, w);
  expectVoice(said, "en");
  const before = await cancels(page);
  release();
  await expect(w.locator("h1")).toHaveText(messages("es")["start-title"]);
  await expectStopped(page, w, before);
  await expect(listenButton(w)).toHaveText(messages("es").listen);
});

test("two widgets on one page: a press in one stops the other's reading; a screen change in one leaves the other's", async ({
  page,
}) => {
  const en = await openPage(page);
  const es = inlineWidget(page, "inline-es");
  await listen(page, en);
  await expect(en.locator(".ccw-reading")).toHaveCount(1);

  // The other widget's screen changes: the reading goes on.
  let before = await cancels(page);
  await es.locator(".ccw-button-start").click();
  await expect(es.locator("h1")).toHaveText(messages("es")["question-medicare"]);
  await answer(es, "yes");
  await page.waitForTimeout(300);
  expect(await cancels(page), "no cancel()").toBe(before);
  await expect(listenButton(en)).toHaveAttribute("aria-pressed", "true");
  await expect(en.locator(".ccw-reading")).toHaveText(messages("en")["start-title"]);
  expect(await speaking(page)).toBe(true);

  // A press in the other: the first is stopped and unpressed, the other read.
  before = await cancels(page);
  const said = await listen(page, es);
  expectVoice(said, "es");
  expectSaid(said, await questionParts(es));
  expect(await cancels(page)).toBeGreaterThan(before);
  await expect(listenButton(en)).toHaveAttribute("aria-pressed", "false");
  await expect(en.locator(".ccw-reading")).toHaveCount(0);
  await expect(es.locator(".ccw-reading")).toHaveCount(1);

  // And the other way round: a screen change in the first leaves it.
  before = await cancels(page);
  await en.locator(".ccw-button-start").click();
  await page.waitForTimeout(300);
  expect(await cancels(page)).toBe(before);
  await expect(listenButton(es)).toHaveAttribute("aria-pressed", "true");
  await expect(es.locator(".ccw-reading")).toHaveCount(1);
  // Its own screen change stops it.
  await answer(es, "part-b-medical");
  await expectStopped(page, es, before);

  // An inline widget reading, then the badge's Listen: the inline one stops.
  await listen(page, en);
  const dialog = await openBadge(page, "badge-en");
  await expect(listenButton(en)).toHaveAttribute("aria-pressed", "true");
  expectVoice(await listen(page, dialog), "en");
  await expect(listenButton(en)).toHaveAttribute("aria-pressed", "false");
  await expect(en.locator(".ccw-reading")).toHaveCount(0);
  await expect(dialog.locator(".ccw-reading")).toHaveCount(1);
});

// ------------------------------------------------------------- accessibility

test("the Listen button: axe clean in the dialog and inline, reading or not, at least 24×24 px, reflowing at 320 px", async ({
  page,
}) => {
  const w = await openPage(page);
  await expectAxeClean(page, "inline, Listen shown", { include: "#inline-en" });
  await listen(page, w);
  await expectAxeClean(page, "inline, reading", { include: "#inline-en" });
  expect(await smallTargets(listenButton(w), 24)).toEqual([]);
  const dialog = await openBadge(page, "badge-en");
  await expectAxeClean(page, "badge dialog, Listen shown", { include: "#badge-en" });
  await listen(page, dialog);
  await expectAxeClean(page, "badge dialog, reading", { include: "#badge-en" });
  expect(await smallTargets(listenButton(dialog), 24)).toEqual([]);
  await page.keyboard.press("Escape");

  await page.setViewportSize({ width: 320, height: 640 });
  for (const lang of ["en", "ar", "zh-Hant"]) {
    await chooseLanguage(w, lang);
    await expect(listenButton(w)).toHaveText(messages(lang).listen);
    expect(await horizontalOverflow(page), `inline ${lang} at 320 px`).toBeLessThanOrEqual(0);
    expect(await smallTargets(listenButton(w), 24)).toEqual([]);
    const box = await listenButton(w).boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    const d = await openBadge(page, "badge-en");
    await chooseLanguage(d, lang);
    await expect(listenButton(d)).toHaveText(messages(lang).listen);
    expect(await horizontalOverflow(page), `badge ${lang} at 320 px`).toBeLessThanOrEqual(0);
    const inDialog = await listenButton(d).boundingBox();
    expect(inDialog.x).toBeGreaterThanOrEqual(0);
    expect(inDialog.x + inDialog.width).toBeLessThanOrEqual(320);
    await page.keyboard.press("Escape");
  }
});

/** Whether the boxes of `locators` (those on screen) share one line: each one's top above every other one's bottom. */
async function onOneLine(locators) {
  const boxes = [];
  for (const locator of locators) if (await locator.isVisible()) boxes.push(await locator.boundingBox());
  return Math.max(...boxes.map((b) => b.y)) < Math.min(...boxes.map((b) => b.y + b.height));
}

test("the top row: on a computer one line in every language, inline and in the dialog; on a phone, Listen beside the close button and the language menu below at full width", async ({
  page,
}) => {
  const w = await openPage(page);
  const rowOf = (app) => [listenButton(app), app.locator(".ccw-select"), app.locator(".ccw-language .ccw-button")];
  for (const lang of LANGUAGES) {
    await chooseLanguage(w, lang);
    await expect(w).toHaveAttribute("lang", lang);
    expect(await onOneLine(rowOf(w)), `inline, ${lang}`).toBe(true);
  }
  const dialog = await openBadge(page, "badge-en");
  const close = page.locator("#badge-en .ccw-close");
  for (const lang of LANGUAGES) {
    await chooseLanguage(dialog, lang);
    await expect(dialog).toHaveAttribute("lang", lang);
    expect(await onOneLine([...rowOf(dialog), close]), `dialog, ${lang}`).toBe(true);
  }

  await page.setViewportSize({ width: 375, height: 667 });
  for (const lang of ["en", "ar", "zh-Hant"]) {
    await chooseLanguage(dialog, lang);
    await expect(dialog).toHaveAttribute("lang", lang);
    expect(await onOneLine([listenButton(dialog), close]), `phone, ${lang}: Listen beside the close button`).toBe(true);
    const [listenBox, closeBox, menu, heading] = await Promise.all(
      [listenButton(dialog), close, dialog.locator(".ccw-language"), dialog.locator("h1")].map((l) => l.boundingBox()),
    );
    expect(menu.y, `phone, ${lang}: the language menu below them`).toBeGreaterThanOrEqual(
      Math.max(listenBox.y + listenBox.height, closeBox.y + closeBox.height),
    );
    expect(menu.width, `phone, ${lang}: the language menu as wide as the screen's text`).toBeGreaterThanOrEqual(heading.width - 1);
    await shot(page, `listen-embed-badge-${lang}-phone-top-row`, { fullPage: false });
  }
});

test("voices that load only once asked for (as Chrome's): Listen is there when the app first shows, and nothing on the page moves", async ({
  page,
}) => {
  await installSpeech(page, { voices: [], late: [...VOICES, ...LATE_VOICES], lateMs: null, lateAfterAskMs: 50 });
  // The landing page's inline demo takes its placeholder's place without a
  // shift (landing.spec.js); on a partner's network the wasm comes after
  // the glue.
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 720 });
    await expectAppReplacesPlaceholder(page, "/", demoWidget(page));
    await expect(listenButton(demoWidget(page)), `${width} px`).toBeVisible();
    await afterNextFrames(page);
    expect(await page.evaluate(() => window.__shifts), `${width} px: nothing moved`).toEqual([]);
  }
});

test("the voice going from the device's list while it reads: Listen stays, pressed, and stops the reading; then goes", async ({
  page,
}) => {
  const w = await openPage(page);
  await listen(page, w);
  await page.evaluate(() => {
    speechSynthesis.voices = [];
    speechSynthesis.dispatchEvent(new Event("voiceschanged"));
  });
  await page.waitForTimeout(100);
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "true");
  const before = await cancels(page);
  await listenButton(w).click();
  await expectStopped(page, w, before);
  await expect(listenButton(w)).toHaveCount(0);
});

test("forced colours: Listen's play icon stays a triangle, pressed shows as a thick border, the part read is marked as found text, and the outline is the focus's alone", async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: "active" });
  const w = await openPage(page);
  const icon = () =>
    listenButton(w).evaluate((el) => {
      const style = getComputedStyle(el, "::before");
      return { top: style.borderTopColor, bottom: style.borderBottomColor, side: style.borderLeftColor };
    });
  const transparent = "rgba(0, 0, 0, 0)";
  /** A system colour, as this browser paints it. */
  const systemColour = (name) =>
    page.evaluate((name) => {
      const probe = document.createElement("span");
      probe.style.color = name;
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    }, name);
  const buttonText = await systemColour("ButtonText");
  const playing = await icon();
  expect(playing.top, "the triangle's slanted edges stay transparent").toBe(transparent);
  expect(playing.bottom).toBe(transparent);
  expect(playing.side, "drawn in the button's text colour").toBe(buttonText);
  await listen(page, w);
  const pressed = await listenButton(w).evaluate((el) => {
    const style = getComputedStyle(el);
    return { border: style.borderTopWidth, outline: style.outlineStyle };
  });
  expect(pressed).toEqual({ border: "4px", outline: "none" });
  const stopIcon = await icon();
  expect(stopIcon, "a square while reading, in the button's text colour").toEqual({ top: buttonText, bottom: buttonText, side: buttonText });
  const reading = await w.locator(".ccw-reading").evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, colour: style.color, outline: style.outlineStyle };
  });
  expect(reading).toEqual({ background: await systemColour("Mark"), colour: await systemColour("MarkText"), outline: "none" });
  await shot(page, "listen-embed-forced-colours-reading", { fullPage: false });
});

test("the part being read is underlined, not marked by colour alone", async ({ page }) => {
  const w = await openPage(page);
  await listen(page, w);
  const line = await w.locator(".ccw-reading").evaluate((el) => getComputedStyle(el).textDecorationLine);
  expect(line).toBe("underline");
});

test("while it reads a long screen, Listen stays in sight to stop it, and the part read is never under it: inline, in the dialog, on a phone and a computer", async ({
  page,
}) => {
  const w = await openPage(page);
  await walkTo(w, "likely");
  const dialog = await openBadge(page, "badge-en");
  await walkTo(dialog, "likely");
  await page.keyboard.press("Escape");
  for (const viewport of [
    { width: 375, height: 667 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(viewport);
    for (const where of ["inline", "dialog"]) {
      const app = where === "inline" ? w : await openBadge(page, "badge-en");
      const said = await listen(page, app);
      const what = `${where} at ${viewport.width} px`;
      for (let i = 0; i < said.length - 1; i++) {
        await finishOne(page);
        const [button, part] = await Promise.all([listenButton(app).boundingBox(), app.locator(".ccw-reading").boundingBox()]);
        if (!part) continue;
        expect(button.y, `${what}, sentence ${i + 2}: Listen on screen`).toBeGreaterThanOrEqual(0);
        expect(button.y + button.height).toBeLessThanOrEqual(viewport.height);
        expect(part.y + part.height, `${what}, sentence ${i + 2}: the part read on screen`).toBeLessThanOrEqual(viewport.height);
        expect(part.y, `${what}, sentence ${i + 2}: the part read below Listen`).toBeGreaterThanOrEqual(button.y + button.height - 1);
      }
      await stopWithButton(page, app);
      if (where === "dialog") await page.keyboard.press("Escape");
    }
  }
});

test("while it reads, a control scrolled to as focus scrolls it (to the nearest edge, as Firefox and Safari do) is not under Listen's row (WCAG 2.4.11): inline, on a computer and a phone", async ({
  page,
}) => {
  const w = await openPage(page);
  await walkTo(w, "likely");
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 375, height: 667 },
  ]) {
    await page.setViewportSize(viewport);
    await listen(page, w);
    const hidden = await w.evaluate((section) => {
      const sticky = section.querySelector(".ccw-top-reading");
      // On a phone only Listen stays (its row has no box there).
      const stays = getComputedStyle(sticky).display === "contents" ? sticky.querySelector(".ccw-listen") : sticky;
      const controls = [...section.querySelectorAll(".ccw-screen button, .ccw-screen a[href]")];
      const under = [];
      for (const control of controls) {
        // From below: the page scrolled past it, it comes back into view at the top.
        scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" });
        control.scrollIntoView({ block: "nearest", behavior: "instant" });
        const [box, row] = [control.getBoundingClientRect(), stays.getBoundingClientRect()];
        if (box.top < row.bottom - 1) under.push(`${control.textContent.trim()}: ${Math.round(box.top)} < ${Math.round(row.bottom)}`);
      }
      return { under, checked: controls.length };
    });
    expect(hidden.checked).toBeGreaterThan(3);
    expect(hidden.under, `${viewport.width} px`).toEqual([]);
    await stopWithButton(page, w);
  }
});

test("a partner's sticky header, told to the widget with --ccw-sticky-top: Listen's row stays in sight below it while it reads", async ({
  page,
}) => {
  await installSpeech(page);
  await page.goto("/pages/sticky-header.html");
  await page.addStyleTag({ content: "connected-care-widget { --ccw-sticky-top: 7.5rem; }" });
  const w = widget(page.locator("#inline"));
  await page.waitForFunction(() => speechSynthesis.getVoices().length > 8);
  await page.setViewportSize({ width: 375, height: 667 });
  await walkTo(w, "likely");
  const said = await listen(page, w);
  const header = await page.locator("header").boundingBox();
  for (let i = 0; i < said.length - 1; i++) {
    await finishOne(page);
    const [button, part] = await Promise.all([listenButton(w).boundingBox(), w.locator(".ccw-reading").boundingBox()]);
    expect(button.y, `sentence ${i + 2}: Listen below the header`).toBeGreaterThanOrEqual(header.y + header.height - 1);
    if (part) expect(part.y, `sentence ${i + 2}: the part read below Listen`).toBeGreaterThanOrEqual(button.y + button.height - 1);
  }
  await stopWithButton(page, w);
});

test("with less motion asked for, the reading jumps to each part even on a page that scrolls smoothly", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const w = await openPage(page);
  await page.addStyleTag({ content: "html { scroll-behavior: smooth; }" });
  await page.setViewportSize({ width: 375, height: 667 });
  await walkTo(w, "likely");
  await page.evaluate(() => scrollTo({ top: 0, behavior: "instant" }));
  await listen(page, w);
  // Each next part marked: where the page scrolled, it did at once.
  let scrolled = 0;
  for (let i = 0; i < 30; i++) {
    const [before, after] = await page.evaluate(async () => {
      const before = scrollY;
      speechSynthesis.finishOne();
      await new Promise((done) => setTimeout(done));
      return [before, scrollY];
    });
    if (after !== before) scrolled++;
    const part = await w.locator(".ccw-reading").boundingBox();
    if (part) expect(part.y + part.height, `part ${i + 2} on screen at once`).toBeLessThanOrEqual(667);
  }
  expect(scrolled, "the reading scrolled the page").toBeGreaterThan(2);
});

test("with large text (a 32 px default font) on a phone, the top row and the start screen stay on the screen in English, Spanish and Arabic", async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32 } });
  await page.setViewportSize({ width: 320, height: 640 });
  const w = await openPage(page);
  for (const lang of ["en", "ar"]) {
    await chooseLanguage(w, lang);
    await expect(w).toHaveAttribute("lang", lang);
    // (The partner's own heading overflows at this size: only ours counts.)
    for (const id of ["inline-en", "inline-es"]) {
      expect(await offScreen(inlineWidget(page, id)), `${lang}: nothing of ${id} past the screen's edges`).toEqual([]);
    }
    await expect(listenButton(w)).toBeVisible();
    await shot(page, `listen-embed-inline-${lang}-320-large-text`, { fullPage: false });
  }
});

test("keyboard: Tab to Listen, Enter reads, Enter stops; the focus ring shows while pressed", async ({ page }) => {
  const w = await openPage(page);
  const button = listenButton(w);
  await page.locator("h1").first().click();
  await tabTo(page, button);
  await forgetSpoken(page);
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-pressed", "true");
  const said = await readingAfterPress(page, w);
  expectVoice(said, "en");
  expectSaid(said, startParts(messages("en")));
  // Focused and pressed: the inner edge of the pressed state, and the focus ring outside it.
  expect(await button.evaluate((el) => el.matches(":focus-visible"))).toBe(true);
  const focusedShadow = await button.evaluate((el) => getComputedStyle(el).boxShadow);
  expect(focusedShadow.match(/rgb/g), focusedShadow).toHaveLength(3);
  const box = await button.boundingBox();
  const around = { x: box.x - 12, y: box.y - 12, width: box.width + 24, height: box.height + 24 };
  await page.screenshot({ path: new URL("./screenshots/listen-embed-focused-pressed.png", import.meta.url).pathname, clip: around });
  const before = await cancels(page);
  await page.keyboard.press("Enter");
  await expectStopped(page, w, before);
  expect(await button.evaluate((el) => el.matches(":focus-visible"))).toBe(true);

  // In the badge's dialog: opened, read and closed with the keyboard.
  await tabTo(page, badge(page, "badge-en"));
  await page.keyboard.press("Enter");
  const dialog = dialogWidget(page, "badge-en");
  await expect(dialog.locator("h1")).toBeVisible();
  await tabTo(page, listenButton(dialog), { max: 10 });
  await forgetSpoken(page);
  await page.keyboard.press("Enter");
  expectVoice(await readingAfterPress(page, dialog), "en");
  const closing = await cancels(page);
  await page.keyboard.press("Escape");
  await expectStopped(page, dialog, closing);
});

// ------------------------------------------------------------- the landing page

test("the landing page's inline demo has Listen, and reads", async ({ page }) => {
  await installSpeech(page);
  const requests = recordRequests(page);
  await page.goto("/");
  const w = demoWidget(page);
  await expect(listenButton(w)).toHaveText(messages("en").listen);
  expect(speechRequests(requests)).toEqual([]);
  const said = await listen(page, w);
  expectVoice(said, "en");
  expectSaid(said, startParts(messages("en")));
  expect(speechRequests(requests)).toEqual(SPEECH_FILES);
  await stopWithButton(page, w);
});

test("the kiosk's result page on the phone (kiosk/result.html): Listen reads the result with the kiosk bundle's own reader", async ({
  page,
}) => {
  await installSpeech(page);
  const requests = recordRequests(page);
  await page.goto("/kiosk/result.html#outcome=likely&lang=es");
  const w = widget(page);
  await expect(w.locator(".ccw-result")).toHaveAttribute("data-outcome", "likely");
  const said = await listen(page, w);
  expectVoice(said, "es");
  // (No answers come with the result: no "Why you see this result".)
  expectSaidInOrder(said, resultParts(messages("es")).filter((part) => part !== messages("es")["result-why-title"]));
  expect((await spoken(page))[0].text, "no unlocking space: nothing to load").not.toBe(UNLOCK.text);
  expect(speechRequests(requests)).toEqual([]);
  await stopWithButton(page, w);
});

// ------------------------------------------------------------- screenshots

test("screenshots: Listen in the badge's dialog and inline, in English, Arabic and Chinese (Traditional), at 1024 and 320 px", async ({
  page,
}) => {
  const w = await openPage(page);
  for (const [size, viewport] of [
    ["wide", { width: 1024, height: 768 }],
    ["narrow", { width: 320, height: 640 }],
  ]) {
    await page.setViewportSize(viewport);
    for (const lang of ["en", "ar", "zh-Hant"]) {
      await chooseLanguage(w, lang);
      await expect(listenButton(w)).toHaveText(messages(lang).listen);
      await w.scrollIntoViewIfNeeded();
      await shot(page, `listen-embed-inline-${lang}-${size}`, { fullPage: false });
      await listen(page, w);
      await shot(page, `listen-embed-inline-${lang}-${size}-reading`, { fullPage: false });
      await stopWithButton(page, w);
      const dialog = await openBadge(page, "badge-en");
      await chooseLanguage(dialog, lang);
      await expect(listenButton(dialog)).toHaveText(messages(lang).listen);
      await shot(page, `listen-embed-badge-${lang}-${size}`, { fullPage: false });
      await listen(page, dialog);
      await shot(page, `listen-embed-badge-${lang}-${size}-reading`, { fullPage: false });
      await page.keyboard.press("Escape");
    }
  }
});
