// Kiosk page: mounts the widget full screen in kiosk mode once trunk's
// loader has started the wasm. The URL's query (lang, idle, contact) is
// handed over as it is: the widget's own parser checks every value. The
// page takes the widget's language and name (page-language.js).
import { followWidgetLanguage } from "./page-language.js";

function mountKiosk() {
  const el = document.getElementById("connected-care");
  el.replaceChildren();
  followWidgetLanguage(el);
  const options = Object.fromEntries(new URLSearchParams(location.search));
  window.wasmBindings.mount(el, { ...options, mode: "kiosk" });
}
if (window.wasmBindings) mountKiosk();
else addEventListener("TrunkApplicationStarted", mountKiosk, { once: true });
