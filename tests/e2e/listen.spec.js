// Read-aloud (issue 20) in the kiosk: the "Listen" button reads the
// screen in the patient's language, sentence by sentence, marking the part being read,
// with the device's voice for that language (a recording stand-in for the
// browser's speech engine here: support/speech.js). Where no voice fits
// (Haitian Creole, or no engine at all) there is no button. Pressing it
// again, leaving the screen, switching language and a kiosk reset stop it;
// nothing speaks without a press. The kiosk's bundle has the reader in its
// own wasm; the badge and the inline widget load it on the first press
// (listen-embed.spec.js). The kiosk's Larger text, its reflow at tablet
// sizes in English and Arabic, and its reset.
import { test, expect } from "@playwright/test";
import {
  LANGUAGES,
  WALKS,
  answer,
  chooseLanguage,
  direction,
  expectAxeClean,
  horizontalOverflow,
  offScreen,
  seeResult,
  shot,
  walkTo,
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
  EXPECTED_VOICE,
  isNetworkVoice,
  finishAll,
  finishOne,
  installSpeech,
  listen,
  listenButton,
  messages,
  questionParts,
  speaking,
  spoken,
  stopWithButton,
} from "./support/speech.js";

// ------------------------------------------------------------- helpers

/** The kiosk start screen's expected words in `lang` (not its buttons). */
const startParts = (m) => [m["start-title"], m["start-what"], m["start-privacy"], m["kiosk-choose-language"]];

const TABLET_PORTRAIT = { width: 768, height: 1024 };
const TABLET_LANDSCAPE = { width: 1024, height: 768 };

/** The kiosk at tablet size, on its start screen, with the speech stand-in (`speech`: its options). */
async function openKiosk(page, speech) {
  await installSpeech(page, speech);
  await page.setViewportSize(TABLET_PORTRAIT);
  await page.goto("/kiosk.html");
  const w = widget(page);
  await expect(w).toHaveAttribute("data-mode", "kiosk");
  await expect(w.locator("h1")).toBeVisible();
  return w;
}

/** On the kiosk's start screen: the language's own button. */
async function kioskLanguage(w, lang) {
  await w.locator(`.ccw-kiosk-languages button[lang="${lang}"]`).click();
  await expect(w).toHaveAttribute("lang", lang);
}

/** axe on the kiosk's widget. */
const KIOSK = { include: "section.ccw" };

// ------------------------------------------------------------- tests

test("nothing speaks without a press, through a whole check and the explainer", async ({ page }) => {
  const w = await openKiosk(page);
  await expect(listenButton(w)).toBeVisible();
  await walkTo(w, "likely");
  await w.getByRole("button", { name: messages("en")["explainer-open"] }).click();
  for (let step = 1; step < 8; step++) await w.locator('[data-ccw-step-button="next"]').click();
  await chooseLanguage(w, "es");
  await expect(w.locator("h1")).toHaveText(messages("es")["explainer-next-title"]);
  expect(await spoken(page)).toEqual([]);
  expect(await speaking(page)).toBe(false);
});

