// A recording stand-in for the browser's speech engine, for the engines'
// Listen test only (page/listen.html loads it before the widget): one
// English voice; utterances said one after another, each ending 300 ms
// after it starts; cancel() drops them all with an error 20 ms later, as
// Firefox does.
// Records each utterance queued (text, lang, voice) and each cancel in
// window.__speech, since WebKitWebDriver cannot watch the page otherwise.
(() => {
  const record = { spoken: [], cancels: 0 };
  const voice = { name: "Stand-in English (US)", lang: "en-US", localService: true, default: true, voiceURI: "stand-in" };
  let queue = [];
  let current = null;
  const next = () => {
    current = queue.shift() ?? null;
    if (!current) return;
    const utterance = current;
    setTimeout(() => {
      if (current !== utterance) return;
      utterance.onstart?.();
      setTimeout(() => {
        if (current !== utterance) return;
        utterance.onend?.();
        next();
      }, 300);
    });
  };
  const engine = new EventTarget();
  Object.assign(engine, {
    getVoices: () => [voice],
    speak(utterance) {
      record.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
      queue.push(utterance);
      if (!current) next();
    },
    cancel() {
      record.cancels++;
      const dropped = [current, ...queue].filter(Boolean);
      [current, queue] = [null, []];
      // Reported some milliseconds later, as Firefox does: a widget that
      // freed its handlers at the stop would then throw into the page.
      setTimeout(() => {
        for (const utterance of dropped) utterance.onerror?.();
      }, 20);
    },
  });
  Object.defineProperty(engine, "speaking", { get: () => current !== null });
  Object.defineProperty(window, "speechSynthesis", { value: engine, configurable: true });
  window.SpeechSynthesisUtterance = class {
    constructor(text = "") {
      Object.assign(this, { text, lang: "", voice: null, volume: 1, rate: 1, pitch: 1 });
    }
  };
  Object.defineProperty(window, "__speech", { value: record });
})();
