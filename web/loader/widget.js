// Connected Care widget loader: defines <connected-care-widget>, draws the
// badge at once in a shadow root, and loads the wasm app only when the
// visitor shows intent (hover, focus, touch, click; at once for
// mode="inline" and "kiosk", the kiosk from its own bundle in kiosk/).
// Everything else is Rust. Attribute values are passed to the app's option
// parser as they are; nothing here turns them into markup.
const BASE = new URL("./", import.meta.url);
// Messages the loader shows before the app loads. The build fills LABELS
// from locales/*/main.ftl: { tag: [start-title, close] }.
const LABEL_IDS = ["start-title", "close"];
const LABELS = /*LABELS*/ { en: ["Could chronic care management help you?", "Close"] };
const apps = {};

// The host element and the badge, styled before the first paint (a
// constructed sheet needs no 'unsafe-inline'). The host sits in the middle
// of its line; the badge's negative block margins let it take about the
// height of one line of text, and #drawBadge fits it to the height the
// partner's link took. Important declarations in a shadow root beat the
// page's own, even !important ones; `medium` is the visitor's default text
// size, whatever the page sets on html. The rest is in style.css.
const SHEET = new CSSStyleSheet();
SHEET.replaceSync(`:host{all:initial;display:inline-block!important;width:auto!important;height:auto!important;font-size:medium!important;vertical-align:middle}
:host([mode=inline i]),:host([mode=kiosk i]){display:block!important}
.ccw-badge{display:block;margin-block:-.5em;padding:.3em 1em;border:2px solid transparent;border-radius:.5em;background:#1a4480;color:#fff;font:700 1em/1.2 system-ui,sans-serif;text-align:start;cursor:pointer}
.ccw-badge:hover{filter:brightness(.8)}
.ccw-badge:focus-visible{outline:3px solid transparent;box-shadow:0 0 0 3px #fd0,0 0 0 6px #1b1b1b}
@media (forced-colors:active){.ccw-badge{border-color:ButtonText}}`);

// dir: "" for the app, "kiosk/" for the kiosk's bundle.
function loadApp(dir) {
  return (apps[dir] ??= import(new URL(dir + "connected-care-widget.js", BASE)).then(async (glue) => {
    await glue.default({ module_or_path: new URL(dir + "connected-care-widget_bg.wasm", BASE) });
    // Mount in a task of its own, not in the one that instantiates: together
    // they were one long task (>= 50 ms at 4x CPU) on the host's page.
    await new Promise((go) => setTimeout(go));
    return glue;
  }));
}

function labelsFor(el) {
  const tags = [el.getAttribute("lang"), el.closest("[lang]")?.lang, ...navigator.languages];
  for (const tag of tags) {
    const key = /^zh/i.test(tag) ? "zh-Hant" : tag?.split("-")[0].toLowerCase();
    // Own keys only: lang="__proto__" is not a language.
    if (Object.hasOwn(LABELS, key)) return [key, LABELS[key]];
  }
  return ["en", LABELS.en];
}

// The partner colour for the badge, made dark enough for white text (WCAG
// AA, 4.5:1) the same way the app's option parser does (options.rs,
// readable_accent); a test checks that both agree. Empty when not a colour.
function readableAccent(value) {
  const hex = /^#([0-9a-f]{3}){1,2}$/i.test((value = value?.trim())) && value.slice(1);
  if (!hex) return "";
  const rgb = hex.match(hex[3] ? /../g : /./g).map((h) => parseInt(h, 16) * (h[1] ? 1 : 17));
  const linear = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  let color;
  for (let f = 1; f > 0; f -= 0.05) {
    color = rgb.map((v) => Math.floor(v * f));
    const l = 0.2126 * linear(color[0]) + 0.7152 * linear(color[1]) + 0.0722 * linear(color[2]);
    if (1.05 / (l + 0.05) >= 4.5) break;
  }
  return `rgb(${color})`;
}

function make(parent, tag, props = {}) {
  const el = document.createElement(tag);
  Object.assign(el, props);
  parent.append(el);
  return el;
}

class ConnectedCareWidget extends HTMLElement {
  #root;
  #mounted;
  #dialog;
  #css;

