// Kiosk page: mounts the widget full screen in kiosk mode once trunk's
// loader has started the wasm. The URL's query (lang, idle, contact) is
// handed over as it is: the widget's own parser checks every value.
function mountKiosk() {
  const el = document.getElementById("connected-care");
  el.replaceChildren();
  const options = Object.fromEntries(new URLSearchParams(location.search));
  window.wasmBindings.mount(el, { ...options, mode: "kiosk" });
}
if (window.wasmBindings) mountKiosk();
else addEventListener("TrunkApplicationStarted", mountKiosk, { once: true });
