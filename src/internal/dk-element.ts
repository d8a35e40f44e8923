import { LitElement, html } from 'lit';
import type { CSSResultGroup, PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { loadReport } from '../data/load.js';
import { validateReport } from '../data/validate.js';
import { ReportError } from '../data/types.js';
import type { Report, ReportErrorCode } from '../data/types.js';
import { describeError, langOf, strings } from './locale.js';
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

/**
 * The one mechanism behind every widget: `src` or `report` → a validated report → the item the
 * widget's id selects, with `state`, `dk-ready`/`dk-error` and the loading and error views.
 * Subclasses supply `select()`, `renderItem()` and, for inline content, `inline()`.
 */
export abstract class DkElement<T> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** @internal */
  protected readonly _task = new Task(this, {
    task: async ([src, report, id, timeout], { signal }) => {
      if (!src && report == null) return undefined;
      const r = report != null ? validateReport(report) : await loadReport(src!, { signal, timeout });
      return { item: this.select(r, id), lang: r.lang };
    },
    args: () => [this.src, this.report, this.selection, this.timeout] as const,
  });

  /** URL of the report JSON, resolved against the page. Elements sharing a `src` share one request. */
  @property({ reflect: true }) src?: string;

  /** The report as an object, instead of `src`: validated the same way, no request made. */
  @property({ attribute: false }) report?: Report;

  /** Milliseconds to wait for the report before showing an error (at most 20000). */
  @property({ type: Number }) timeout: number = 20000;

  /** Colour scheme: `light`, `dark` or `auto` (the visitor's setting). Unset: the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** @internal */
  private _state: WidgetState = 'loading';
  /** @internal the result or error last announced */
  private _outcome: unknown;
  /** @internal */
  private _abortedOnDisconnect = false;
  /** @internal */
  protected _lang: Lang = 'da';
  /** @internal */
  private _inlineResult?: T | Error;

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

  /** @internal Resolves when what `renderItem` put on the page is drawn (charts override). */
  protected whenDrawn(_item: T): Promise<unknown> {
    return Promise.resolve();
  }

  /** @internal */
  private get _inline(): boolean {
    return !this.src && this.report == null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._setState(this._state);
    if (this._abortedOnDisconnect) {
      this._abortedOnDisconnect = false;
      void this._task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._task.status === TaskStatus.PENDING) {
      this._abortedOnDisconnect = true;
      this._task.abort();
    }
  }

  protected override render(): TemplateResult {
    const lang = (this._lang = langOf(this));
    const failed = this._drawFailure;
    if (failed && failed.for === (this._inline ? this._inlineResult : this._task.value))
      return this._renderError(failed.error);
    if (this._inline) {
      const item = this._inlineResult!;
      return item instanceof Error ? this._renderError(item) : this.renderItem(item, undefined);
    }
    return this._task.render({
      initial: () => this._renderLoading(),
      // While a new id or src loads, keep showing what was there: no flash, no rebuilt chart.
      pending: () => (this._task.value ? this._renderLoaded(this._task.value, lang) : this._renderLoading()),
      complete: (v) => this._renderLoaded(v!, lang),
      error: (e) => this._renderError(e),
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Inline content is derived once per property change, so its identity marks a new outcome.
    if (this._inline && (changed.size > 0 || this._inlineResult === undefined)) this._inlineResult = this._inlineItem();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.isConnected) return;
    const status = this._task.status;
    const inline = this._inline;
    const outcome = inline
      ? this._inlineResult
      : status === TaskStatus.COMPLETE
        ? this._task.value
        : status === TaskStatus.ERROR
          ? this._task.error
          : undefined;
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
        this._drawFailure = {
          for: outcome,
          error: new ReportError('render', `Could not draw: ${String(e)}`, { cause: e }),
        };
        this._fail(this._drawFailure.error);
        this.requestUpdate();
      },
    );
  }

  /** @internal */
  private _drawFailure?: { for: unknown; error: ReportError };

  /** @internal */
  private _fail(error: unknown): void {
    const message = describeError(error, this._lang);
    this._setState('error');
    console.warn(`<${this.localName}>: ${message}`, error);
    this._emit('dk-error', { message, code: (error as ReportError).code ?? 'network', cause: error });
  }

  /** @internal */
  private _inlineItem(): T | Error {
    try {
      return this.inline() ?? new ReportError('no-source', 'Set src, report or inline content');
    } catch (e) {
      return e as Error;
    }
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
  private _renderLoaded(v: Loaded<T>, lang: Lang): TemplateResult {
    return this.renderItem(v.item, v.lang && v.lang !== lang ? v.lang : undefined);
  }

  /** @internal */
  private _renderLoading(): TemplateResult {
    return html`<div part="status" class="status" role="status">${strings[this._lang].loading}</div>`;
  }

  /** @internal */
  private _renderError(e: unknown): TemplateResult {
    const retry = !this._inline && (e as ReportError).code !== 'unknown-id';
    return html`<div part="status error" class="status error" role="alert">
      <p>${describeError(e, this._lang)}</p>
      ${retry ? html`<button type="button" @click=${() => this._task.run()}>${strings[this._lang].retry}</button>` : ''}
    </div>`;
  }
}
