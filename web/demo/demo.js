// Demo page only: mounts the widget once trunk's loader has started the
// wasm. `?lang=xx` picks a language; the widget's own parser checks it.
// Partners' pages use the embed loader instead.
function mountDemo() {
  const el = document.getElementById("connected-care");
  el.replaceChildren();
  const lang = new URLSearchParams(location.search).get("lang");
  const { mount, speechReader } = window.wasmBindings;
  mount(el, { ...(lang && { lang }), speech: speechReader() });
}
if (window.wasmBindings) mountDemo();
else addEventListener("TrunkApplicationStarted", mountDemo, { once: true });
