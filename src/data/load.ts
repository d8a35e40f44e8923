import { ReportError } from './types.js';
import type { Report } from './types.js';
import { validateReport } from './validate.js';

/** The longest any widget waits for a report, in milliseconds. */
export const MAX_WAIT = 20_000;

// One promise per absolute URL for the whole page, shared even by a second copy of the bundle,
// so ten widgets (or two embeds of the script) make one request and one parse.
const KEY = Symbol.for('datakultur-widgets.reports');
const store = globalThis as unknown as Record<typeof KEY, Map<string, Promise<Report>>>;
const cache = (store[KEY] ??= new Map());

export interface LoadOptions {
  /** Aborts this caller's wait; the shared request goes on for the others. */
  signal?: AbortSignal;
  /** Gives up after this many milliseconds (at most {@link MAX_WAIT}). */
  timeout?: number;
}

/** The page's one request for `src`, started now if it is not on its way: its URL and its promise. */
function shared(src: string): [string, Promise<Report>] {
  let url: string;
  try {
    // The fragment never reaches the server: `a.json#x` and `a.json#y` are one request.
    url = new URL(src, document.baseURI).href.replace(/#.*$/, '');
  } catch {
    return [src, Promise.reject(new ReportError('network', `Not a URL: ${src}`, { url: src, crossOrigin: false }))];
  }
  let entry = cache.get(url);
  if (!entry) {
    const p = fetchReport(url);
    // A failure is not cached: the next widget or a retry asks again.
    p.catch(() => cache.get(url) === p && cache.delete(url));
    cache.set(url, (entry = p));
  }
  return [url, entry];
}

/** Starts the request for `src` (if it is not on its way), for a widget that will load it soon. */
export function prefetchReport(src: string): void {
  shared(src)[1].catch(() => {});
}

/** Loads, parses and validates the report at `src` (resolved against the page). */
export function loadReport(src: string, { signal, timeout = MAX_WAIT }: LoadOptions = {}): Promise<Report> {
  const [url, entry] = shared(src);
  return wait(entry, signal, Math.min(timeout > 0 ? timeout : MAX_WAIT, MAX_WAIT), url);
}

async function fetchReport(url: string): Promise<Report> {
  let res: Response;
  let body: string;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(MAX_WAIT), headers: { accept: 'application/json' } });
    body = await res.text();
  } catch (e) {
    if ((e as Error).name === 'TimeoutError') throw timedOut(url, MAX_WAIT);
    const crossOrigin = new URL(url).origin !== location.origin;
    throw new ReportError(
      'network',
      `Could not fetch ${url}${crossOrigin ? ' (if it is on another server, does it send CORS headers?)' : ''}: ${(e as Error).message}`,
      {
        url,
        crossOrigin,
      },
    );
  }
  if (!res.ok) throw new ReportError('http', `${url} answered HTTP ${res.status}`, { url, status: res.status });
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const kind = !body.trim() ? 'empty' : /^\s*</.test(body) ? 'html' : 'broken';
    throw new ReportError('not-json', `${url} is not JSON (${kind}): ${(e as Error).message}`, { url, kind });
  }
  return validateReport(json);
}

const timedOut = (url: string, ms: number) =>
  new ReportError('timeout', `${url} did not answer within ${ms / 1000} s`, { url, seconds: ms / 1000 });

/** Waits for `p` until `signal` aborts or `ms` pass, whichever is first. */
function wait<T>(p: Promise<T>, signal: AbortSignal | undefined, ms: number, url: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // Reject with the abort reason as fetch does (an AbortError DOMException unless the caller chose one).
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const stop = () => reject(signal!.reason);
    if (signal?.aborted) return stop();
    const timer = setTimeout(() => reject(timedOut(url, ms)), ms);
    signal?.addEventListener('abort', stop, { once: true });
    p.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    });
  });
}
