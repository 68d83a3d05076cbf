// A recording stand-in for the browser's speech engine (speechSynthesis and
// SpeechSynthesisUtterance), installed before the page loads. It records
// every utterance queued (text, lang, voice) and every cancel(); it plays
// them one at a time like a real engine (start, then end when the test
// says, or error "interrupted"/"canceled" on cancel()), and it can have
// its voices arrive late, with a "voiceschanged" event, as Chrome's do.
// Below it, what the read-aloud specs (listen*.spec.js) share: pressing
// Listen and checking what was said.
import { expect } from "@playwright/test";
import { readFileSync } from "node:fs";

/** The stand-in's voices: some languages have two, Haitian Creole none. */
export const VOICES = [
  { name: "Test English (US)", lang: "en-US", localService: true },
  { name: "Test English (UK) online", lang: "en-GB", localService: false },
  { name: "Test Spanish (Spain)", lang: "es-ES", localService: true },
  { name: "Test Spanish (US)", lang: "es-US", localService: true },
  { name: "Test French", lang: "fr-FR", localService: true },
];

/** Voices that arrive after the page has loaded. */
export const LATE_VOICES = [
  { name: "Test Chinese (Mainland)", lang: "zh-CN", localService: true },
  { name: "Test Chinese (Taiwan) online", lang: "zh-TW", localService: false },
  { name: "Test Chinese (Hong Kong)", lang: "zh-HK", localService: true },
  { name: "Test Vietnamese online", lang: "vi-VN", localService: false },
  { name: "Test Korean", lang: "ko_KR", localService: true },
  { name: "Test Russian", lang: "ru-RU", localService: true },
  { name: "Test Arabic", lang: "ar-SA", localService: true },
  { name: "Test Filipino", lang: "fil-PH", localService: true },
];

/** Which stand-in voice (by name) and lang each language is read with; none for Haitian Creole. */
export const EXPECTED_VOICE = {
  en: ["Test English (US)", "en-US"],
  es: ["Test Spanish (US)", "es-US"],
  "zh-Hant": ["Test Chinese (Hong Kong)", "zh-HK"],
  "zh-Hans": ["Test Chinese (Mainland)", "zh-CN"],
  vi: ["Test Vietnamese online", "vi-VN"],
  ko: ["Test Korean", "ko-KR"],
  ru: ["Test Russian", "ru-RU"],
  ar: ["Test Arabic", "ar-SA"],
  tl: ["Test Filipino", "fil-PH"],
};

/** Whether `lang` is read with a network voice (localService false), which sends the words to a speech service. */
export function isNetworkVoice(lang) {
  const name = EXPECTED_VOICE[lang]?.[0];
  return [...VOICES, ...LATE_VOICES].some((voice) => voice.name === name && !voice.localService);
}

/**
 * Installs the stand-in on `page` before its scripts run. `voices` are
 * there at load, `late` arrive after `lateMs` (with `lateMs: null`, when
 * the test calls deliverLateVoices), or `lateAfterAskMs` after the page
 * first asks for the list, as Chrome's load. With `engine: false` the page
 * has no speech engine at all. With `cancelEventsMs`, cancel() reports
 * what it dropped that much later, as Firefox does.
 */
