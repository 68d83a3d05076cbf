// Read-aloud with this machine's own speech engine (not the stand-in of
// listen.spec.js): Chromium with --enable-speech-dispatcher speaks through
// Debian's speech-dispatcher and espeak-ng. Skipped, saying why, where
// Chromium lists no English voice (no speech-dispatcher, or no voice).
import { test, expect } from "@playwright/test";
import { demoWidget } from "./support/index.js";

const listenButton = (w) => w.locator(".ccw-listen");

test.use({
  launchOptions: {
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--enable-speech-dispatcher"],
  },
});

test("a real utterance starts and ends", async ({ page }) => {
  await page.goto("/");
  const w = demoWidget(page);
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
  await expect(listenButton(w)).toHaveAttribute("aria-pressed", "false", { timeout: 60_000 });
});
