// Server command `downloads`, for tests that read what the browser really downloaded (issue 17):
// the browser's own download machinery, through CDP, not a stand-in for it in the page.
// - `{ action: 'start' }`: from now on, every download of the test browser (any frame, any tab) is
//   saved, under a name of its own, in a fresh temporary folder;
// - `{ action: 'take', count, timeout? }`: waits (default 8 s) until `count` downloads begun since
//   `start` have completed, and returns them in the order they began, as
//   `[{ name, url, bytes, base64 }]` (`name`: the file name the page suggested); fewer if time runs
//   out, with `canceled` set on any the browser gave up;
// - `{ action: 'stop' }`: downloads are denied again, as they are by default in a headless test.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function page(session, command) {
  if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs puppeteer, not ${session.browser.type}`);
  return session.browser.getPage(session.id);
}

/** Per browser: its browser-level CDP session and the downloads since the last `start`. */
const state = new WeakMap();

async function browserState(p) {
  const browser = p.browser();
  let s = state.get(browser);
  if (!s) {
    const cdp = await browser.target().createCDPSession();
    s = { cdp, dir: undefined, begun: [], done: new Map() };
    cdp.on('Browser.downloadWillBegin', (e) => s.begun.push({ guid: e.guid, name: e.suggestedFilename, url: e.url }));
    cdp.on('Browser.downloadProgress', (e) => {
      if (e.state === 'completed' || e.state === 'canceled') s.done.set(e.guid, e.state);
    });
    state.set(browser, s);
  }
  return s;
}

export function downloadsPlugin() {
  return {
    name: 'downloads',
    async executeCommand({ command, payload, session }) {
      if (command !== 'downloads') return undefined;
      const s = await browserState(page(session, command));
      const action = payload?.action;
      if (action === 'start') {
        if (s.dir) rmSync(s.dir, { recursive: true, force: true });
        s.dir = mkdtempSync(join(tmpdir(), 'dk-downloads-'));
        s.begun = [];
        s.done = new Map();
        await s.cdp.send('Browser.setDownloadBehavior', {
          behavior: 'allowAndName',
          downloadPath: s.dir,
          eventsEnabled: true,
        });
        return true;
      }
      if (action === 'take') {
        const count = payload.count ?? 1;
        const until = Date.now() + (payload.timeout ?? 8000);
        const finished = () => s.begun.filter((d) => s.done.has(d.guid));
        while (finished().length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
        return finished().map((d) => {
          if (s.done.get(d.guid) !== 'completed') return { name: d.name, url: d.url, canceled: true };
          const bytes = readFileSync(join(s.dir, d.guid));
          return { name: d.name, url: d.url, bytes: bytes.length, base64: bytes.toString('base64') };
        });
      }
      if (action === 'stop') {
        await s.cdp.send('Browser.setDownloadBehavior', { behavior: 'deny', eventsEnabled: false });
        if (s.dir) rmSync(s.dir, { recursive: true, force: true });
        s.dir = undefined;
        return true;
      }
      throw new Error(`downloads: unknown action ${action}`);
    },
  };
}