export async function installSpeech(
  page,
  { voices = VOICES, late = LATE_VOICES, lateMs = 400, engine = true, cancelEventsMs = null, lateAfterAskMs = null } = {},
) {
  await page.addInitScript(
    ({ voices, late, lateMs, engine, cancelEventsMs, lateAfterAskMs }) => {
      if (!engine) {
        delete window.speechSynthesis;
        delete Window.prototype.speechSynthesis;
        delete window.SpeechSynthesisUtterance;
        return;
      }
      const record = (window.__speech = { spoken: [], cancels: 0, events: [] });
      class Voice {
        constructor({ name, lang, localService }) {
          Object.assign(this, { name, lang, localService, voiceURI: name, default: false });
        }
      }
      class Utterance extends EventTarget {
        constructor(text = "") {
          super();
          Object.assign(this, { text, lang: "", voice: null, rate: 1, pitch: 1, volume: 1 });
          this.onstart = this.onend = this.onerror = null;
        }
      }
      const fire = (u, type, error) => {
        const event = new Event(type);
        Object.assign(event, { utterance: u, error });
        record.events.push(error ? `${type} ${error}: ${u.text}` : `${type}: ${u.text}`);
        u[`on${type}`]?.call(u, event);
        u.dispatchEvent(event);
      };
      class Engine extends EventTarget {
        voices = voices.map((v) => new Voice(v));
        queue = [];
        current = null;
        onvoiceschanged = null;
        get speaking() {
          return this.current !== null;
        }
        get pending() {
          return this.queue.length > 0;
        }
        get paused() {
          return false;
        }
        getVoices() {
          // As Chrome: the list loads only once asked for.
          if (lateAfterAskMs !== null && !this.asked) setTimeout(window.__lateVoices, lateAfterAskMs);
          this.asked = true;
          return this.voices.slice();
        }
        speak(u) {
          record.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
          this.queue.push(u);
          if (!this.current) this.next();
        }
        cancel() {
          record.cancels++;
          const [current, rest] = [this.current, this.queue];
          this.current = null;
          this.queue = [];
          const report = () => {
            if (current) fire(current, "error", "interrupted");
            for (const u of rest) fire(u, "error", "canceled");
          };
          // Firefox reports what it dropped some milliseconds later.
          if (cancelEventsMs === null) report();
          else setTimeout(report, cancelEventsMs);
        }
        pause() {}
        resume() {}
        // The next utterance starts (in a microtask: no timer, so a test's
        // fake clock does not hold it back).
        next() {
          this.current = this.queue.shift() ?? null;
          const u = this.current;
          if (u) queueMicrotask(() => this.current === u && fire(u, "start"));
          // Nothing to say (the first press's unlocking space): it ends at
          // once, as a real engine's does.
          if (u && !u.text.trim()) queueMicrotask(() => this.current === u && this.finishOne());
        }
        // The test says the utterance being spoken has ended.
        finishOne() {
          const u = this.current;
          if (!u) return false;
          fire(u, "end");
          this.next();
          return true;
        }
        addVoices(list) {
          this.voices.push(...list.map((v) => new Voice(v)));
          const event = new Event("voiceschanged");
          this.onvoiceschanged?.(event);
          this.dispatchEvent(event);
        }
      }
      const engineInstance = new Engine();
      Object.defineProperty(window, "speechSynthesis", { value: engineInstance, configurable: true });
      window.SpeechSynthesisUtterance = Utterance;
      window.__lateVoices = () => engineInstance.addVoices(late);
      if (late.length && lateMs !== null) setTimeout(window.__lateVoices, lateMs);
    },
    { voices, late, lateMs, engine, cancelEventsMs, lateAfterAskMs },
  );
}

/** What has been queued to speak so far: [{ text, lang, voice }]. */
export const spoken = (page) => page.evaluate(() => window.__speech.spoken);
/** How many times speechSynthesis.cancel() was called. */
export const cancels = (page) => page.evaluate(() => window.__speech.cancels);
/** Forgets what was spoken so far. */
export const forgetSpoken = (page) => page.evaluate(() => (window.__speech.spoken = []));
/** Ends the utterance being spoken; false if none is. */
export const finishOne = (page) => page.evaluate(() => window.speechSynthesis.finishOne());
/** Something is being spoken. */
export const speaking = (page) => page.evaluate(() => window.speechSynthesis.speaking);

/** Ends every utterance, one by one, as the engine would. */
export async function finishAll(page) {
  for (let i = 0; i < 500 && (await finishOne(page)); i++);
}

/** The late voices arrive now (see installSpeech's `lateMs: null`). */
export const deliverLateVoices = (page) => page.evaluate(() => window.__lateVoices());

