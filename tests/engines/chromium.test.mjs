// The smoke suite in Chromium too (Debian's, over the DevTools protocol,
// with puppeteer-core): the same checks as in WebKit and Firefox, so the
// suite's own expectations are Chromium's. The full end-to-end tests run
// in Chromium with Playwright (tests/e2e).
import puppeteer from "puppeteer-core";
import { pageOn } from "./puppeteer-page.mjs";
import { smokeSuite } from "./smoke.mjs";

smokeSuite("chromium", async () => {
  const browser = await puppeteer.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
    defaultViewport: { width: 1280, height: 1000 },
  });
  const page = await browser.newPage();
  return { ...pageOn(page), version: await browser.version(), close: () => browser.close() };
});
