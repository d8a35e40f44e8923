// Fault routes for the test server: each answers the way a real broken server does.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Readable } from 'node:stream';

const report = () => readFileSync('data/datakultur.json', 'utf8');
const flaky = new Set();
const counts = new Map();

/** Koa middleware for web-test-runner's dev server. */
export async function faultRoutes(ctx, next) {
  // A second copy of the build under another URL, for the "loaded twice" tests.
  const copy = /^\/(copy-[a-z]+)\/(.*)$/.exec(ctx.path);
  // Two copies with a fault of their own (their URLs are theirs alone, so no cache stands in):
  // copy-noerrors cannot fetch the error messages' chunk, copy-slowerrors gets it 5 s late
  // (tests/errors/messages-unavailable.test.ts, messages-slow.test.ts),
  // copy-slowkit… (any suffix, a fresh URL per test) gets chart.js 1.5 s late
  // (tests/components/chart-presize.test.ts).
  if (copy?.[1] === 'copy-slowerrors' && copy[2].startsWith('chunks/errors-'))
    await new Promise((resolve) => setTimeout(resolve, 5000));
  if (copy?.[1] === 'copy-noerrors' && copy[2].startsWith('chunks/errors-')) {
    ctx.status = 503;
    ctx.body = 'unavailable';
    return;
  }
  if (copy?.[1].startsWith('copy-slowkit') && copy[2].startsWith('chunks/chart-kit-'))
    await new Promise((resolve) => setTimeout(resolve, 1500));
  if (copy) {
    ctx.url = `/dist/${copy[2]}`;
    return next();
  }
  // Test pages are served with a strict Content-Security-Policy, as a careful CMS would.
  if (ctx.path.startsWith('/tests/pages/')) {
    await next();
    ctx.set('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:");
    return;
  }
  if (!ctx.path.startsWith('/fault/')) return next();
  const kind = ctx.path.slice('/fault/'.length);
  const key = ctx.query.key ?? '';
  counts.set(kind + key, (counts.get(kind + key) ?? 0) + 1);
  ctx.set('cache-control', 'no-store');
  switch (kind) {
    case 'status':
      ctx.status = Number(ctx.query.code ?? 500);
      ctx.type = 'text/plain';
      ctx.body = 'error';
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html lang="da"><title>Log ind</title><form>Log ind</form></html>';
      return;
    case 'empty':
      ctx.type = 'application/json';
      ctx.body = '';
      return;
    case 'truncated':
      ctx.type = 'application/json';
      ctx.body = report().slice(0, 700);
      return;
    case 'json':
      // Any JSON the test sends, base64url-encoded in ?body=.
      ctx.type = 'application/json';
      ctx.body = Buffer.from(String(ctx.query.body ?? ''), 'base64url').toString('utf8');
      return;
    case 'slow':
    case 'hang': {
      // `hang` never answers within any widget's limit; `slow` answers after ?ms=.
      const ms = kind === 'hang' ? 25_000 : Number(ctx.query.ms ?? 300);
      await new Promise((resolve) => {
        const t = setTimeout(resolve, ms);
        ctx.req.on('close', () => (clearTimeout(t), resolve()));
      });
      ctx.type = 'application/json';
      ctx.body = report();
      return;
    }
    case 'flaky':
      // Fails the first time for each ?key=, then serves the report.
      ctx.type = 'application/json';
      if (!flaky.has(key)) {
        flaky.add(key);
        ctx.status = 503;
        ctx.body = '{}';
        return;
      }
      ctx.body = report();
      return;
    case 'reset':
      // The connection drops before any answer: a network failure that is not a refused connection.
      ctx.status = 200;
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    case 'stall': {
      // Answers 200 and the first bytes of the report, then nothing more (until the client gives up).
      ctx.type = 'application/json';
      const stream = new Readable({ read() {} });
      stream.push(report().slice(0, 200));
      ctx.req.on('close', () => stream.destroy());
      ctx.body = stream;
      return;
    }
    case 'redirect':
      // A redirect to a login page, as a server in front of an expired session does.
      ctx.redirect(`/fault/html?key=${key}`);
      return;
    case 'free-port': {
      // A port nothing listens on (just opened and closed again): connecting to it is refused.
      const port = await new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
          const { port } = server.address();
          server.close(() => resolve(port));
        });
      });
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(port);
      return;
    }
    case 'count':
      // How many requests a route has had: /fault/count?of=flaky&key=x
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(counts.get(String(ctx.query.of) + key) ?? 0);
      return;
    case 'report':
      ctx.type = 'application/json';
      ctx.body = report();
      return;
    default:
      return next();
  }
}