// ------------------------------------------------------------- what is said

/** A language's messages (one-line ones), from locales/<lang>/main.ftl. */
export function messages(lang) {
  const ftl = readFileSync(new URL(`../../../locales/${lang}/main.ftl`, import.meta.url), "utf8");
  return Object.fromEntries([...ftl.matchAll(/^([a-z][a-z0-9-]*) = (.+)$/gm)].map((m) => [m[1], m[2]]));
}

/** What the first press on a partner's page queues while read-aloud's
 * module loads (web/app/connect.js): a space, which lets iOS speak later. */
export const UNLOCK = { text: " ", lang: "", voice: null };

/** Text compared without its spaces (sentences are joined with one; CJK has none). */
export const bare = (text) => text.replace(/\s+/g, "");
export const listenButton = (w) => w.locator(".ccw-listen");

/** Spoken, but not the unlocking space a press queues while read-aloud's
 * module loads (on partners' pages: iOS speaks only inside a tap). */
const withoutUnlock = (said) => said.slice(said.findIndex((u) => u.text !== UNLOCK.text) >>> 0);

/** Presses Listen and returns what it queued once reading began (the
 * module may still be loading), after forgetting what came before. */
export async function listen(page, w) {
  await forgetSpoken(page);
  await listenButton(w).click();
  return readingAfterPress(page, w);
}

/** Listen in `w` was pressed: what is queued once reading began. */
export async function readingAfterPress(page, w) {
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => withoutUnlock(await spoken(page)).length, "reading began").toBeGreaterThan(0);
  return withoutUnlock(await spoken(page));
}

/** Every utterance is in `lang`'s expected voice, and short (under Chrome's cut-off). */
export function expectVoice(utterances, lang) {
  const [voice, tag] = EXPECTED_VOICE[lang];
  expect(utterances.length).toBeGreaterThan(0);
  for (const u of utterances) {
    expect(u, `voice for ${lang}`).toMatchObject({ voice, lang: tag });
    expect(u.text.length, u.text).toBeLessThanOrEqual(170);
  }
}

/** The utterances say exactly `parts`, in order. */
export function expectSaid(utterances, parts) {
  expect(bare(utterances.map((u) => u.text).join(" "))).toBe(bare(parts.join(" ")));
}

/** The utterances say each of `parts` in this order (other text may come between). */
export function expectSaidInOrder(utterances, parts) {
  const said = bare(utterances.map((u) => u.text).join(" "));
  let from = 0;
  for (const part of parts) {
    const at = said.indexOf(bare(part), from);
    expect(at, `"${part}" said after what came before it`).toBeGreaterThanOrEqual(0);
    from = at + bare(part).length;
  }
}

/** No utterance says any of `texts` (the names of buttons, say). */
export function expectNotSaid(utterances, texts) {
  const said = utterances.map((u) => bare(u.text));
  for (const text of texts) expect(said, `"${text}" is not read`).not.toContain(bare(text));
}

/** Stops the reading with the button, and checks it stopped. */
export async function stopWithButton(page, w) {
  const before = await cancels(page);
  await listenButton(w).click();
  await expectStopped(page, w, before);
}

/** Reading stopped at once: cancel() called, the button not pressed, nothing marked. */
export async function expectStopped(page, w, cancelsBefore) {
  // (A dialog's "close" event comes in a task after it closes.)
  await expect.poll(() => cancels(page)).toBeGreaterThan(cancelsBefore);
  expect(await speaking(page)).toBe(false);
  await expect(w.locator(".ccw-reading")).toHaveCount(0);
  if (await listenButton(w).count()) await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false");
}

/** The question on screen: caption, question, hint, then the answers as labelled. */
export async function questionParts(w) {
  return [
    await w.locator(".ccw-caption").textContent(),
    await w.locator("h1").textContent(),
    await w.locator(".ccw-hint").textContent(),
    ...(await w.locator(".ccw-options label, .ccw-options p").allTextContents()),
  ];
}
