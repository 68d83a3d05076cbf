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
  const { mount, speechReader } = window.wasmBindings;
  mount(el, { ...options, mode: "kiosk", speech: speechReader() });
}
if (window.wasmBindings) mountKiosk();
else addEventListener("TrunkApplicationStarted", mountKiosk, { once: true });

// Offline: the service worker (kiosk-sw.js, beside this page) keeps the
// bundle and every language, so a reload without network still starts.
// Only here, on the kiosk's own page: the loader on partners' pages never
// registers one. Its scope, "kiosk", is this page and the kiosk/ folder.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("kiosk-sw.js", { scope: "kiosk" }).catch((error) => {
    console.warn("Connected Care kiosk: no offline copy", error);
  });
}

// A quiet sign for staff, in the page's language (English), while the
// tablet has no network: the check still works, and a result's QR code
// still opens on the patient's phone (its page is the phone's to load).
// Not a live region: a patient's screen reader is not interrupted.
const offlineSign = document.createElement("p");
Object.assign(offlineSign, { className: "kiosk-offline", textContent: "Offline", hidden: navigator.onLine });
document.body.append(offlineSign);
addEventListener("online", () => (offlineSign.hidden = true));
addEventListener("offline", () => (offlineSign.hidden = false));
