// Appended to each bundle's wasm-bindgen glue by tools/post-build.mjs
// (appendConnect), where `mount` is the glue's own. What the loader
// (web/loader/widget.js) needs only once the app has come lives here, not
// in the loader, which every visitor of a partner's page downloads:
// starting the wasm (and the main bundle's loading of the kiosk's), the
// app's stylesheets, the element's options and its events.

// This bundle's stylesheets, by their path beside this file, with their
// Subresource Integrity hashes, and whether it is the kiosk's bundle.
// tools/post-build.mjs writes them in place of this marker.
const BUNDLE = { __bundle__: 0 };

// The kiosk bundle's glue's hash, in the main bundle's glue only: written
// in by tools/post-build.mjs --integrity, once both bundles are built.
const KIOSK_GLUE_INTEGRITY = "__kiosk_glue_integrity__";

// The read-aloud module's glue's hash (speech/), likewise.
const SPEECH_GLUE_INTEGRITY = "__speech_glue_integrity__";

/**
 * The started app of the bundle in `folder` beside this file: "" for this
 * one (its wasm instantiated once, however many widgets ask: the glue's
 * init keeps its promise, and drops a failed one to try afresh), "kiosk/"
 * for the kiosk's, whose glue is fetched and checked against its hash as
 * the loader does this one's. Resolves to that bundle's glue module.
 */
export async function startBundle(folder) {
  if (folder) {
    const kiosk = await importChecked(folder + "connected-care-widget.js", KIOSK_GLUE_INTEGRITY);
    return kiosk.startBundle("");
  }
  styleSheets ??= fetchStyleSheets();
  await __wbg_init();
  return import(import.meta.url);
}

/** The module at `path` beside this file, checked against its hash as the
 * loader checks this one: a module script can carry `integrity`, import()
 * cannot, and the one fetch serves both. */
async function importChecked(path, integrity) {
  const src = new URL(path, import.meta.url);
  let script;
  await new Promise((onload, onerror) => {
    script = document.createElement("script");
    Object.assign(script, { type: "module", src, integrity, crossOrigin: "anonymous", onload, onerror });
    document.head.append(script);
  }).finally(() => script.remove());
  return import(src);
}

// The stylesheets, fetched with their hashes when the loader starts the
// bundle (on the visitor's intent, before the wasm is instantiated), so
// they come alongside the wasm; each becomes one constructed sheet, shared
// by every widget of the page (no 'unsafe-inline' for a page's policy to
// refuse). Nothing waits for them: one that fails to load or fails its
// hash leaves the app working unstyled, with a warning. Not fetched where
// a page starts the bundle itself (kiosk.html links them).
let styleSheets;
const fetchStyleSheets = () =>
  Object.entries(BUNDLE.styles ?? {}).map(([file, integrity]) =>
    fetch(new URL(file, import.meta.url), { integrity })
      .then((response) => {
        if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
        return response.text();
      })
      .then((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return sheet;
      })
      .catch((error) => console.warn("Connected Care widget: styles not loaded", error)),
  );

// Read-aloud (the speech crate, speech/): `readAloud` and `stopReading`.
// The kiosk's bundle has them in its own wasm: tools/post-build.mjs
// writes them in below for a glue that exports them. Partners' pages load
// them as a module of their own on the first press of Listen, as most
// visitors never press it. One reader for the page: it has one speech
// engine.
const OWN_SPEECH = null;
// Chrome loads its voices only once asked for, then says "voiceschanged".
// Asked now, while the wasm downloads, they are there when the app first
// shows, and Listen does not push the screen down a moment later.
globalThis.speechSynthesis?.getVoices();
let speechModule = OWN_SPEECH; // the module, once loaded
let speechLoading; // its promise, while loading
let waitingPress; // the last press while it loads: { pressed, language, onChange }

