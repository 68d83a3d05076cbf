// Connected Care widget loader: the one file every visitor of a partner's
// page downloads. It defines <connected-care-widget>, draws the badge at
// once in a shadow root, and loads the wasm app only when the visitor
// shows intent (hover, focus, touch, click); mode="inline" and "kiosk"
// load at once, the kiosk from its own bundle in kiosk/ (through the main
// bundle's glue). Everything else is Rust, or the glue's own JavaScript
// (web/app/connect.js). Attribute values go to the app's option parser as they are;
// nothing here turns them into markup.
//
// Written to be read: the build minifies it (tools/post-build.mjs), and
// the size report holds it to 2,048 bytes brotli. It carries no text per
// language: the badge shows the partner's own link text, which the partner
// writes in the badge's language, so a new language never changes this file.

// The folder this file came from: the app's files are beside it.
const BASE = new URL("./", import.meta.url);

// The release this loader belongs to (Cargo.toml's version, written in by
// tools/post-build.mjs), for a partner's page or a bug report to read.
export const VERSION = "dev";

// The Subresource Integrity hash (SHA-256) of each file this loader
// fetches, by its path beside this file: a pinned widget.js pins the
// whole widget, as the glue pins its wasm and stylesheets and the app its
// language files (tools/post-build.mjs). The build writes them in place of
// this marker; an unbuilt loader has none, and fetches its files unchecked.
const INTEGRITY = { __integrity__: 0 };

// The only words here, the same as locales/en/main.ftl (tests/locales.rs
// checks): the badge's label when the element holds no link text, and the
// name of the dialog's close button, both marked as English. (The way out,
// web/loader/way-out.js, has its own.)
const ENGLISH = {
  "start-title": "Could chronic care management help you?",
  close: "Close",
};

// How long the app may take from the click (or, inline, from the page
// showing the element) to its first screen before the way out shows.
const PATIENCE_MS = 10_000;

// A wasm module that uses each feature the app's build needs, in one
// function: memory.fill (bulk memory) of i32.trunc_sat_f32_s
// (non-trapping float-to-int) of i32.extend8_s (sign extension), with
// ref.is_null of ref.null extern (reference types). A browser that lacks
// one cannot run the app. tools/loader-features.test.mjs checks that each
// feature is needed for it to validate.
const WASM_FEATURES = "AGFzbQEAAAABBAFgAAADAgEABQMBAAAKEgEQAEEAwLL8ANBv0UEA/AsACw==";

// The host element and the badge, styled before the first paint (a
// constructed sheet needs no 'unsafe-inline'). The host, in every mode, is
// a block of its own (flow-root) with no margins of its own, so block
// themes line it up with their text column (WordPress's constrained layout
// centres only block children) and the badge takes exactly the link's
// place; the badge is as wide as its label. Its negative block margins let
// it take about the height of one line of text, and fitToLink fits it to
// the height the partner's link took. Important declarations in a shadow
// root beat the page's own, even !important ones; `medium` is the
// visitor's default text size, whatever the page sets on html. Hover
// underlines the badge's label: its colours stay as readable as at rest (a
// darkening filter dimmed the white text too).
// The focus ring is the app's too (style.css). The badge's transparent
// border is there for forced colours, which draw it in the system's colour. The rest is in style.css, which the
// glue fetches (web/app/connect.js).
//
// The loading state is styled here too, never by style.css (which may be
// slow or fail): the dialog and its close button (the browser draws the
// progress bar). While the app loads, the dialog (or the inline widget's
// box) is aria-busy, and shows the progress bar and the partner's link
// (.ccw-wait); once the app shows, only the app. style.css adds what
// matters once the app fills the dialog: the backdrop's tint, the close
// button's place as the app scrolls under it; way-out.js styles its own.
const CSS = `:host{all:initial;display:flow-root!important;margin-block:0!important;width:auto!important;height:auto!important;font-size:medium!important;font-family:system-ui,sans-serif}
.ccw-badge{display:block;width:fit-content;margin-block:-.5em;padding:.3em 1em;border:2px solid transparent;border-radius:.5em;background:#1a4480;color:#fff;font:700 1em/1.2 system-ui,sans-serif;text-align:start;cursor:pointer}
.ccw-badge:hover{text-decoration:underline}
:focus-visible{outline:3px solid transparent;box-shadow:0 0 0 3px #fd0,0 0 0 6px #1b1b1b}
.ccw-dialog{width:min(44em,100vw - 1em);padding:0;border:0;border-radius:.5em}
.ccw-close{display:block;min-width:2.75em;min-height:2.75em;margin:.25em;margin-inline-start:auto;border:2px solid #1a4480;border-radius:.25em;background:#fff;color:#1a4480;font:700 1.25em/1 system-ui,sans-serif;cursor:pointer}
.ccw-dialog>.ccw-wait{margin:1em}
:not([aria-busy])>.ccw-wait{display:none}`;

