import { render } from 'lit/html.js';

// The element base under every widget: Lit's templates (lit-html) on a custom element, with the
// part of LitElement the widgets use — declared properties and their attributes, one batched
// update per microtask, `updateComplete`, shared style sheets and controllers — in a tenth of
// LitElement's size (its reactive-element, lit-element and css-tag are 3.2 KB gzipped; this is
// ≈0.8 KB). Semantics follow Lit 3 where the widgets depend on them: an update waits for the
// first connection; changed properties map to their old values; `willUpdate` → render →
// `updated`; a property set before the element was defined is kept; an attribute that sets a
// property is not written back, nor a reflected attribute read again.

/** How a declared property meets its attribute (Lit's `PropertyDeclaration`, the part we use). */
export interface PropertyDeclaration {
  /** The attribute's name; `false` for none. Default: the property's name in lower case. */
  attribute?: string | false;
  /** `Number`: the attribute is parsed as a number; `Boolean`: present is true. Default: the string. */
  type?: NumberConstructor | BooleanConstructor | StringConstructor;
  /** Writes the property back to its attribute after each update. */
  reflect?: boolean;
  /** Internal state: updates the element, has no attribute. */
  state?: boolean;
}
export type PropertyDeclarations = Record<string, PropertyDeclaration>;
/** The properties changed since the last update, each with its value before. */
export type PropertyValues = Map<PropertyKey, unknown>;

/** What may hook into a host's lifecycle (Lit's `ReactiveController`, the part we use). */
export interface Controller {
  hostConnected?(): void;
  hostDisconnected?(): void;
}
export interface ControllerHost {
  addController(controller: Controller): void;
}

/** A style sheet from css`…`: built once, adopted by every shadow root that uses it. */
export class Styles {
  #sheet?: CSSStyleSheet;
  constructor(readonly cssText: string) {}
  get styleSheet(): CSSStyleSheet {
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      this.#sheet.replaceSync(this.cssText);
    }
    return this.#sheet;
  }
}
export type StylesGroup = Styles | StylesGroup[];

/** Static CSS, as a template literal (no interpolation: every sheet is text known at build time). */
export const css = (strings: TemplateStringsArray): Styles => new Styles(strings[0]);

interface Meta {
  props: Map<string, PropertyDeclaration>;
  /** Attribute name → property name. */
  attrs: Map<string, string>;
  styles: Styles[];
}
const metas = new WeakMap<object, Meta>();
const attrName = (name: string, decl: PropertyDeclaration) => decl.attribute || name.toLowerCase();
type Values = Record<PropertyKey, unknown>;

/** Adopted style sheets where the browser has them (all current ones), `<style>` elements where not. */
const adopting = 'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype;

export abstract class Base extends HTMLElement implements ControllerHost {
  static properties?: PropertyDeclarations;
  static styles?: StylesGroup;

