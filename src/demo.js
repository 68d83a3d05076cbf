// Demo page only: mounts the widget once trunk's loader has started the
// wasm. Partners' pages use the embed loader instead.
function mountDemo() {
  const el = document.getElementById("connected-care");
  el.replaceChildren();
  window.wasmBindings.mount(el, { lang: document.documentElement.lang || "en" });
}
if (window.wasmBindings) mountDemo();
else addEventListener("TrunkApplicationStarted", mountDemo, { once: true });
