import { expect } from '@open-wc/testing';
import { html } from 'lit/html.js';
import { Base, css } from '../../src/internal/base.js';
import type { Controller, PropertyDeclarations, PropertyValues, StylesGroup } from '../../src/internal/base.js';

// The element base (src/internal/base.ts) on its own, with test elements of its own: what the
// widgets rely on from it, where Lit's LitElement used to be.

let n = 0;
/** A fresh tag for every element class: a class can be defined once. */
const tag = () => `x-base-${++n}`;

const red = css`
  p {
    color: rgb(255, 0, 0);
  }
`;
const bold = css`
  p {
    font-weight: 700;
  }
`;

class Probe extends Base {
  static override properties: PropertyDeclarations = {
    label: { reflect: true },
    count: { type: Number },
    wide: { type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
    secret: { attribute: false },
    _inner: { state: true },
  };
  static override styles: StylesGroup = red;

  label?: string;
  count = 1;
  wide = false;
  headingLevel = 3;
  secret?: unknown;
  _inner = 0;

  renders = 0;
  changes: PropertyValues[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    this.changes.push(new Map(changed));
  }

  protected override render() {
    this.renders++;
    return html`<p>${this.label ?? ''}|${this.count}|${this.wide}|${this.headingLevel}|${this._inner}</p>`;
  }
}

function define<T extends CustomElementConstructor>(cls: T): string {
  const name = tag();
  customElements.define(name, class extends cls {});
  return name;
}

const text = (el: Element) => el.shadowRoot?.querySelector('p')?.textContent;
const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('Base: the element base', () => {
  const made: Element[] = [];
  const make = <T extends Element = Probe>(name: string, connect = true): T => {
    const el = document.createElement(name) as unknown as T;
    made.push(el);
    if (connect) document.body.append(el);
    return el;
  };
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  it('does not update before it is connected, then renders once with the values set meanwhile', async () => {
    const el = make<Probe>(define(Probe), false);
    el.label = 'a';
    el.count = 7;
    await tick();
    expect(el.renders).to.equal(0);
    expect(el.shadowRoot).to.equal(null);
    document.body.append(el);
    await el.updateComplete;
    expect(el.renders).to.equal(1);
    expect(text(el)).to.equal('a|7|false|3|0');
  });

  it('batches the properties set in one task into one update, with each one’s first old value', async () => {
    const el = make<Probe>(define(Probe));
    await el.updateComplete;
    el.changes = [];
    el.count = 2;
    el.count = 3;
    el.label = 'x';
    expect(el.renders).to.equal(1);
    await el.updateComplete;
    expect(el.renders).to.equal(2);
    expect(el.changes).to.have.length(1);
    expect([...el.changes[0]!]).to.deep.equal([
      ['count', 1],
      ['label', undefined],
    ]);
    expect(text(el)).to.equal('x|3|false|3|0');
  });

  it('does not update for a value set again, or NaN for NaN', async () => {
    const el = make<Probe>(define(Probe));
    el.count = NaN;
    el.label = 'same';
    await el.updateComplete;
    const renders = el.renders;
    el.count = NaN;
    el.label = 'same';
    await el.updateComplete;
    await tick();
    expect(el.renders).to.equal(renders);
  });

  it('turns attributes into properties: strings, numbers, booleans, a named attribute; none for attribute: false or state', async () => {
    const name = define(Probe);
    expect(
      (customElements.get(name) as unknown as { observedAttributes: string[] }).observedAttributes,
    ).to.have.members(['label', 'count', 'wide', 'heading-level']);
    const el = make<Probe>(name);
    el.setAttribute('count', '42');
    el.setAttribute('heading-level', '2');
    el.setAttribute('wide', '');
    el.setAttribute('secret', 'no');
    await el.updateComplete;
    expect(el.count).to.equal(42);
    expect(el.headingLevel).to.equal(2);
    expect(el.wide).to.equal(true);
    expect(el.secret).to.equal(undefined);
    expect(text(el)).to.equal('|42|true|2|0');
    el.removeAttribute('count');
    el.removeAttribute('wide');
    await el.updateComplete;
    expect(el.count).to.equal(null);
    expect(el.wide).to.equal(false);
  });

  it('reflects a reflected property to its attribute after the update, and removes it for null', async () => {
    const el = make<Probe>(define(Probe));
    el.label = 'hello';
    expect(el.getAttribute('label')).to.equal(null);
    await el.updateComplete;
    expect(el.getAttribute('label')).to.equal('hello');
    el.label = undefined;
    await el.updateComplete;
    expect(el.hasAttribute('label')).to.equal(false);
    // Not reflected: count.
    el.count = 5;
    await el.updateComplete;
    expect(el.hasAttribute('count')).to.equal(false);
  });

  it('an attribute that sets a reflected property is not written back, and updates once', async () => {
    const el = make<Probe>(define(Probe));
    await el.updateComplete;
    const renders = el.renders;
    const writes: string[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => writes.push(String(r.attributeName))));
    observer.observe(el, { attributes: true });
    el.setAttribute('label', 'from-html');
    await el.updateComplete;
    await tick();
    observer.disconnect();
    expect(el.label).to.equal('from-html');
    expect(writes).to.deep.equal(['label']);
    expect(el.renders).to.equal(renders + 1);
  });

  it('a reflected property set to undefined stays undefined when its attribute is removed for it', async () => {
    const el = make<Probe>(define(Probe));
    el.setAttribute('label', 'from-html');
    await el.updateComplete;
    el.label = undefined;
    await el.updateComplete;
    expect(el.hasAttribute('label')).to.equal(false);
    // Not null: the attribute's removal was the reflection, not a new value.
    expect(el.label).to.equal(undefined);
    const renders = el.renders;
    el.count = 2;
    await el.updateComplete;
    expect([...el.changes.at(-1)!.keys()]).to.deep.equal(['count']);
    expect(el.renders).to.equal(renders + 1);
  });

  it('its properties can be read on the prototype (tools do) without throwing', () => {
    define(Probe);
    expect((Probe.prototype as unknown as Record<string, unknown>).label).to.equal(undefined);
  });

  it('an attribute set while its property waits to be reflected still wins', async () => {
    const el = make<Probe>(define(Probe));
    el.label = 'property';
    el.setAttribute('label', 'attribute');
    await el.updateComplete;
    expect(el.label).to.equal('attribute');
    expect(el.getAttribute('label')).to.equal('attribute');
  });

  it('keeps properties set on the element before its class was defined, over the class’s defaults', async () => {
    const name = tag();
    const el = make<Probe & { count: number; secret: unknown }>(name);
    el.count = 9;
    el.secret = { kept: true };
    customElements.define(name, class extends Probe {});
    expect(el).to.be.instanceOf(Probe);
    await el.updateComplete;
    expect(el.count).to.equal(9);
    expect(el.secret).to.deep.equal({ kept: true });
    expect(Object.hasOwn(el, 'count')).to.equal(false);
    expect(text(el)).to.equal('|9|false|3|0');
    // And it is reactive again: the accessor, not a plain own property.
    el.count = 10;
    await el.updateComplete;
    expect(text(el)).to.equal('|10|false|3|0');
  });

  it('updateComplete resolves once the update is on the page; a change in updated() updates again', async () => {
    class Twice extends Probe {
      protected override updated(changed: PropertyValues): void {
        if (changed.has('count') && this.count === 1) this._inner = 5;
      }
    }
    const el = make<Twice>(define(Twice));
    expect(await el.updateComplete).to.equal(false); // another update is pending
    expect(text(el)).to.equal('|1|false|3|0');
    expect(await el.updateComplete).to.equal(true);
    expect(text(el)).to.equal('|1|false|3|5');
  });

  it('a change made in willUpdate renders in the same update', async () => {
    class Derive extends Probe {
      protected override willUpdate(changed: PropertyValues): void {
        super.willUpdate(changed);
        if (changed.has('count')) this._inner = this.count * 2;
      }
    }
    const el = make<Derive>(define(Derive));
    await el.updateComplete;
    el.count = 4;
    await el.updateComplete;
    await tick();
    expect(text(el)).to.equal('|4|false|3|8');
    expect(el.renders).to.equal(2);
  });

  it('adopts one shared style sheet per css`…`, the base’s first, each once', async () => {
    class More extends Probe {
      static override styles = [Probe.styles!, [bold, red]];
    }
    const a = make(define(More));
    const b = make(define(More));
    await Promise.all([(a as Probe).updateComplete, (b as Probe).updateComplete]);
    const sheets = a.shadowRoot!.adoptedStyleSheets;
    expect(sheets).to.have.length(2);
    expect(sheets[0]).to.equal(red.styleSheet);
    expect(sheets[1]).to.equal(bold.styleSheet);
    expect(b.shadowRoot!.adoptedStyleSheets[0]).to.equal(sheets[0]);
    const p = a.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(p).color).to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(p).fontWeight).to.equal('700');
  });

  it('tells controllers of connections and disconnections; one added while connected hears at once', () => {
    const calls: string[] = [];
    const controller = (id: string): Controller => ({
      hostConnected: () => calls.push(`${id}+`),
      hostDisconnected: () => calls.push(`${id}-`),
    });
    const el = make<Probe>(define(Probe), false);
    el.addController(controller('a'));
    expect(calls).to.deep.equal([]);
    document.body.append(el);
    el.addController(controller('b'));
    el.remove();
    document.body.append(el);
    expect(calls).to.deep.equal(['a+', 'b+', 'a-', 'b-', 'a+', 'b+']);
  });

  it('a render that throws is logged, throws nothing into the page, and the next update still renders', async () => {
    class Fragile extends Probe {
      protected override render() {
        if (this.count === 13) throw new Error('unlucky');
        return super.render();
      }
    }
    const el = make<Fragile>(define(Fragile));
    await el.updateComplete;
    const logged: unknown[] = [];
    const thrown: unknown[] = [];
    const error = console.error;
    const onError = (e: ErrorEvent) => thrown.push(e.error);
    const onRejection = (e: PromiseRejectionEvent) => thrown.push(e.reason);
    console.error = (...args: unknown[]) => void logged.push(args[0]);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    try {
      el.count = 13;
      expect(await el.updateComplete).to.equal(true);
      await tick();
      expect(text(el)).to.equal('|1|false|3|0');
      el.count = 14;
      await el.updateComplete;
      await tick();
    } finally {
      console.error = error;
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    }
    expect(text(el)).to.equal('|14|false|3|0');
    expect(logged).to.have.length(1);
    expect(String(logged[0])).to.contain('unlucky');
    expect(thrown).to.deep.equal([]);
  });
});
