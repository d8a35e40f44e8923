// Another origin for the embed tests (tests/embed/other-origin.test.ts, tests/builder/dev-server.test.ts).
// The test server answers on localhost and 127.0.0.1 alike: two origins, one server.
//   /cdn/…            dist/ as a CDN serves it: `Access-Control-Allow-Origin: *` (jsDelivr, unpkg)
//   /plain-host/…     dist/ from a server nobody configured: no CORS headers
//   /embed-host.html  a host page with a strict CSP that lets in one other origin, and the HTML to
//                     paste: ?other=<origin>&html=<base64url>
// Commands, through puppeteer:
//   `frame-eval` { url, expression }: evaluates `expression` in every frame whose URL contains
//     `url`, cross-origin frames included (the test page cannot look into those), in page order
//     (null for a frame that navigated meanwhile);
//   `vite-dev`: starts `npm start`'s dev server once (from vite.config.ts) and returns its URL.
/** The CSP of the host page: only 'self' and `other`; no inline script or style, no style attributes. */
export const hostCsp = (other) =>
  [
    "default-src 'self'",
    `script-src 'self' ${other}`,
    "style-src 'self'",
    `connect-src 'self' ${other}`,
    `frame-src ${other}`,
    "img-src 'self' data:",
  ].join('; ');

/** Koa middleware for web-test-runner's dev server. */
export async function otherOrigins(ctx, next) {
  const host = /^\/(cdn|plain-host)\/(.*)$/.exec(ctx.path);
  if (host) {
    ctx.url = `/dist/${host[2]}${ctx.querystring ? `?${ctx.querystring}` : ''}`;
    await next();
    if (host[1] === 'cdn') ctx.set('access-control-allow-origin', '*');
    else ctx.remove('access-control-allow-origin');
    return;
  }
  if (ctx.path !== '/embed-host.html') return next();
  const other = String(ctx.query.other ?? '');
  if (!/^https?:\/\/[\w.-]+(:\d+)?$/.test(other)) {
    ctx.status = 400;
    ctx.body = 'other: an origin';
    return;
  }
  const html = Buffer.from(String(ctx.query.html ?? ''), 'base64url').toString('utf8');
  ctx.set('content-security-policy', hostCsp(other));
  ctx.set('cache-control', 'no-store');
  ctx.type = 'text/html';
  ctx.body = `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>En kommunes side</title>
    <script src="/tests/pages/csp-watch.js"></script>
    <link rel="stylesheet" href="/tests/embed/host.css" />
  </head>
  <body>
    <main class="column">
      <h1>Datakultur</h1>
${html}
    </main>
  </body>
</html>`;
}

let vite;

export function otherOriginsPlugin() {
  return {
    name: 'other-origins',
    async executeCommand({ command, payload, session }) {
      if (command === 'frame-eval') {
        if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs puppeteer`);
        const page = session.browser.getPage(session.id);
        const frames = page.frames().filter((f) => f.url().includes(payload.url));
        // A frame that navigates meanwhile (a test's frame removed, the next one loading) gives null.
        return Promise.all(frames.map((f) => f.evaluate(payload.expression).catch(() => null)));
      }
      if (command === 'vite-dev') {
        vite ??= (async () => {
          const { createServer } = await import('vite');
          const server = await createServer({
            configFile: 'vite.config.ts',
            logLevel: 'silent',
            clearScreen: false,
            server: { port: 5199, strictPort: false, open: false },
          });
          await server.listen();
          return server;
        })();
        return (await vite).resolvedUrls.local[0];
      }
      return undefined;
    },
    async serverStop() {
      if (vite) await (await vite).close();
    },
  };
}
