import { LitElement, html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { loadReport, prefetchReport } from '../data/load.js';
import { validateReport } from '../data/validate.js';
import { ReportError } from '../data/types.js';
import type { Report, ReportErrorCode, Stat } from '../data/types.js';
import { formatValue, langOf, words } from './locale.js';
import type { Lang } from './locale.js';
import { baseStyles } from './styles.js';
import { sourceStyles } from './source.js';

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
  /** The report: its language (to mark its text when it differs from the page's), its source line. */
  report: Report;
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
 * Widgets follow a `lang` set after they rendered (a single-page app switching language): one
 * observer for the page watches `lang` attributes anywhere in the document; each widget whose
 * nearest `lang` now says another language renders again. A widget's own `lang` is watched by
 * the widget itself (it may sit in another component's shadow root).
 */
const langWatchers = new Set<{ langChanged(): void }>();
let langObserver: MutationObserver | undefined;
function watchLang(w: { langChanged(): void }, on: boolean): void {
  if (!on) return void langWatchers.delete(w);
  langWatchers.add(w);
  (langObserver ??= new MutationObserver(() => langWatchers.forEach((x) => x.langChanged()))).observe(
    document.documentElement,
    { attributeFilter: ['lang'], subtree: true },
  );
}

/**
 * The one mechanism behind every widget: `src` or `report` → a validated report → the item the
 * widget's id selects, loaded by a {@link Task}, with `state`, `dk-ready`/`dk-error` and the
 * loading and error views. Subclasses supply `select()`, `renderItem()` and, for inline content,
 * `inline()`.
 */
export abstract class DkElement<T> extends LitElement {
  static override styles: CSSResultGroup = [baseStyles, sourceStyles];

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    report: { attribute: false },
    timeout: { type: Number },
    theme: { reflect: true },
  };

  /**
   * @internal The load: new arguments run it at the next update and the last run wins (its
   * predecessor is aborted); the previous value stays while a new run is pending (no flash, no
   * rebuilt chart). A disconnect aborts a pending run (the task then goes back to its initial
   * status, not to an error) and the reconnect runs it again.
   */
  protected readonly _task = new Task(this, {
    task: async ([src, report, id, timeout], { signal }): Promise<Loaded<T> | typeof initialState> => {
      if (!src && report == null) return initialState;
      try {
        const r = report != null ? validateReport(report) : await loadReport(src!, { signal, timeout });
        return { item: this.select(r, id), report: r };
      } catch (e) {
        if (signal.aborted && !this.isConnected) return initialState;
        throw e;
      }
    },
    args: () => [this.src, this.report, this.selection, this.timeout] as const,
  });

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

  /** @internal A run aborted by a disconnect, to run again on reconnect. */
  private _resumeOnConnect = false;
  /** @internal The item (or error) from inline content, derived once per property change. */
  private _inline?: T | Error;
  /** @internal The result or error last announced. */
  private _outcome: unknown;
  /** @internal */
  private _drawFailure?: { for: unknown; error: ReportError };
  /** @internal The failure whose message may be shown: the error messages were fetched (or failed to be) for it. */
  private _described: unknown;
  /** @internal */
  private _state: WidgetState = 'loading';

  /** `loading`, `ready` or `error`; reflected to the `state` attribute for CSS and tests. */
  get state(): WidgetState {
    return this._state;
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

  /**
   * @internal The report's source line, part `source`, for `renderItem`: "Kilde: Datakultur &
   * -barrierer i de danske kommuner · 142 besvarelser" — the report's title, linked to its
   * `download.url` (which may be relative to the report's own URL) when that is an http(s) URL, and
   * the respondents when the item names a stat for them; then `more` (the charts' buttons). Nothing
   * the report does not say, and nothing in inline mode. `lang` as `renderItem` was given it.
   */
  protected renderSource(
    lang: string | undefined,
    respondents?: Stat,
    more: unknown = nothing,
  ): TemplateResult | typeof nothing {
    const r = !this._isInline && this._task.value?.report;
    if (!r) return nothing;
    const url = r.download?.url;
    let href = '';
    try {
      href = url ? new URL(url, new URL(this.report ? '' : this.src!, document.baseURI)).href : '';
    } catch {
      // Not a URL: the title without a link.
    }
    const l = lang ?? nothing;
    return html`<p part="source" class="source">
      ${words[this._lang].source}: <a href=${/^https?:/.test(href) ? href : nothing} lang=${l}>${r.title}</a>
      ${respondents ? html`· ${formatValue(respondents.value, respondents.unit, this._lang)} <span lang=${l}>${respondents.label}</span>` : nothing}&emsp;${more}
    </p>`;
  }

  /** @internal Resolves when what `renderItem` put on the page is drawn (charts override). */
  protected whenDrawn(_item: T): Promise<unknown> {
    return Promise.resolve();
  }

  /** @internal No `src` and no `report`: the element's own attributes and content. */
  private get _isInline(): boolean {
    return !this.src && this.report == null;
  }

  /**
   * @internal Asks for what the widget will need, first thing on connection (before its shadow
   * root and styles are made): the report, not at the first update; the charts add chart.js.
   */
  protected prefetch(): void {
    if (this.src && this.report == null && this._task.status === TaskStatus.INITIAL) prefetchReport(this.src);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang') this.langChanged();
    else super.attributeChangedCallback(name, old, value);
  }

  /** @internal The nearest `lang` may have changed: render again if it names another language. */
  langChanged(): void {
    if (this.hasUpdated && langOf(this) !== this._lang) this.requestUpdate();
  }

  override connectedCallback(): void {
    this.prefetch();
    super.connectedCallback();
    watchLang(this, true);
    // Moved under another `lang` while it was away.
    this.langChanged();
    this._setState(this._state);
    if (this._resumeOnConnect) {
      this._resumeOnConnect = false;
      void this._task.run();
    } else if (this.hasUpdated && this._currentOutcome() !== this._outcome) {
      // Changed while it was away (a new `report` on a detached element): told now.
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLang(this, false);
    if (this._task.status === TaskStatus.PENDING) {
      this._resumeOnConnect = true;
      this._task.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this._isInline && (changed.size > 0 || this._inline === undefined)) {
      try {
        this._inline = this.inline() ?? new ReportError('no-source', 'Set src, report or inline content');
      } catch (e) {
        this._inline = e as Error;
      }
    }
  }

  protected override render(): TemplateResult {
    const lang = (this._lang = langOf(this));
    const inline = this._isInline;
    const failed = this._drawFailure;
    if (failed && failed.for === (inline ? this._inline : this._task.value)) return this._renderError(failed.error);
    if (inline) {
      const item = this._inline!;
      return item instanceof Error ? this._renderError(item) : this.renderItem(item, undefined);
    }
    const loaded = ({ item, report: r }: Loaded<T>) =>
      this.renderItem(item, r.lang && r.lang !== lang ? r.lang : undefined);
    return this._task.render({
      initial: () => this._renderLoading(),
      // While new arguments load, what was there stays.
      pending: () => (this._task.value ? loaded(this._task.value) : this._renderLoading()),
      complete: loaded,
      error: (e: unknown) => this._renderError(e),
    });
  }

  /** @internal What the widget has to show now: its item (or the task's value), an error, or nothing yet. */
  private _currentOutcome(): unknown {
    if (this._isInline) return this._inline;
    const status = this._task.status;
    return status === TaskStatus.COMPLETE
      ? this._task.value
      : status === TaskStatus.ERROR
        ? this._task.error
        : undefined;
  }

  /** @internal */
  private _renderLoading(): TemplateResult {
    return html`<div part="status" class="status loading" role="status">
      <span class="sr-only">${words[this._lang].loading}</span>
      <div aria-hidden="true">${this.renderSkeleton()}</div>
    </div>`;
  }

  /** @internal The loading view's shape: grey bones where the widget's parts will be. */
  protected renderSkeleton(): TemplateResult {
    return html`<i class="bone title"></i><i class="bone"></i><i class="bone"></i>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.isConnected) return;
    const inline = this._isInline;
    const status = this._task.status;
    const outcome = this._currentOutcome();
    if (outcome === undefined) {
      this._outcome = undefined;
      this._setState('loading');
      return;
    }
    if (outcome === this._outcome) return;
    this._outcome = outcome;
    if (inline ? outcome instanceof Error : status === TaskStatus.ERROR) return this._fail(outcome);
    this.whenDrawn(inline ? (outcome as T) : (outcome as Loaded<T>).item).then(
      () => {
        if (this._outcome !== outcome) return;
        this._setState('ready');
        this._emit('dk-ready', {});
      },
      (e: unknown) => {
        // Drawing failed (say, a canvas the browser refuses): an error state, never a widget stuck loading.
        if (this._outcome !== outcome) return;
        const error = new ReportError('render', `Could not draw: ${String(e)}`, { cause: e });
        this._drawFailure = { for: outcome, error };
        this._fail(error);
        this.requestUpdate();
      },
    );
  }

  /** @internal */
  private _fail(error: unknown): void {
    const outcome = this._outcome;
    const current = () => this._outcome === outcome;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const messages = loadErrors();
    // The messages, or the built-in line after 3 s if their chunk is slow (the script's server may
    // be the one that is failing): never a widget stuck loading. A message that comes later still
    // takes the line's place.
    void Promise.race([messages, new Promise((resolve) => (timer = setTimeout(resolve, 3000)))]).then(async () => {
      clearTimeout(timer);
      if (!current()) return;
      this._described = error;
      // The message is on the page before anyone hears of it.
      this.requestUpdate();
      await this.updateComplete;
      if (!current()) return;
      const message = this._describe(error);
      this._setState('error');
      console.warn(`<${this.localName}>: ${message}`, error);
      this._emit('dk-error', { message, code: (error as ReportError).code ?? 'network', cause: error });
    });
    void messages.then(() => current() && this.requestUpdate());
  }

  /** @internal */
  private _describe(e: unknown): string {
    return errors ? errors.describeError(e, this._lang, formatValue) : words[this._lang].failed;
  }

  /** @internal */
  private _setState(state: WidgetState): void {
    this._state = state;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
  }

  /** @internal */
  private _emit<K extends 'dk-ready' | 'dk-error'>(type: K, detail: GlobalEventHandlersEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** @internal */
  private _renderError(e: unknown): TemplateResult {
    if (!errors && e !== this._described) return this._renderLoading();
    const retry = !this._isInline && (e as ReportError).code !== 'unknown-id';
    // Each id in the message in a span of its own, so that it moves to the next line whole.
    const message = errors
      ? errors.describeParts(e, this._lang, formatValue).map((p, i) => (i % 2 ? html`<span class="id">${p}</span>` : p))
      : this._describe(e);
    return html`<div part="status error" class="status error" role="alert">
      <p>${message}</p>
      ${retry ? html`<button type="button" @click=${() => void this._task.run()}>${words[this._lang].retry}</button>` : ''}
    </div>`;
  }
}
