// The WordPress tests (run.sh starts WordPress and runs these): the plugin's
// block and shortcode on a real WordPress, in Debian's Chromium.
import { defineConfig } from "@playwright/test";
import base from "../e2e/playwright.config.js";

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.js/,
  timeout: 90_000,
  // One WordPress, and posts the specs make: one worker, in order.
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  use: { ...base.use, baseURL: process.env.WP_URL },
});
