import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const chromiumPath = '/usr/bin/chromium';

/** Fails the run, never skips it, when the browser is missing: CI installs Debian's package. */
export function assertChromiumInstalled(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: install Debian's Chromium (apt-get install -y chromium); browsers are never downloaded`);
  }
}

/**
 * Headless Debian Chromium with the flags root and a closed network need: no sandbox as root, and
 * no background networking, so it sends nothing but the tests' own requests. Playwright gives each
 * launch a fresh profile directory.
 */
export function launchBrowser(): Promise<Browser> {
  assertChromiumInstalled();
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
