// For the pages that load their own copy of the built bundle (/copy-…/datakultur-widgets.js) and
// so cannot use helpers.ts, which defines the elements from src/.
import { create, settle, stage } from './record.js';
import type { Mounted } from './record.js';

/** `tag` with `attrs`, in a container of language `lang`, settled (at most `bound` ms). */
export async function failing(
  tag: string,
  attrs: Record<string, string>,
  lang: string,
  bound = 5000,
): Promise<Mounted & { div: HTMLDivElement }> {
  const m = create(tag, attrs);
  const div = stage(lang);
  div.append(m.el);
  await settle(m.el, bound);
  return { ...m, div };
}