  /** The class's declared properties (its own and inherited), attributes and styles; its accessors made once. */
  static #meta(cls: typeof Base): Meta {
    let meta = metas.get(cls);
    if (meta) return meta;
    const parent = Object.getPrototypeOf(cls) as typeof Base;
    const inherited = parent.prototype instanceof Base ? Base.#meta(parent) : undefined;
    const props = new Map(inherited?.props);
    if (Object.hasOwn(cls, 'properties'))
      for (const [name, decl] of Object.entries(cls.properties!)) {
        props.set(name, decl);
        if (!Object.hasOwn(cls.prototype, name))
          Object.defineProperty(cls.prototype, name, {
            // On the prototype itself (tools read it), undefined and nothing to set.
            get(this: Base) {
              return #values in this ? this.#values.get(name) : undefined;
            },
            set(this: Base, value: unknown) {
              if (!(#values in this)) return;
              const old = this.#values.get(name);
              this.#values.set(name, value);
              this.requestUpdate(name, old);
            },
            configurable: true,
            enumerable: true,
          });
      }
    const attrs = new Map<string, string>();
    for (const [name, decl] of props)
      if (decl.attribute !== false && !decl.state) attrs.set(attrName(name, decl), name);
    const styles = [...new Set([cls.styles ?? []].flat(Infinity as 1) as Styles[])];
    metas.set(cls, (meta = { props, attrs, styles }));
    return meta;
  }

  static get observedAttributes(): string[] {
    return [...Base.#meta(this).attrs.keys()];
  }

  /** The shadow root the template renders into (made at the first connection). */
  renderRoot?: ShadowRoot;
  #values = new Map<string, unknown>();
  #changed: PropertyValues = new Map();
  #reflecting = new Set<string>();
  /** The property an attribute is setting now: not reflected back. */
  #fromAttribute?: string;
  /** The property being reflected now: its attribute does not set it again (removed for undefined, it would be null). */
  #toAttribute?: string;
  /** Values set on the element before it was defined (own properties hiding the accessors). */
  #saved?: Map<string, unknown>;
  #controllers = new Set<Controller>();
  #pending = false;
  #enable!: (value: boolean) => void;
  #done: Promise<boolean> = new Promise((resolve) => (this.#enable = resolve));

  constructor() {
    super();
    for (const name of Base.#meta(this.constructor as typeof Base).props.keys())
      if (Object.hasOwn(this, name)) {
        (this.#saved ??= new Map()).set(name, (this as Values)[name]);
        delete (this as Values)[name];
      }
    this.requestUpdate();
  }

  connectedCallback(): void {
    if (!this.renderRoot) {
      const root = (this.renderRoot = this.shadowRoot ?? this.attachShadow({ mode: 'open' }));
      const { styles } = Base.#meta(this.constructor as typeof Base);
      if (adopting) root.adoptedStyleSheets = styles.map((s) => s.styleSheet);
      else
        for (const s of styles) {
          const style = document.createElement('style');
          style.textContent = s.cssText;
          root.append(style);
        }
    }
    this.#enable(true);
    for (const c of this.#controllers) c.hostConnected?.();
  }

  disconnectedCallback(): void {
    for (const c of this.#controllers) c.hostDisconnected?.();
  }

  attributeChangedCallback(attr: string, _old: string | null, value: string | null): void {
    const meta = Base.#meta(this.constructor as typeof Base);
    const name = meta.attrs.get(attr)!;
    if (this.#toAttribute === name) return;
    const type = meta.props.get(name)!.type;
    this.#fromAttribute = name;
    (this as Values)[name] =
      type === Number ? (value === null ? null : Number(value)) : type === Boolean ? value !== null : value;
    this.#fromAttribute = undefined;
  }

  addController(controller: Controller): void {
    this.#controllers.add(controller);
    if (this.renderRoot && this.isConnected) controller.hostConnected?.();
  }

  /** Schedules an update (at the next microtask; one for any number of calls); with `name`, records its change. */
  requestUpdate(name?: string, old?: unknown): void {
    if (name !== undefined) {
      const value = (this as Values)[name];
      // NaN to NaN is no change.
      if (Object.is(old, value)) return;
      if (!this.#changed.has(name)) this.#changed.set(name, old);
      if (Base.#meta(this.constructor as typeof Base).props.get(name)?.reflect && this.#fromAttribute !== name)
        this.#reflecting.add(name);
    }
    if (!this.#pending) {
      this.#pending = true;
      this.#done = this.#enqueue(this.#done);
    }
  }

  /** Resolves when the update under way (if any) has rendered: `true` unless another one is pending. */
  get updateComplete(): Promise<boolean> {
    return this.#done;
  }

  async #enqueue(previous: Promise<boolean>): Promise<boolean> {
    await previous;
    try {
      this.#update();
    } catch (e) {
      // A template that throws is logged; nothing is thrown into the page, updateComplete still
      // resolves, and the next update renders again.
      console.error(e);
    }
    return !this.#pending;
  }

  #update(): void {
    if (!this.#pending) return;
    if (this.#saved) {
      for (const [name, value] of this.#saved) (this as Values)[name] = value;
      this.#saved = undefined;
    }
    const changed = this.#changed;
    let template: unknown;
    try {
      this.willUpdate(changed);
      template = this.render();
      const { props } = Base.#meta(this.constructor as typeof Base);
      for (const name of this.#reflecting) {
        // Reflected properties are strings, numbers or booleans.
        const value = (this as Values)[name] as string | number | boolean | null | undefined;
        const attr = attrName(name, props.get(name)!);
        this.#toAttribute = name;
        if (value == null || value === false) this.removeAttribute(attr);
        else this.setAttribute(attr, value === true ? '' : String(value));
      }
    } finally {
      this.#toAttribute = undefined;
      this.#reflecting.clear();
      this.#changed = new Map();
      this.#pending = false;
    }
    // (lit-html keeps the options of the first render.)
    render(template, this.renderRoot!, { host: this });
    this.updated(changed);
  }

  /** @internal Before rendering: derive state from the changed properties (a change here renders in this update). */
  protected willUpdate(_changed: PropertyValues): void {}

  /** @internal The template. */
  protected abstract render(): unknown;

  /** @internal After rendering. */
  protected updated(_changed: PropertyValues): void {}
}