// The constructed sheet, or undefined where the browser lacks something
// the widget needs: custom elements, shadow DOM, constructable stylesheets
// (Safari before 16.4 throws a TypeError at `new CSSStyleSheet()`),
// <dialog>, ARIA attributes as properties (ariaBusy, ariaLabel: Firefox
// before 119 has none), or WebAssembly with the features above. Each
// missing one throws or is false here, never in the page.
function makeSheet() {
  const wasm = Uint8Array.from(atob(WASM_FEATURES), (c) => c.charCodeAt());
  if (
    !customElements ||
    !HTMLElement.prototype.attachShadow ||
    !HTMLDialogElement ||
    !("ariaBusy" in Element.prototype) ||
    !WebAssembly.validate(wasm)
  )
    return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  if ("adoptedStyleSheets" in ShadowRoot.prototype) return sheet;
}
let SHEET;
try {
  SHEET = makeSheet();
} catch {}

// A module beside this file, fetched and checked against its hash.
// import() takes no integrity. A module script does (in every browser
// with modules): it fetches, checks and runs the module, and import() then
// finds that same module in the page's module map, fetched once. A module
// that fails its hash fires `error` and is never imported (import() would
// fetch it again, unchecked). The module map keeps a failure for the
// page's life, so after one, each file is asked for by a new address.
let failures = 0;
async function importChecked(file) {
  const src = new URL(failures ? `${file}?${failures}` : file, BASE);
  let script;
  await new Promise((onload, onerror) => {
    script = make(document.head, "script", {
      type: "module",
      src,
      integrity: INTEGRITY[file] ?? "",
      crossOrigin: "anonymous",
      onload,
      onerror,
    });
  })
    .catch((error) => {
      failures++;
      throw error;
    })
    .finally(() => script.remove());
  return import(src);
}

// The started app of a bundle ("" or "kiosk/"): its glue, with its wasm
// instantiated once however many widgets ask. The main bundle's glue,
// checked here, fetches its wasm, and the kiosk's glue, with their hashes
// (web/app/connect.js); the page's module map holds each glue once.
function loadApp(folder) {
  return importChecked("connected-care-widget.js").then((glue) => glue.startBundle(folder));
}

// The partner's colour for the badge, made dark enough to read as text on
// the app's panel colour (#e7f2f5), and so under white text too (WCAG AA,
// 4.5:1). The app's option parser does the same sum (src/options.rs,
// readable_accent), but the badge is drawn before the app loads; a test
// checks that both give the same colour. Returns "" when the value is not
// #rgb or #rrggbb, which leaves the default blue.
function readableAccent(value) {
  const hex = value?.trim().match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i)?.[1];
  if (!hex) return "";
  // Six digits (a fourth one there) in pairs; three, each doubled.
  const pairs = hex[3] ? hex.match(/../g) : [...hex].map((digit) => digit + digit);
  const color = pairs.map((pair) => parseInt(pair, 16));
  // As options.rs: 100% of each channel, then 95%, 90%, ... until it is
  // readable on the panel.
  let factor = 1;
  let readable = color;
  while (contrastWithPanel(readable) < 4.5 && factor > 0) {
    factor -= 0.05;
    readable = color.map((channel) => Math.floor(channel * factor));
  }
  return `rgb(${readable.join()})`;
}

