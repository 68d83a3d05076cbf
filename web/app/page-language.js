// For the pages whose only content is the widget (kiosk.html, the phone's
// kiosk/result.html, embed.html): the page takes the widget's language,
// direction and name as its own lang, dir and title (WCAG 3.1.1, 2.4.2),
// at first and after every language switch. The app marks its root
// (section.ccw) with the language it shows and names it with
// "widget-label" from locales/, so no word is written here.

/** Follows the widget's root inside `scope` (an element or a shadow root). */
export function followWidgetLanguage(scope) {
  const html = document.documentElement;
  const copy = () => {
    const root = scope.querySelector("section.ccw");
    if (!root) return;
    if (html.lang !== root.lang) html.lang = root.lang;
    if (html.dir !== root.dir) html.dir = root.dir;
    const title = root.getAttribute("aria-label");
    if (title && document.title !== title) document.title = title;
  };
  new MutationObserver(copy).observe(scope, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["lang", "dir", "aria-label"],
  });
  copy();
}
