// Connected Care widget loader: defines <connected-care-widget>, draws the
// badge at once in a shadow root, and loads the wasm app only when the
// visitor shows intent (hover, focus, touch, click; at once for
// mode="inline"). Everything else is Rust. Attribute values are passed to
// the app's option parser as they are; nothing here turns them into markup.
const BASE = new URL("./", import.meta.url);
// Messages the loader shows before the app loads. The build fills LABELS
// from locales/*/main.ftl: { tag: [start-title, close] }.
const LABEL_IDS = ["start-title", "close"];
const LABELS = /*LABELS*/ { en: ["Could chronic care management help you?", "Close"] };
let app;

function loadApp() {
  app ??= import(new URL("connected-care-widget.js", BASE).href).then(async (glue) => {
    await glue.default({ module_or_path: new URL("connected-care-widget_bg.wasm", BASE) });
    return glue;
  });
  return app;
}

function labelsFor(el) {
  const tags = [el.getAttribute("lang"), el.closest("[lang]")?.lang, ...navigator.languages];
  for (const tag of tags) {
    if (!tag) continue;
    const lower = tag.toLowerCase();
    const key = lower.startsWith("zh") ? "zh-Hant" : lower.split("-")[0];
    if (LABELS[key]) return [key, LABELS[key]];
  }
  return ["en", LABELS.en];
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

  connectedCallback() {
    if (this.#root) return;
    this.#root = this.attachShadow({ mode: "open" });
    make(this.#root, "link", { rel: "stylesheet", href: new URL("style.css", BASE).href });
    const inline = this.getAttribute("mode") === "inline";
    if (inline) {
      // Until the app is ready, the partner's link shows.
      make(this.#root, "slot");
      this.#open(make(this.#root, "div", { className: "ccw-host" }), true);
      return;
    }
    const [lang, [label, close]] = labelsFor(this);
    const dir = lang === "ar" ? "rtl" : "ltr";
    const badge = make(this.#root, "button", { type: "button", className: "ccw-badge", textContent: label, lang, dir });
    badge.setAttribute("aria-haspopup", "dialog");
    const dialog = (this.#dialog = make(this.#root, "dialog", { className: "ccw-dialog", lang, dir }));
    dialog.setAttribute("aria-label", label);
    const closer = make(dialog, "button", { type: "button", className: "ccw-close", lang });
    closer.setAttribute("aria-label", close);
    make(closer, "span", { textContent: "×", ariaHidden: "true" });
    closer.addEventListener("click", () => dialog.close());
    const host = make(dialog, "div", { className: "ccw-host" });
    const intent = () => loadApp().catch(() => {});
    for (const type of ["pointerenter", "focus", "touchstart"]) badge.addEventListener(type, intent, { once: true, passive: true });
    badge.addEventListener("click", () => {
      dialog.showModal();
      this.#open(host, false);
    });
  }

  disconnectedCallback() {
    // Removed from the page: free the app. Added again, it starts afresh.
    this.#mounted?.then((w) => w?.destroy());
    this.#mounted = undefined;
    this.#root?.querySelector(".ccw-host")?.replaceChildren();
  }

  #open(host, inline) {
    this.#mounted ??= loadApp()
      .then((glue) => {
        const options = { assetBase: BASE.href };
        for (const name of ["lang", "mode", "accent", "contact"]) {
          if (this.hasAttribute(name)) options[name] = this.getAttribute(name);
        }
        const widget = glue.mount(host, options);
        if (inline) this.#root.querySelector("slot")?.remove();
        return widget;
      })
      .catch((error) => {
        // The app could not load: show the partner's plain link instead.
        console.warn("Connected Care widget could not load; showing the link instead.", error);
        this.#dialog?.close();
        this.#root.replaceChildren(document.createElement("slot"));
      });
  }
}

if (!customElements.get("connected-care-widget")) {
  customElements.define("connected-care-widget", ConnectedCareWidget);
}
