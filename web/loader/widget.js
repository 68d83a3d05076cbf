// Connected Care widget loader: the one file every visitor of a partner's
// page downloads. It defines <connected-care-widget>, draws the badge at
// once in a shadow root, and loads the wasm app only when the visitor
// shows intent (hover, focus, touch, click); mode="inline" and "kiosk"
// load at once, the kiosk from its own bundle in kiosk/. Everything else
// is Rust. Attribute values go to the app's option parser as they are;
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
// whole widget, as the glue pins its wasm and the app its language files
// (tools/post-build.mjs). The build writes them in place of this marker;
// an unbuilt loader has none, and fetches its files unchecked.
const INTEGRITY = { __integrity__: 0 };

// A file's integrity, fetched with CORS so that a copy on a CDN can be
// checked too.
const checked = (file) => ({ integrity: INTEGRITY[file] ?? "", crossOrigin: "anonymous" });

// The only words here, the same as locales/en/main.ftl (tests/locales.rs
// checks): the badge's label when the element holds no link text, and the
// name of the dialog's close button, both marked as English.
const ENGLISH = {
  "start-title": "Could chronic care management help you?",
  close: "Close",
};

// The bundle a mode shows at once, by its folder beside this file; any
// other mode is a badge. A Map, so that mode="__proto__" or "constructor"
// finds nothing.
const BUNDLE_SHOWN_AT_ONCE = new Map([
  ["inline", ""],
  ["kiosk", "kiosk/"],
]);

// The host element and the badge, styled before the first paint (a
// constructed sheet needs no 'unsafe-inline'). The host is a block with no
// margins of its own, so block themes line it up with their text column
// (WordPress's constrained layout centres only block children) and the
// badge takes exactly the link's place; the badge is as wide as its label.
// Its negative block margins let it take about the height of one line of
// text, and fitToLink fits it to the height the partner's link took. Important declarations in a shadow root beat the
// page's own, even !important ones; `medium` is the visitor's default text
// size, whatever the page sets on html. Hover darkens the background
// only (an inset shadow): a filter would dim the white text with it. The
// rest is in style.css.
const SHEET = new CSSStyleSheet();
SHEET.replaceSync(`:host{all:initial;display:flow-root!important;margin-block:0!important;width:auto!important;height:auto!important;font-size:medium!important}
:host([mode=inline i]),:host([mode=kiosk i]){display:block!important}
.ccw-badge{display:block;width:fit-content;margin-block:-.5em;padding:.3em 1em;border:2px solid transparent;border-radius:.5em;background:#1a4480;color:#fff;font:700 1em/1.2 system-ui,sans-serif;text-align:start;cursor:pointer}
.ccw-badge:hover{box-shadow:inset 0 0 0 99em #0003}
.ccw-badge:focus-visible{outline:3px solid transparent;box-shadow:0 0 0 3px #fd0,0 0 0 6px #1b1b1b}
@media (forced-colors:active){.ccw-badge{border-color:ButtonText}}`);

// One download per bundle, however many widgets a page has: the folder
// ("" or "kiosk/") -> a promise of the started app's module.
const appLoads = new Map();

function loadApp(folder) {
  if (!appLoads.has(folder)) appLoads.set(folder, startApp(folder));
  return appLoads.get(folder);
}

async function startApp(folder) {
  // import() takes no integrity. A module script does (in every browser
  // with modules): it fetches, checks and runs the glue, and import() then
  // finds that same module in the page's module map, fetched once. A glue
  // that fails its hash fires `error` and is never imported (import()
  // would fetch it again, unchecked). The glue fetches its wasm with the
  // wasm's hash.
  const file = folder + "connected-care-widget.js";
  const src = new URL(file, BASE);
  let script;
  await new Promise((onload, onerror) => {
    script = make(document.head, "script", { type: "module", src, ...checked(file), onload, onerror });
  }).finally(() => script.remove());
  const glue = await import(src);
  await glue.default();
  // Mount in a task of its own, not in the one that instantiates: together
  // they were one long task (>= 50 ms at 4x CPU) on the host's page.
  await new Promise((resolve) => setTimeout(resolve));
  return glue;
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
  const pairs = hex.length === 3 ? [...hex].map((digit) => digit + digit) : hex.match(/../g);
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
  #styles;

  connectedCallback() {
    if (this.#root) {
      // Added again after removal: an inline widget starts afresh at once;
      // a badge does on its next click.
      if (this.#bundleShownAtOnce() !== undefined) this.#open(this.#root.querySelector(".ccw-host"), true);
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
    make(this.#root, "slot");
    this.#open(make(this.#root, "div", { className: "ccw-host" }), true);
  }

  disconnectedCallback() {
    // Removed from the page: close the dialog, free the app. Added again,
    // it starts afresh.
    this.#dialog?.close();
    this.#mounted?.then((widget) => widget?.destroy());
    this.#mounted = undefined;
    this.#root?.querySelector(".ccw-host")?.replaceChildren();
  }

  // "" or "kiosk/" for a mode shown at once, in any case and spacing;
  // undefined for a badge.
  #bundleShownAtOnce() {
    return BUNDLE_SHOWN_AT_ONCE.get(this.getAttribute("mode")?.trim().toLowerCase());
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
    const host = make(dialog, "div", { className: "ccw-host" });

    // Intent: start downloading the app and its styles.
    // A failure shows when the badge is clicked (#open).
    const startLoading = () => {
      this.#loadStyles().catch(() => {});
      loadApp("").catch(() => {});
    };
    for (const type of ["pointerenter", "focus", "touchstart"]) {
      badge.addEventListener(type, startLoading, { once: true, passive: true });
    }
    badge.onclick = () => {
      dialog.showModal();
      this.#open(host, false);
    };
  }

  // The app's styles, fetched with the app, not at page load; the kiosk
  // also has its page's. A stylesheet that fails to load or fails its
  // hash leaves the partner's link, as the app's own files do.
  #loadStyles() {
    const files = this.#bundleShownAtOnce() === "kiosk/" ? ["style.css", "kiosk/kiosk-page.css"] : ["style.css"];
    this.#styles ??= Promise.all(
      files.map(
        (file) =>
          new Promise((onload, onerror) => {
            const href = new URL(file, BASE);
            make(this.#root, "link", { rel: "stylesheet", href, ...checked(file), onload, onerror });
          }),
      ),
    );
    return this.#styles;
  }

  // Mounts the app in `host`, once until the element is removed. `inline`:
  // the app takes the place of the partner's link once it shows.
  #open(host, inline) {
    this.#mounted ??= Promise.all([loadApp(this.#bundleShownAtOnce() ?? ""), this.#loadStyles()])
      .then(([glue]) => {
        const options = { assetBase: BASE.href };
        for (const name of ["lang", "mode", "accent", "contact", "idle"]) {
          if (this.hasAttribute(name)) options[name] = this.getAttribute(name);
        }
        // In the dialog the app is a badge's, whatever the attribute says
        // (none, or a mode unknown here): no named region in the named dialog.
        if (!inline) options.mode = "badge";
        const widget = glue.mount(host, options);
        if (inline) this.#root.querySelector("slot")?.remove();
        return widget;
      })
      .catch((error) => {
        // The app could not load: show the partner's plain link instead.
        console.warn("Connected Care widget could not load", error);
        this.#dialog?.close();
        this.#root.replaceChildren(document.createElement("slot"));
      });
  }
}

// A page that loads this file twice keeps the first definition.
if (!customElements.get("connected-care-widget")) {
  customElements.define("connected-care-widget", ConnectedCareWidget);
}
