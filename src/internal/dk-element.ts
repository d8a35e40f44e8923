import { html } from 'lit/html.js';
import type { TemplateResult } from 'lit/html.js';
import { Base } from './base.js';
import type { StylesGroup, PropertyValues, PropertyDeclarations } from './base.js';
import { loadReport, prefetchReport } from '../data/load.js';
import { validateReport } from '../data/validate.js';
import { ReportError } from '../data/types.js';
import type { Report, ReportErrorCode } from '../data/types.js';
import { formatValue, langOf, words } from './locale.js';
import type { Lang } from './locale.js';
import { baseStyles } from './styles.js';

export type WidgetState = 'loading' | 'ready' | 'error';

export interface DkErrorDetail {
  /** The message shown in the widget, in the page's language. */
  message: string;
  /** What kind of failure: `network`, `timeout`, `http`, `not-json`, `invalid`, `unknown-id`, `no-source`. */
  code: ReportErrorCode;
  /** The technical cause, for developers. */
  cause: unknown;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dk-ready': CustomEvent<Record<string, never>>;
    'dk-error': CustomEvent<DkErrorDetail>;
  }
}

interface Loaded<T> {
  item: T;
  /** The report's language, to mark its text when it differs from the page's. */
  lang: string | undefined;
}

/** What `pick` looks in for an id, for the "unknown id" message. */
export type Collection = 'stats' | 'questions' | 'quotes';

const KIND = { stats: 'stat', questions: 'question', quotes: 'quote' } as const;

/** Finds `id` in one of the report's lists or throws an `unknown-id` error naming the ids there are. */
export function pick<C extends Collection>(report: Report, collection: C, id: string | undefined): Report[C][number] {
  const list = report[collection];
  const found = list.find((x) => x.id === id);
  if (!found)
    throw new ReportError('unknown-id', `No ${KIND[collection]} "${id ?? ''}" in the report`, {
      kind: KIND[collection],
      id: id ?? '',
      ids: list.map((x) => x.id),
    });
  return found;
}

// The error messages: fetched the first time a widget fails (a page that works never needs them).
// Until they are here a failing widget still shows "loading"; if they cannot be fetched either,
// it says `words[lang].failed`, and the next failure asks for them again (a browser may also keep
// a failed module fetch failed until the page reloads: Chromium does under web-test-runner).
let errors: typeof import('./errors.js') | undefined;
let errorsLoad: Promise<void> | undefined;
const loadErrors = () =>
  (errorsLoad ??= import('./errors.js').then(
    (m) => void (errors = m),
    () => void (errorsLoad = undefined),
  ));

/**
 * The one mechanism behind every widget: `src` or `report` → a validated report → the item the
 * widget's id selects, with `state`, `dk-ready`/`dk-error` and the loading and error views.
 * Subclasses supply `select()`, `renderItem()` and, for inline content, `inline()`.
 */
