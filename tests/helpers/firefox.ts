/**
 * The second engine: Debian's Firefox ESR, headless, driven by puppeteer-core
 * over WebDriver BiDi. puppeteer-core never downloads a browser; the path is
 * FIREFOX_PATH or /usr/bin/firefox-esr (.ci/run installs the package).
 */
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // No first-run pages, updates or telemetry: nothing leaves the machine.
    extraPrefsFirefox: {
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      // Overlay scrollbars, as headless Chromium and phones have: a 320 px window lays out 320 CSS px
      // (headless Firefox otherwise takes 12 px for a classic scrollbar and the site's 320 px minimum overflows).
      'ui.useOverlayScrollbars': 1,
    },
  });
}