function readOnPage(pressed, language, onChange) {
  if (speechModule) return speechModule.readAloud(pressed, language, onChange) || onChange(false);
  stopReadingOnPage();
  waitingPress = { pressed, language, onChange };
  // iOS speaks only inside a tap: an utterance now lets the ones queued
  // once the module has come be spoken. A space, not "": Chrome on Linux
  // fails an empty one, and its speech-dispatcher then says nothing more.
  speechSynthesis.speak(new SpeechSynthesisUtterance(" "));
  onChange(true);
  // Loaded once, for whichever press is waiting when it comes (a later
  // press may be in another language).
  speechLoading ??= importChecked("speech/connected-care-speech.js", SPEECH_GLUE_INTEGRITY)
    .then(async (module) => {
      await module.default();
      speechModule = module;
      const press = waitingPress;
      waitingPress = null;
      if (press) readOnPage(press.pressed, press.language, press.onChange);
    })
    .catch((error) => {
      speechLoading = null;
      stopReadingOnPage();
      console.warn("Connected Care widget: read-aloud not loaded", error);
    });
}

function stopReadingOnPage() {
  const waiting = waitingPress;
  waitingPress = null;
  waiting?.onChange(false);
  speechModule?.stopReading();
}

/**
 * A widget's reader for its Listen button (src/read_aloud.rs, Reader),
 * given to `mount` as the option `speech`: it tells the app whether this
 * widget is being read, and tells it again when the voices change, so the
 * app looks for a voice anew; it stops only this widget's reading. Until
 * `signal` aborts.
 */
export function speechReader(signal) {
  let reading = false;
  let tell = () => {};
  const told = (now) => tell((reading = now));
  globalThis.speechSynthesis?.addEventListener("voiceschanged", () => tell(reading), { signal });
  return {
    watch: (onChange) => (tell = onChange),
    toggle: (press, language) => (reading ? stopReadingOnPage() : readOnPage(press.target, language, told)),
    stop: () => reading && stopReadingOnPage(),
  };
}

/**
 * Mounts the app in `host`, in the shadow root of the loader's element
 * (web/loader/widget.js), with the element's attributes as options; in
 * the badge's dialog, if `host` is in one. Resolves to the app, to destroy.
 */
export async function connect(host) {
  // In a task of its own, not in the one that instantiated the wasm:
  // together they were one long task (>= 50 ms at 4x CPU) on the host's page.
  await new Promise((resolve) => setTimeout(resolve));
  const root = host.getRootNode();
  const element = root.host;
  const dialog = host.closest("dialog");
  // The folder of the loader and of the languages: the main bundle's.
  const assetBase = new URL(BUNDLE.kiosk ? "../" : "./", import.meta.url).href;
  // In their order (the kiosk page's after the app's), each once it and
  // those before it have settled; once per shadow root.
  let adopted = Promise.resolve();
  for (const sheet of styleSheets ?? []) {
    adopted = adopted
      .then(() => sheet)
      .then((loaded) => {
        if (loaded && !root.adoptedStyleSheets.includes(loaded)) {
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, loaded];
        }
      });
  }

  // Dispatches connected-care:<type> on the element, for the partner's
  // own counts (README, "Events"). The detail is the language and the
  // mode, nothing else: never an answer. The app calls it for open (when
  // it first shows), start, result, explainer and language
  // (src/hooks/events.rs); the badge's dialog for its later opens and
  // every close, once the app has shown (it tells its own first open).
  const mode = dialog ? "badge" : BUNDLE.kiosk ? "kiosk" : "inline";
  let language;
  const emit = (type, shown = language) => {
    language = shown;
    const detail = { language, mode };
    element.dispatchEvent(new CustomEvent("connected-care:" + type, { bubbles: true, composed: true, detail }));
  };
  const listening = new AbortController();
  const { signal } = listening;
  const speech = speechReader(signal);
  const options = { assetBase, emit, speech };
  for (const name of ["lang", "mode", "accent", "contact", "idle"]) {
    if (element.hasAttribute(name)) options[name] = element.getAttribute(name);
  }
  // Whatever its mode attribute says (none, or a typo), a badge is one.
  if (dialog) options.mode = "badge";
  const app = mount(host, options);

  // A click on the badge opens the dialog (the loader's handler, added first).
  root.querySelector(".ccw-badge")?.addEventListener("click", () => language && emit("open"), { signal });
  dialog?.addEventListener("close", () => language && emit("close"), { signal });
  dialog?.addEventListener("close", speech.stop, { signal });
  return {
    destroy() {
      listening.abort();
      app.destroy();
    },
  };
}
