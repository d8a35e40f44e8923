declare const __VERSION__: string;

/** This build's version, for telling two copies of the bundle apart. */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

let warned = false;
const VERSIONS = Symbol.for('datakultur-widgets.versions');
const registry = globalThis as unknown as Record<typeof VERSIONS, Record<string, string>>;

/**
 * Defines `tag` unless it is already defined. CMS pages often include an embed twice, from two
 * URLs or two versions; a second `customElements.define` would throw into the page. A different
 * version already in place wins; this copy warns once.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const versions = (registry[VERSIONS] ??= {});
  if (!customElements.get(tag)) {
    customElements.define(tag, ctor);
    versions[tag] = VERSION;
  } else if (versions[tag] !== VERSION && !warned) {
    warned = true;
    console.warn(`datakultur-widgets ${versions[tag] ?? '?'} is already on the page; ignoring ${VERSION}.`);
  }
}
