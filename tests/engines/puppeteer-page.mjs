// The interface smoke.mjs asks for, on a puppeteer page (Firefox over
// WebDriver BiDi, Chromium over the DevTools protocol), or in one of its
// frames.
import { BASE_URL, withFind } from "./smoke.mjs";

// A function puppeteer can send: find() defined, then `fn`.
const script = (fn) => new Function(withFind(fn));

export function pageOn(page, frameSelector) {
  const target = async () => {
    if (!frameSelector) return page.mainFrame();
    const element = await page.$(frameSelector);
    return element.contentFrame();
  };
  return {
    goto: (path) => page.goto(BASE_URL + path, { waitUntil: "load" }),
    evaluate: async (fn, ...args) => (await target()).evaluate(script(fn), ...args),
    click: async (path) => {
      const handle = await (await target()).evaluateHandle(script((path) => find(path)), path);
      const element = handle.asElement();
      if (!element) throw new Error(`no element at ${JSON.stringify(path)}`);
      await element.click();
    },
    press: (key) => page.keyboard.press(key),
    frame: (selector) => pageOn(page, selector),
    screenshot: (file) => page.screenshot({ path: file }),
  };
}
