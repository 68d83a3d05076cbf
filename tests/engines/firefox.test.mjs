// The smoke suite in Firefox: Debian's Firefox ESR over WebDriver BiDi,
// with puppeteer-core.
import puppeteer from "puppeteer-core";
import { pageOn } from "./puppeteer-page.mjs";
import { smokeSuite } from "./smoke.mjs";

smokeSuite("firefox", async () => {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: "/usr/bin/firefox-esr",
    headless: true,
    defaultViewport: { width: 1280, height: 1000 },
  });
  const page = await browser.newPage();
  return { ...pageOn(page), version: await browser.version(), close: () => browser.close() };
});
