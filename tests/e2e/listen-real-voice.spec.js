// Read-aloud with this machine's own speech engine (not the stand-in of
// listen.spec.js): Chromium with --enable-speech-dispatcher speaks through
// Debian's speech-dispatcher and espeak-ng. Opt-in (LISTEN_REAL_VOICE=1):
// it needs a voice and an audio output that speech-dispatcher can play to
// (without one, an utterance starts and never ends), so the test command
// does not depend on it. Skipped, saying why, where Chromium lists no
// English voice. On a machine with no sound card, a null ALSA device does:
// `pcm.!default { type null }` in ~/.asoundrc, and a copy of
// /etc/speech-dispatcher in ~/.config/speech-dispatcher with
// `AudioOutputMethod "alsa"` (restart speech-dispatcher after).
import { test, expect } from "@playwright/test";
import { widget } from "./support/index.js";

const listenButton = (w) => w.locator(".ccw-listen");

test.use({
  launchOptions: {
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--enable-speech-dispatcher"],
  },
});

test("a real utterance starts and ends", async ({ page }) => {
  test.skip(!process.env.LISTEN_REAL_VOICE, "opt-in: set LISTEN_REAL_VOICE=1 on a machine with speech-dispatcher, espeak-ng and audio output");
  test.setTimeout(150_000);
  // The kiosk, which has the reader in its own bundle.
  await page.goto("/kiosk.html");
  const w = widget(page);
  await expect(w.locator("h1")).toBeVisible();
  const voices = await page.evaluate(
    () =>
      new Promise((done) => {
        const list = () => speechSynthesis.getVoices().map((v) => `${v.lang} ${v.name}`);
        if (list().length) return done(list());
        speechSynthesis.addEventListener("voiceschanged", () => done(list()), { once: true });
        setTimeout(() => done(list()), 3000);
      }),
  );
  const ours = ["en", "es", "zh", "cmn", "vi", "ko", "ru", "ar", "ht", "fil", "tl"];
  const primaries = ours.filter((tag) => voices.some((v) => v.toLowerCase().startsWith(`${tag}-`) || v.toLowerCase().startsWith(`${tag} `)));
  console.log(`Chromium lists ${voices.length} voices; for our languages' primary tags: ${primaries.join(", ")}`);
  test.skip(
    !voices.some((v) => v.startsWith("en")),
    `no English voice in this Chromium (speech-dispatcher with espeak-ng and an audio output needed); voices: ${voices.length}`,
  );
  const events = await page.evaluate(() => {
    const seen = [];
    const u = new SpeechSynthesisUtterance("Hello.");
    return new Promise((done) => {
      u.onstart = () => seen.push("start");
      u.onend = () => done([...seen, "end"]);
      u.onerror = (e) => done([...seen, `error ${e.error}`]);
      speechSynthesis.speak(u);
      setTimeout(() => done([...seen, "timeout"]), 15_000);
    });
  });
  expect(events).toEqual(["start", "end"]);
  // And the widget's own reading ends by itself.
  await listenButton(w).click();
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "true");
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false", { timeout: 100_000 });

  // The landing page's badge, whose reader comes as a module of its own
  // on the first press.
  await page.goto("/");
  await page.locator("connected-care-widget .ccw-badge").click();
  const dialog = widget(page.locator("connected-care-widget dialog"));
  await expect(dialog.locator("h1")).toBeVisible();
  const moduleFetched = page.waitForResponse("**/speech/connected-care-speech_bg.wasm");
  await listenButton(dialog).click();
  await expect(listenButton(dialog)).toHaveAttribute("aria-pressed", "true");
  expect((await moduleFetched).ok()).toBe(true);
  await expect(dialog.locator(".ccw-reading")).toHaveCount(1, { timeout: 30_000 });
  await expect(listenButton(dialog)).toHaveAttribute("aria-pressed", "false", { timeout: 100_000 });
});
