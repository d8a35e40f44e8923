// Server commands for tests/a11y, through puppeteer:
// - `a11y-snapshot` (from @web/test-runner-commands): the "interesting" nodes of Chromium's
//   accessibility tree, flattened the way platform trees are;
// - `ax-tree`: the same tree with its structural nodes kept (figure, blockquote, table, list),
//   from a selector that may pierce shadow roots (`host >>> inner`);
// - `media-features`: any CSS media feature, `forced-colors` included (the `emulateMedia`
//   command passes only colour scheme and reduced motion on to puppeteer).
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

/** Drops the functions puppeteer puts on each node (they cannot cross to the browser). */
const plain = (node) =>
  node && {
    ...Object.fromEntries(Object.entries(node).filter(([, v]) => typeof v !== 'function' && v !== undefined)),
    ...(node.children ? { children: node.children.map(plain) } : {}),
  };

function page(session, command) {
  if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs puppeteer, not ${session.browser.type}`);
  return session.browser.getPage(session.id);
}

const cdp = new WeakMap();

function a11yCommandsPlugin() {
  return {
    name: 'a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'ax-tree') {
        const p = page(session, command);
        const root = payload?.selector ? await p.$(payload.selector) : null;
        if (payload?.selector && !root) return { role: 'none', missing: payload.selector };
        const tree = await p.accessibility.snapshot({ root, interestingOnly: payload?.interestingOnly ?? false });
        return plain(tree) ?? { role: 'none' };
      }
      if (command === 'media-features') {
        // `[{ name: 'forced-colors', value: 'active' }]`; `[]` clears every emulated feature.
        // Straight to CDP: puppeteer's emulateMediaFeatures refuses forced-colors. The session
        // is kept per page, since an override ends with the session that set it.
        const p = page(session, command);
        if (!cdp.has(p)) cdp.set(p, await p.createCDPSession());
        await cdp.get(p).send('Emulation.setEmulatedMedia', { features: payload ?? [] });
        return true;
      }
      return undefined;
    },
  };
}

/** The plugins behind the commands the tests in tests/a11y use. */
export const a11yPlugins = () => [a11ySnapshotPlugin(), a11yCommandsPlugin()];