test("English: every screen read in order, heading first, with the US voice, marked as it goes; axe clean", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const en = messages("en");
  const w = await openKiosk(page);
  // Start: exactly its heading and text, one sentence an utterance, not
  // its buttons (Touch to start, the languages).
  let said = await listen(page, w);
  expectVoice(said, "en");
  expect(said.map((u) => u.text)).toEqual([
    "Could chronic care management help you?",
    "Chronic care management (CCM) is a Medicare service.",
    "It is for people with two or more long-term health conditions.",
    "A care team helps you between visits.",
    "Your answers stay on this screen.",
    "Nothing is saved or sent.",
    "Choose your language",
  ]);
  // The part being read is marked, and the mark follows the reading.
  await expect(w.locator(".ccw-reading")).toHaveText(en["start-title"]);
  await expectAxeClean(page, "start, reading", KIOSK);
  await finishOne(page);
  await expect(w.locator(".ccw-reading")).toHaveText(en["start-what"]);
  await finishAll(page);
  await expect(w.locator(".ccw-reading")).toHaveCount(0);
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false");

  // Each question, with its answers.
  await w.locator(".ccw-button-start").click();
  for (const [i, value] of WALKS.likely.entries()) {
    said = await listen(page, w);
    expectVoice(said, "en");
    const parts = await questionParts(w);
    expect(parts[0]).toBe(`Question ${i + 1} of 6`);
    expectSaid(said, parts);
    expect(said[1].text, "the question right after its number").toBe(parts[1]);
    await expect(w.locator(".ccw-reading")).toHaveText(parts[0]);
    await expectAxeClean(page, `question ${i + 1}, reading`, KIOSK);
    await answer(w, value);
  }

  // Check your answers: each question and its answer, no "Change".
  said = await listen(page, w);
  const rows = await w.locator(".ccw-summary-row").evaluateAll((rows) =>
    rows.map((row) => [row.querySelector("dt").textContent, row.querySelector(".ccw-summary-value").textContent]),
  );
  expectSaid(said, [en["check-title"], en["check-intro"], ...rows.flat()]);
  expectNotSaid(said, [en.change, en["check-submit"], en.back]);
  await expectAxeClean(page, "check answers, reading", KIOSK);

  // The result: its parts in order, once each (not the hidden print copy).
  await seeResult(w);
  said = await listen(page, w);
  expectVoice(said, "en");
  expectSaidInOrder(said, [
    en["result-caption"],
    en["outcome-likely-title"],
    en["outcome-likely-body"],
    en["result-provider-decides"],
    en["result-why-title"],
    en["ccm-gives-title"],
    en["ccm-gives-team"],
    en["ccm-gives-urgent"],
    en["emergency-911"],
    en["result-ask-title"],
    en["result-helpline"],
    en["result-learn-more"],
  ]);
  expect(said.filter((u) => u.text === en["outcome-likely-title"])).toHaveLength(1);
  // The link's text and the QR code's caption after it, apart.
  expect(said.map((u) => u.text)).toContain(`${en["result-learn-more"]} ${en["result-learn-more-link"]} ${en["qr-link"]}`);
  expectNotSaid(said, [en["result-print"], en["start-over"], en.back, en["explainer-open"]]);
  await expectAxeClean(page, "result, reading", KIOSK);

  // Each step of "Connecting the dots": caption and step, title, its text.
  await w.getByRole("button", { name: en["explainer-open"] }).click();
  for (let step = 1; step <= 8; step++) {
    const key = await w.locator(".ccw-explainer").getAttribute("data-step");
    said = await listen(page, w);
    expectVoice(said, "en");
    expect(said[0].text).toBe(`${en["explainer-caption"]}, Step ${step} of 8`);
    expect(said[1].text).toBe(en[`explainer-${key}-title`]);
    const own = Object.keys(en).filter((id) => id.startsWith(`explainer-${key}-`));
    expectSaidInOrder(said, own.map((id) => en[id]));
    expectNotSaid(said, [en["explainer-next"], en["explainer-previous"], en.back]);
    await expectAxeClean(page, `explainer step ${step}, reading`, KIOSK);
    if (step < 8) await w.locator('[data-ccw-step-button="next"]').click();
  }
});

for (const lang of LANGUAGES.filter((l) => l !== "en")) {
  test(`${lang}: ${EXPECTED_VOICE[lang] ? "start, a question and the result read with its own voice" : "no voice, no button"}`, async ({
    page,
  }) => {
    const m = messages(lang);
    const w = await openKiosk(page);
    await kioskLanguage(w, lang);
    await expect(w).toHaveAttribute("dir", direction(lang));
    await expect(w.locator("h1")).toHaveText(m["start-title"]);
    if (!EXPECTED_VOICE[lang]) {
      // Every late voice has arrived (French among them): still none fits.
      await page.waitForFunction(() => speechSynthesis.getVoices().length > 8);
      await expect(listenButton(w)).toHaveCount(0);
      await expect(w.locator(".ccw-button-start")).toBeVisible();
      await expectAxeClean(page, `${lang} start, no voice`, KIOSK);
      return;
    }
    await expect(listenButton(w)).toHaveText(m.listen);
    let said = await listen(page, w);
    expectVoice(said, lang);
    expectSaid(said, startParts(m));
    expect(said[0].text).toBe(m["start-title"]);
    expect(said.length, "cut into sentences").toBeGreaterThan(4);
    await w.locator(".ccw-button-start").click();
    said = await listen(page, w);
    expectVoice(said, lang);
    expectSaid(said, await questionParts(w));
    expect(said[1].text).toBe(m["question-medicare"]);
    await answer(w, "yes");
    for (const value of WALKS.likely.slice(1)) await answer(w, value);
    // "Check your answers" and the result say the answers, or what follows
    // from them: with a network voice, which sends the words away, no
    // Listen there.
    if (isNetworkVoice(lang)) {
      await expect(w.locator("h1")).toHaveText(m["check-title"]);
      await expect(listenButton(w)).toHaveCount(0);
      await seeResult(w);
      await expect(w.locator(".ccw-result")).toBeVisible();
      await expect(listenButton(w)).toHaveCount(0);
      await expectAxeClean(page, `${lang} result, no Listen`, KIOSK);
      return;
    }
    // "Check your answers": each question, then the answer given.
    said = await listen(page, w);
    expectVoice(said, lang);
    const questions = await w.locator(".ccw-summary-key").allInnerTexts();
    const answers = await w.locator(".ccw-summary-value").allInnerTexts();
    expectSaid(said, [m["check-title"], m["check-intro"], ...questions.flatMap((question, i) => [question, answers[i]])]);
    await seeResult(w);
    said = await listen(page, w);
    expectVoice(said, lang);
    // (Not the hidden print copy's.)
    const reasons = await w.locator(".ccw-reasons li:visible").allInnerTexts();
    expect(reasons.length).toBeGreaterThan(2);
    expectSaidInOrder(said, [
      m["result-caption"],
      m["outcome-likely-title"],
      m["outcome-likely-body"],
      m["result-why-title"],
      ...reasons,
      m["result-ask-title"],
      m["result-helpline"],
    ]);
    await expectAxeClean(page, `${lang} result, reading`, KIOSK);
  });
}

