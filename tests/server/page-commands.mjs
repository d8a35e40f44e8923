// Server commands for tests that change what the browser itself does, through puppeteer and CDP:
// - `device-scale` ({ scale, width?, height? }): browser zoom — the devicePixelRatio becomes
//   `scale` and the CSS viewport `width`/`height` (device pixels, default 1200 × 800) ÷ `scale`.
//   Headless Chromium fires no `change` on `(resolution: …)` media queries for it, nor does it
//   restyle for them: the widgets must not depend on that event alone.
// - `print-pdf`: prints the page with page.pdf() (A4), which fires beforeprint and afterprint, and
//   returns the first page's print zoom, read from the PDF: Chromium shrinks a page whose layout
//   is wider than the paper, and writes that scale into the page's content stream (at 100 %, its
//   first two `cm` operators scale a CSS pixel to 72/96 pt).
import { inflateSync } from 'node:zlib';

function page(session, command) {
  if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs puppeteer, not ${session.browser.type}`);
  return session.browser.getPage(session.id);
}

const cdp = new WeakMap();

export function pageCommandsPlugin() {
  return {
    name: 'page-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'device-scale') {
        const p = page(session, command);
        if (!cdp.has(p)) cdp.set(p, await p.createCDPSession());
        // As browser zoom does it: the window keeps its device pixels, so the CSS viewport shrinks
        // as the ratio grows (a 1200 px window at 200 % is 600 CSS px wide).
        const { width = 1200, height = 800 } = payload;
        await cdp.get(p).send('Emulation.setDeviceMetricsOverride', {
          width: Math.round(width / payload.scale),
          height: Math.round(height / payload.scale),
          deviceScaleFactor: payload.scale,
          mobile: false,
        });
        return true;
      }
      if (command === 'print-pdf') {
        const p = page(session, command);
        const pdf = Buffer.from(await p.pdf({ format: 'A4', printBackground: true }));
        return { bytes: pdf.length, zoom: printZoom(pdf) };
      }
      return undefined;
    },
  };
}

/** The first page's CSS-pixel-to-point scale ÷ 0.75: 1 at 100 %, less when shrunk to fit. */
function printZoom(pdf) {
  const text = pdf.toString('latin1');
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    let content;
    try {
      content = inflateSync(Buffer.from(text.slice(start, text.indexOf('endstream', start)), 'latin1')).toString(
        'latin1',
      );
    } catch {
      continue;
    }
    const cms = [...content.matchAll(/(-?[\d.]+) -?[\d.]+ -?[\d.]+ -?[\d.]+ -?[\d.]+ -?[\d.]+ cm/g)].slice(0, 2);
    if (cms.length === 2) return (Math.abs(Number(cms[0][1])) * Math.abs(Number(cms[1][1]))) / 0.75;
  }
  return undefined;
}
