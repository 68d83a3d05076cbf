// The smoke suite in WebKit: WebKitGTK's MiniBrowser over W3C WebDriver
// (WebKitWebDriver, which run.mjs starts on Xvfb), with selenium-webdriver.
import { writeFile } from "node:fs/promises";
import { Builder, Key } from "selenium-webdriver";
import { BASE_URL, smokeSuite, withFind } from "./smoke.mjs";

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const KEYS = { Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE, ArrowDown: Key.ARROW_DOWN };

/** The interface smoke.mjs asks for, inside `frame` (a selector) or the top page. */
function browserOn(driver, frame) {
  // Into the frame for one call, and back out.
  const within = async (work) => {
    if (!frame) return work();
    await driver.switchTo().frame(await driver.executeScript(withFind((s) => find(s)), frame));
    try {
      return await work();
    } finally {
      await driver.switchTo().defaultContent();
    }
  };
  return {
    goto: (path) => driver.get(BASE_URL + path),
    evaluate: (fn, ...args) => within(() => driver.executeScript(withFind(fn), ...args)),
    click: (path) =>
      within(async () => {
        const element = await driver.executeScript(withFind((path) => find(path)), path);
        if (!element) throw new Error(`no element at ${JSON.stringify(path)}`);
        await element.click();
      }),
    press: (key) => within(() => driver.actions({ async: true }).sendKeys(KEYS[key]).perform()),
    frame: (selector) => browserOn(driver, selector),
    screenshot: async (file) => writeFile(file, await driver.takeScreenshot(), "base64"),
  };
}

smokeSuite("webkit", async () => {
  const driver = await new Builder()
    .usingServer(process.env.ENGINES_WEBKIT_DRIVER)
    .withCapabilities({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
    })
    .build();
  await driver.manage().window().setRect({ width: 1280, height: 1000 });
  const capabilities = await driver.getCapabilities();
  const version = await driver.executeScript(() => navigator.userAgent);
  return {
    ...browserOn(driver),
    version: `WebKitGTK ${capabilities.get("browserVersion")} (${version})`,
    close: () => driver.quit(),
  };
});