test("voices that arrive late bring the button; none at all, or no engine, no button", async ({ browser }) => {
  // Korean's voice comes only after the page has loaded.
  let page = await browser.newPage();
  let w = await openKiosk(page, { lateMs: null });
  await kioskLanguage(w, "ko");
  await expect(w.locator("h1")).toHaveText(messages("ko")["start-title"]);
  await expect(listenButton(w)).toHaveCount(0);
  await deliverLateVoices(page);
  await expect(listenButton(w)).toHaveText(messages("ko").listen);
  expectVoice(await listen(page, w), "ko");
  await page.close();

  for (const options of [{ voices: [], late: [] }, { engine: false }]) {
    page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    w = await openKiosk(page, options);
    await page.waitForTimeout(500);
    await expect(listenButton(w), JSON.stringify(options)).toHaveCount(0);
    await w.locator(".ccw-button-start").click();
    await expect(w.locator("h1")).toHaveText(messages("en")["question-medicare"]);
    expect(errors).toEqual([]);
    await page.close();
  }
});

test("pressing again, Back, Continue, the next step and a language switch stop the reading at once", async ({ page }) => {
  const w = await openKiosk(page);
  await listen(page, w);
  await stopWithButton(page, w);
  await finishOne(page);
  await expect(w.locator(".ccw-reading")).toHaveCount(0);

  await w.locator(".ccw-button-start").click();
  for (const leave of [
    () => answer(w, "yes"),
    () => w.locator(".ccw-back").click(),
    () => w.locator("button[type=submit]").click(), // Continue: on to the next question
  ]) {
    await listen(page, w);
    const before = await cancels(page);
    await leave();
    await expectStopped(page, w, before);
  }
  // An error on the same screen is a new screen to read too.
  await listen(page, w);
  let before = await cancels(page);
  await w.locator("button[type=submit]").click();
  await expect(w.locator(".ccw-error-summary")).toBeVisible();
  await expectStopped(page, w, before);

  await listen(page, w);
  before = await cancels(page);
  await chooseLanguage(w, "es");
  await expectStopped(page, w, before);
  await expect(w.locator("h1")).toHaveText(messages("es")["question-part-b"]);

  for (const value of WALKS.likely.slice(1)) await answer(w, value);
  await seeResult(w);
  await w.getByRole("button", { name: messages("es")["explainer-open"] }).click();
  await listen(page, w);
  before = await cancels(page);
  await w.locator('[data-ccw-step-button="next"]').click();
  await expectStopped(page, w, before);
});

// ------------------------------------------------------------- kiosk

const fontSize = (locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

/** Elements whose text is cut off: wider or taller inside than their box. */
const clipped = (w) =>
  w.locator("h1, h2, p, li, label, button, dt, dd, legend, .ccw-caption").evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length && !el.closest("[hidden], .ccw-visually-hidden"))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible")
      .map((el) => `${el.tagName} ${el.textContent.trim().slice(0, 40)}`),
  );

test("kiosk: a larger Listen button on every screen, a reset stops it, and it keeps the idle timer away", async ({
  page,
}) => {
  await page.clock.install();
  const w = await openKiosk(page);
  await w.getByRole("button", { name: "Touch to start" }).click();
  await answer(w, "yes");
  await w.locator(".ccw-larger-text").click();
  await w.getByRole("button", { name: "I’m done" }).click();
  expect(await spoken(page), "nothing speaks without a press").toEqual([]);
  const listenSize = await fontSize(listenButton(w));
  expect(listenSize).toBeGreaterThan(await fontSize(w.locator(".ccw-button-start")) - 0.5);
  expect(listenSize).toBeGreaterThanOrEqual(25);
  expect((await listenButton(w).boundingBox()).height).toBeGreaterThanOrEqual(60);
  expectVoice(await listen(page, w), "en");
  await stopWithButton(page, w);

  await w.getByRole("button", { name: "Touch to start" }).click();
  await answer(w, "yes");
  await listen(page, w);
  // Listening is being there: no "Are you still there?" while it reads.
  await page.clock.runFor(200_000);
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  const before = await cancels(page);
  await w.getByRole("button", { name: "I’m done" }).click();
  await expectStopped(page, w, before);
  await expect(w.getByRole("button", { name: "Touch to start" })).toBeVisible();
  // Not reading, the idle timer runs again.
  await w.getByRole("button", { name: "Touch to start" }).click();
  await page.clock.runFor(91_000);
  await expect(page.getByRole("alertdialog")).toBeVisible();
});

