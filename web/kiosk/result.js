// The page a kiosk's QR code opens on a phone: the kiosk bundle, mounted
// with the result and language from the fragment. The widget's own parser
// checks both; languages come from the main bundle's locales/ folder. The
// page takes the widget's language and name (page-language.js).
import init, { mount, speechReader } from "./connected-care-widget.js";
import { followWidgetLanguage } from "./page-language.js";

await init({ module_or_path: "./connected-care-widget_bg.wasm" });
const el = document.getElementById("connected-care");
el.replaceChildren();
followWidgetLanguage(el);
const options = Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
mount(el, { ...options, mode: "inline", assetBase: new URL("../", location.href).href, speech: speechReader() });
