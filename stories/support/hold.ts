// Holding a widget in its loading state, in a static catalogue.
//
// A static host has no URL that never answers, and a service worker is more machinery than a
// story should need. So the preview answers one sentinel path itself: a fetch of a URL containing
// HOLD stays pending until its signal aborts (as a server that never answers would), and every
// other request goes to the network untouched.
//
// The widget itself gives up after `timeout` (at most 20 s) and shows its timeout message:
// `holdOpen()` renews the request (a new `src`) shortly before that, so the loading state stays
// on screen for as long as anyone looks at it. The "Timeout" stories use HOLD without renewal.

export const HOLD = '__dk-hold-open__';

/** A URL that never answers, relative to the preview page. */
export const holdUrl = (attempt = 0) => `${HOLD}/datakultur.json?attempt=${attempt}`;

const MARK = Symbol.for('datakultur-widgets.storybook-hold');

export function installHold(): void {
  const g = globalThis as typeof globalThis & { [MARK]?: true };
  if (g[MARK]) return;
  g[MARK] = true;
  const network = g.fetch;
  g.fetch = function (input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes(HOLD)) return network.call(this, input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error);
      signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
    });
  };
}

/** Keeps `el` loading: renews its never-answering request before its `timeout` runs out. */
export function holdOpen(el: HTMLElement & { src?: string; timeout?: number }): void {
  let attempt = 0;
  el.setAttribute('src', holdUrl(attempt));
  const renew = () => {
    // Gone from the page (another story is shown): stop.
    if (attempt > 0 && !el.isConnected) return;
    const limit = Math.min(Number(el.timeout) > 0 ? Number(el.timeout) : 20_000, 20_000);
    setTimeout(
      () => {
        attempt += 1;
        if (el.isConnected) el.setAttribute('src', holdUrl(attempt));
        renew();
      },
      Math.max(limit - 1500, 250),
    );
  };
  renew();
}