export abstract class DkElement<T> extends Base {
  static override styles: StylesGroup = baseStyles;

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    report: { attribute: false },
    timeout: { type: Number },
    theme: { reflect: true },
  };

  /** URL of the report JSON, resolved against the page. Elements sharing a `src` share one request. */
  src?: string;

  /** The report as an object, instead of `src`: validated the same way, no request made. */
  report?: Report;

  /** Milliseconds to wait for the report before showing an error (at most 20000). */
  timeout: number = 20000;

  /** Colour scheme: `light`, `dark` or `auto` (the visitor's setting). Unset: the page's `color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';

  /** @internal */
  protected _lang: Lang = 'da';

  // The load, by hand (what @lit/task did, in a tenth of its size): new arguments start one in
  // `willUpdate`; the last one started wins; a disconnect aborts it, a reconnect starts it again.
  #args?: unknown[];
  #pending = false;
  #abort?: AbortController;
  /** The last load's outcome, kept while a new one is pending: no flash, no rebuilt chart. */
  #value?: Loaded<T>;
  #error?: { error: unknown };
  #resumeOnConnect = false;
  /** The item (or error) from inline content, derived once per property change. */
  #inline?: T | Error;
  /** The result or error last announced. */
  #outcome: unknown;
  #drawFailure?: { for: unknown; error: ReportError };
  /** The failure whose message may be shown: the error messages were fetched (or failed to be) for it. */
  #described: unknown;
  #state: WidgetState = 'loading';

  /** `loading`, `ready` or `error`; reflected to the `state` attribute for CSS and tests. */
  get state(): WidgetState {
    return this.#state;
  }

  /** @internal The id the widget selects (its `stat`, `question` or `quote` attribute). */
  protected abstract get selection(): string | undefined;

  /** @internal Picks this widget's item from a validated report; throws for an unknown id. */
  protected abstract select(report: Report, id: string | undefined): T;

  /** @internal The item from the element's own attributes when it has no `src`/`report`. */
  protected inline(): T | undefined {
    return undefined;
  }

  /** @internal Renders the item; `lang` marks text in another language than the page's. */
  protected abstract renderItem(item: T, lang: string | undefined): TemplateResult;

  /** @internal Resolves when what `renderItem` put on the page is drawn (charts override). */
  protected whenDrawn(_item: T): Promise<unknown> {
    return Promise.resolve();
  }

  /** No `src` and no `report`: the element's own attributes and content. */
  get #isInline(): boolean {
    return !this.src && this.report == null;
  }

  /**
   * @internal Asks for what the widget will need, first thing on connection (before its shadow
   * root and styles are made): the report, not at the first update; the charts add chart.js.
   */
  protected prefetch(): void {
    if (this.src && this.report == null && !this.#args) prefetchReport(this.src);
  }

  override connectedCallback(): void {
    this.prefetch();
    super.connectedCallback();
    this.#setState(this.#state);
    if (this.#resumeOnConnect) {
      this.#resumeOnConnect = false;
      void this.#load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#pending) {
      this.#resumeOnConnect = true;
      this.#abort!.abort();
    }
  }

  protected override render(): TemplateResult {
    const lang = (this._lang = langOf(this));
    const inline = this.#isInline;
    const failed = this.#drawFailure;
    if (failed && failed.for === (inline ? this.#inline : this.#value)) return this.#renderError(failed.error);
    if (inline) {
      const item = this.#inline!;
      return item instanceof Error ? this.#renderError(item) : this.renderItem(item, undefined);
    }
    const v = this.#value;
    return this.#error && !this.#pending
      ? this.#renderError(this.#error.error)
      : v
        ? this.renderItem(v.item, v.lang && v.lang !== lang ? v.lang : undefined)
        : this.#renderLoading();
  }

  #renderLoading(): TemplateResult {
    return html`<div part="status" class="status" role="status">${words[this._lang].loading}</div>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.#isInline && (changed.size > 0 || this.#inline === undefined)) {
      try {
        this.#inline = this.inline() ?? new ReportError('no-source', 'Set src, report or inline content');
      } catch (e) {
        this.#inline = e as Error;
      }
    }
    const args = [this.src, this.report, this.selection, this.timeout];
    if (!this.#args || args.some((a, i) => !Object.is(a, this.#args![i]))) void this.#load(args);
  }

  /** Loads and selects the item for `args` (the last ones again, for a retry or a reconnect). */
  async #load(args = this.#args!): Promise<void> {
    const [src, report, id, timeout] = (this.#args = args) as [string, Report, string, number];
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#pending = true;
    this.requestUpdate();
    let value: Loaded<T> | undefined;
    let error: { error: unknown } | undefined;
    try {
      if (src || report != null) {
        const r = report != null ? validateReport(report) : await loadReport(src, { signal: abort.signal, timeout });
        value = { item: this.select(r, id), lang: r.lang };
      }
    } catch (e) {
      error = { error: e };
    }
    // A later load (new arguments, a retry) has taken over: this one's result is dropped.
    if (abort !== this.#abort) return;
    this.#pending = false;
    this.#value = value;
    this.#error = error;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.isConnected) return;
    const inline = this.#isInline;
    const outcome = inline ? this.#inline : this.#pending ? undefined : (this.#error?.error ?? this.#value);
    if (outcome === undefined) {
      this.#outcome = undefined;
      this.#setState('loading');
      return;
    }
    if (outcome === this.#outcome) return;
    this.#outcome = outcome;
    if (inline ? outcome instanceof Error : this.#error) return this.#fail(outcome);
    this.whenDrawn(inline ? (outcome as T) : (outcome as Loaded<T>).item).then(
      () => {
        if (this.#outcome !== outcome) return;
        this.#setState('ready');
        this.#emit('dk-ready', {});
      },
      (e: unknown) => {
        // Drawing failed (say, a canvas the browser refuses): an error state, never a widget stuck loading.
        if (this.#outcome !== outcome) return;
        const error = new ReportError('render', `Could not draw: ${String(e)}`, { cause: e });
        this.#drawFailure = { for: outcome, error };
        this.#fail(error);
        this.requestUpdate();
      },
    );
  }

  #fail(error: unknown): void {
    const outcome = this.#outcome;
    const current = () => this.#outcome === outcome;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const messages = loadErrors();
    // The messages, or the built-in line after 3 s if their chunk is slow (the script's server may
    // be the one that is failing): never a widget stuck loading. A message that comes later still
    // takes the line's place.
    void Promise.race([messages, new Promise((resolve) => (timer = setTimeout(resolve, 3000)))]).then(async () => {
      clearTimeout(timer);
      if (!current()) return;
      this.#described = error;
      // The message is on the page before anyone hears of it.
      this.requestUpdate();
      await this.updateComplete;
      if (!current()) return;
      const message = this.#describe(error);
      this.#setState('error');
      console.warn(`<${this.localName}>: ${message}`, error);
      this.#emit('dk-error', { message, code: (error as ReportError).code ?? 'network', cause: error });
    });
    void messages.then(() => current() && this.requestUpdate());
  }

  #describe(e: unknown): string {
    return errors ? errors.describeError(e, this._lang, formatValue) : words[this._lang].failed;
  }

  #setState(state: WidgetState): void {
    this.#state = state;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
  }

  #emit<K extends 'dk-ready' | 'dk-error'>(type: K, detail: GlobalEventHandlersEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #renderError(e: unknown): TemplateResult {
    if (!errors && e !== this.#described) return this.#renderLoading();
    const retry = !this.#isInline && (e as ReportError).code !== 'unknown-id';
    return html`<div part="status error" class="status error" role="alert">
      <p>${this.#describe(e)}</p>
      ${retry ? html`<button type="button" @click=${() => this.#load()}>${words[this._lang].retry}</button>` : ''}
    </div>`;
  }
}