test("kiosk: while it reads, its row of buttons stays in sight, without the language menu, in Russian with larger text", async ({
  page,
}) => {
  const w = await openKiosk(page);
  await kioskLanguage(w, "ru");
  await w.locator(".ccw-button-start").click();
  await w.locator(".ccw-larger-text").click();
  for (const value of WALKS.likely) await answer(w, value);
  await seeResult(w);
  const said = await listen(page, w);
  for (let i = 0; i < Math.min(30, said.length - 1); i++) await finishOne(page);
  const [row, button, menu] = await Promise.all(
    [w.locator(".ccw-top-reading"), listenButton(w), w.locator(".ccw-language")].map((l) => l.boundingBox()),
  );
  expect(row.y, "the row at the top of the screen").toBeLessThanOrEqual(1);
  // Two lines at most (Russian's long words, larger text, portrait); with the
  // language menu it was over three.
  expect(row.height, "the buttons alone").toBeLessThan(button.height * 2.5);
  expect(menu.y + menu.height, "the language menu scrolled away").toBeLessThan(0);
  await shot(page, "kiosk-reading-ru-larger-text", { fullPage: false });
});

test("kiosk: a reading whose engine went quiet without its last end does not hold the idle timer off", async ({
  page,
}) => {
  await page.clock.install();
  const w = await openKiosk(page);
  await w.getByRole("button", { name: "Touch to start" }).click();
  await answer(w, "yes");
  await listen(page, w);
  await page.clock.runFor(120_000);
  await expect(page.getByRole("alertdialog"), "really speaking: no prompt").toHaveCount(0);
  // The engine drops the rest without a word (as a platform that loses an
  // utterance's end does): the button still shows pressed.
  await page.evaluate(() => {
    speechSynthesis.current = null;
    speechSynthesis.queue = [];
  });
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "true");
  await page.clock.runFor(96_000);
  await expect(page.getByRole("alertdialog")).toBeVisible();
});

test("kiosk: Larger text on every screen, reflowing at tablet sizes in English and Arabic; a reset turns it off", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const w = await openKiosk(page);
  const larger = w.getByRole("button", { name: "Larger text" });
  await expect(larger).toHaveAttribute("aria-pressed", "false");
  const body = () => fontSize(w.locator(".ccw-screen p").first());
  expect(await body()).toBeCloseTo(22, 0);
  await larger.click();
  await expect(larger).toHaveAttribute("aria-pressed", "true");
  expect(await body()).toBeCloseTo(27.84, 1);

  for (const lang of ["en", "ar"]) {
    if (lang === "ar") {
      await w.locator('.ccw-kiosk-languages button[lang="ar"]').click();
      await expect(w).toHaveAttribute("dir", "rtl");
      await expect(w.locator("h1")).toHaveText(messages("ar")["start-title"]);
    }
    const screens = {
      start: async () => {},
      question: () => w.locator(".ccw-button-start").click(),
      result: async () => {
        for (const value of WALKS.likely) await answer(w, value);
        await seeResult(w);
        await expect(w.locator(".ccw-result")).toBeVisible();
      },
    };
    for (const [name, go] of Object.entries(screens)) {
      await go();
      expect(await body(), `${lang} ${name}: larger text`).toBeCloseTo(27.84, 1);
      for (const [size, viewport] of [
        ["portrait", TABLET_PORTRAIT],
        ["landscape", TABLET_LANDSCAPE],
      ]) {
        await page.setViewportSize(viewport);
        expect(await horizontalOverflow(page), `${lang} ${name} ${size}: no sideways scroll`).toBeLessThanOrEqual(0);
        expect(await offScreen(w), `${lang} ${name} ${size}: nothing off the screen`).toEqual([]);
        expect(await clipped(w), `${lang} ${name} ${size}: no text cut off`).toEqual([]);
        await shot(page, `kiosk-larger-${lang}-${name}-${size}`);
      }
      await page.setViewportSize(TABLET_PORTRAIT);
    }
    await expectAxeClean(page, `kiosk larger text ${lang} result`);
    await w.locator(".ccw-done").click();
    await expect(w.locator(".ccw-kiosk-start")).toBeVisible();
    // A reset turns it off: the next patient starts at the usual size.
    await expect(w.locator(".ccw-larger-text")).toHaveAttribute("aria-pressed", "false");
    expect(await body()).toBeCloseTo(22, 0);
    await w.locator(".ccw-larger-text").click();
  }
});
