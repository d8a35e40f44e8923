// Headless Chromium for the benchmark, with the flags this machine needs.
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';

export const executablePath =
  process.env.CHROME_PATH ||
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find(
    existsSync,
  );

export function launch(extraArgs = []) {
  if (!executablePath) {
    console.error('No Chrome or Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH.');
    process.exit(2);
  }
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
