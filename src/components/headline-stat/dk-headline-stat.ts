import { define } from '../../internal/define.js';
import { HeadlineStat } from './headline-stat.js';

export { HeadlineStat };
export type { DkErrorDetail, WidgetState } from '../../internal/dk-element.js';

define('dk-headline-stat', HeadlineStat);

declare global {
  interface HTMLElementTagNameMap {
    'dk-headline-stat': HeadlineStat;
  }
}