// WCAG 2 contrast ratio of the app's panel colour against an sRGB colour:
// 0.92085... is the panel's luminance + 0.05, as options.rs computes it.
function contrastWithPanel([red, green, blue]) {
  const linear = (channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
  return 0.9208575786705305 / (luminance + 0.05);
}

// The loader runs after the page's first paint: the visitor has seen the
// partner's link, and what follows it must not move. Where the badge takes
// more lines than the link did (narrow pages, long labels), its text gets
// smaller, to 90% at most, then its padding reaches further into the space
// around it; where fewer, its margins make up the height. Through the CSS
// object model: no style attribute for a CSP to refuse.
function fitToLink(badge, blockHeight, linkHeight) {
  let fontSize = 100; // percent of the host's
  let margin = 0; // pixels added to each block margin
  for (let attempt = 0; attempt < 9; attempt++) {
    const gap = blockHeight() - linkHeight;
    if (gap === 0) return;
    if (gap > 8 && fontSize > 90) fontSize -= 5;
    else margin -= gap / 2;
    badge.style.fontSize = `${fontSize}%`;
    badge.style.marginBlock = `calc(${margin}px - .5em)`;
  }
}

function make(parent, tag, properties = {}) {
  const element = document.createElement(tag);
  Object.assign(element, properties);
  parent.append(element);
  return element;
}

class ConnectedCareWidget extends HTMLElement {
  #root;
  #mounted;
  #dialog;
  // While the app loads: the element that is aria-busy (the dialog, or
  // the inline widget's box), the status (the progress bar, then the way
  // out's words), the app's host, and the timer that gives up on waiting.
  #busy;
  #status;
  #host;
  #timer;

  connectedCallback() {
    if (this.#root) {
      // Added again after removal: an inline widget starts afresh at once;
      // a badge does on its next click.
      if (this.#bundleShownAtOnce() !== undefined) this.#open();
      return;
    }
    if (this.#bundleShownAtOnce() === undefined) {
      // A badge: drawn just before the next frame, so the layouts it takes
      // to fit are that frame's own, not a long task in this one.
      requestAnimationFrame(() => this.#root || this.#drawBadge());
      return;
    }
    this.#root = this.attachShadow({ mode: "open" });
    this.#root.adoptedStyleSheets = [SHEET];
    // Until the app is ready, the partner's link shows.
    this.#fill(make(this.#root, "div"));
    this.#open();
  }

  disconnectedCallback() {
    // Removed from the page: close the dialog, free the app. Added again,
    // it starts afresh.
    this.#dialog?.close();
    this.#unmount();
  }

  #unmount() {
    this.#mounted?.then((widget) => widget?.destroy());
    this.#mounted = undefined;
    this.#host?.replaceChildren();
  }

  // "" or "kiosk/" for a mode shown at once, in any case and spacing;
  // undefined for a badge.
  #bundleShownAtOnce() {
    const mode = this.getAttribute("mode")?.trim().toLowerCase();
    return mode == "kiosk" ? "kiosk/" : mode == "inline" ? "" : undefined;
  }

  #drawBadge() {
    // The height the partner's link gives its block, before the badge
    // takes its place. None where the element shows no link (written
    // without one, or its children not parsed yet): nothing to fit.
    const block = this.offsetHeight ? this.parentElement : null;
    const linkHeight = block?.offsetHeight;
    const linkText = this.textContent.trim();
    this.#root = this.attachShadow({ mode: "open" });
    this.#root.adoptedStyleSheets = [SHEET];

    // The label is the link's own text, in the language of the element
    // (its lang, or the nearest one around it), which the badge takes from
    // its host. Without a link, the English default, marked as English.
    // dir="auto": the label's direction comes from its own letters.
    const label = linkText || ENGLISH["start-title"];
    const badge = make(this.#root, "button", {
      className: "ccw-badge",
      textContent: label,
      dir: "auto",
      ariaHasPopup: "dialog",
    });
    if (!linkText) badge.lang = "en";
    if (linkHeight) fitToLink(badge, () => block.offsetHeight, linkHeight);
    badge.style.background = readableAccent(this.getAttribute("accent"));

    // The dialog, named by the label, in its language and direction, until
    // the app names it in the language it shows (src/fallback.rs).
    const dialog = make(this.#root, "dialog", {
      className: "ccw-dialog",
      ariaLabel: label,
      dir: getComputedStyle(badge).direction,
    });
    if (!linkText) dialog.lang = "en";
    this.#dialog = dialog;
    // Shows "×", named with a word (read as "Close", not "times"): in
    // English, marked as such, until the app renames it in the language it
    // shows (src/fallback.rs, with the dialog's name and direction). Escape
    // closes the dialog too (the browser's own), before and after the app
    // loads.
    make(dialog, "button", {
      className: "ccw-close",
      textContent: "×",
      ariaLabel: ENGLISH.close,
      lang: "en",
      onclick: () => dialog.close(),
    });
    this.#fill(dialog);

    // Intent: start downloading the app (its glue fetches the styles).
    // A finger's touch fires pointerenter too, as it lands.
    const startLoading = () => loadApp("").catch(() => {});
    for (const type of ["pointerenter", "focus"]) {
      badge.addEventListener(type, startLoading, { once: true });
    }
    badge.onclick = () => {
      dialog.showModal();
      this.#open();
    };
  }

  // What shows in `box` (the dialog, or the inline widget's own box) while
  // the app loads, in one block that the sheet hides once the app shows:
  // the status (the progress bar, or the way out's words) and the
  // partner's link; then the host the app mounts in.
  #fill(box) {
    this.#busy = box;
    const waiting = make(box, "div", { className: "ccw-wait" });
    this.#status = make(waiting, "div");
    make(waiting, "slot");
    this.#host = make(box, "div", { className: "ccw-host" });
  }

  // Mounts the app in the host, once until the element is removed or the
  // patient tries again. The box stays aria-busy, showing the progress bar
  // (in the dialog) and the partner's link, until the app shows its first
  // screen in its language (src/fallback.rs clears aria-busy). If that
  // takes longer than PATIENCE_MS, or the app cannot load, the way out
  // shows. The styles never hold the app up: it mounts when it is ready,
  // and they apply when they arrive.
  #open() {
    if (this.#mounted) return;
    this.#busy.ariaBusy = "true";
    this.#status.replaceChildren();
    if (this.#dialog) make(this.#status, "progress");
    const attempt = (this.#mounted = loadApp(this.#bundleShownAtOnce() ?? "")
      .then((glue) => {
        // Given up on for a newer attempt: that one mounts.
        if (attempt != this.#mounted) return;
        // The glue's connect (web/app/connect.js) gives the app the
        // element's options and tells its events.
        return glue.connect(this.#host);
      })
      .catch((error) => {
        console.warn("Connected Care widget could not load", error);
        this.#wayOut(attempt);
      }));
    this.#timer = setTimeout(() => this.#wayOut(attempt), PATIENCE_MS);
  }

  // The app did not show in time, or cannot load: the progress bar stops
  // and the partner's link stays; way-out.js, fetched only now, says so in
  // the patient's language and offers "Try again". The app of this
  // attempt still shows if it comes later: one app, as the attempt is the
  // element's only one until the patient tries again.
  #wayOut(attempt) {
    clearTimeout(this.#timer);
    // The app has shown (it removed aria-busy), or a newer attempt runs.
    if (attempt != this.#mounted || !this.#busy.ariaBusy) return;
    this.#status.replaceChildren();
    importChecked("way-out.js")
      .then((wayOut) =>
        wayOut.show(this.#status, () => {
          this.#unmount();
          this.#open();
        }),
      )
      .catch(() => {});
  }
}

// A page that loads this file twice keeps the first definition. A browser
// that lacks something the widget needs keeps the partner's link, with
// one warning (the same words as a failed load's).
if (!SHEET) console.warn("Connected Care widget could not load");
else if (!customElements.get("connected-care-widget")) {
  customElements.define("connected-care-widget", ConnectedCareWidget);
}