  connectedCallback() {
    if (this.#root) {
      // Added again after removal: an inline widget starts afresh at once;
      // a badge does on its next click.
      if (this.#dir() != null) this.#open(this.#root.querySelector(".ccw-host"), true);
      return;
    }
    if (this.#dir() == null) {
      // A badge: drawn just before the next frame, so the layouts it takes
      // to fit (below) are that frame's own, not a long task in this one.
      requestAnimationFrame(() => this.#root || this.#drawBadge());
      return;
    }
    this.#root = this.attachShadow({ mode: "open" });
    this.#root.adoptedStyleSheets = [SHEET];
    // Until the app is ready, the partner's link shows.
    make(this.#root, "slot");
    this.#open(make(this.#root, "div", { className: "ccw-host" }), true);
  }

  #drawBadge() {
    // The height the partner's link gives its block, before the badge
    // takes its place. None where the element shows no link (written
    // without one, or its children not parsed yet): nothing to fit.
    const block = this.offsetHeight && this.parentElement;
    const height = () => block?.offsetHeight;
    const linkHeight = height();
    this.#root = this.attachShadow({ mode: "open" });
    this.#root.adoptedStyleSheets = [SHEET];
    const [lang, [label, close]] = labelsFor(this);
    const dir = lang === "ar" ? "rtl" : "ltr";
    const badge = make(this.#root, "button", { className: "ccw-badge", textContent: label, lang, dir, ariaHasPopup: "dialog" });
    // The loader runs after the page's first paint: the visitor has seen
    // the partner's link, and what follows it must not move. Where the
    // badge takes more lines than the link did (narrow pages, long labels),
    // its text gets smaller, to 90% at most, then its padding reaches
    // further into the space around it; where fewer, its margins make up
    // the height. Through the CSS object model: no style attribute for a
    // CSP to refuse.
    for (let size = 100, margin = 0, gap, tries = 9; tries-- && (gap = height() - linkHeight); ) {
      if (gap > 8 && size > 90) size -= 5;
      else margin -= gap / 2;
      badge.style.cssText = `font-size:${size}%;margin-block:calc(${margin}px - .5em)`;
    }
    badge.style.background = readableAccent(this.getAttribute("accent"));
    const dialog = (this.#dialog = make(this.#root, "dialog", { className: "ccw-dialog", lang, dir, ariaLabel: label }));
    // The button's name is its label, not the "×" it shows.
    make(dialog, "button", { className: "ccw-close", lang, textContent: "×", ariaLabel: close, onclick: () => dialog.close() });
    const host = make(dialog, "div", { className: "ccw-host" });
    const intent = () => {
      this.#styles();
      loadApp("").catch(() => {});
    };
    for (const type of ["pointerenter", "focus", "touchstart"]) badge.addEventListener(type, intent, { once: true, passive: true });
    badge.onclick = () => {
      dialog.showModal();
      this.#open(host, false);
    };
  }

  disconnectedCallback() {
    // Removed from the page: close the dialog, free the app. Added again,
    // it starts afresh.
    this.#dialog?.close();
    this.#mounted?.then((w) => w?.destroy());
    this.#mounted = undefined;
    this.#root?.querySelector(".ccw-host")?.replaceChildren();
  }

  // The bundle's folder for a mode shown at once, in any case; undefined
  // for a badge (also for "__proto__" and the like).
  #dir() {
    return ["", "kiosk/"][["inline", "kiosk"].indexOf(this.getAttribute("mode")?.trim().toLowerCase())];
  }

  // The app's styles, fetched with the app, not at page load.
  #styles() {
    const files = this.#dir() ? ["style.css", "kiosk/kiosk-page.css"] : ["style.css"];
    return (this.#css ??= Promise.all(
      files.map(
        (file) =>
          new Promise((done) => {
            const link = make(this.#root, "link", { rel: "stylesheet", href: new URL(file, BASE) });
            link.onload = link.onerror = done;
          }),
      ),
    ));
  }

  #open(host, inline) {
    this.#mounted ??= Promise.all([loadApp(this.#dir() ?? ""), this.#styles()])
      .then(([glue]) => {
        const options = { assetBase: BASE.href };
        for (const name of ["lang", "mode", "accent", "contact", "idle"]) {
          if (this.hasAttribute(name)) options[name] = this.getAttribute(name);
        }
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

if (!customElements.get("connected-care-widget")) {
  customElements.define("connected-care-widget", ConnectedCareWidget);
}
