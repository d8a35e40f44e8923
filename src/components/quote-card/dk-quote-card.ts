import { define } from '../../internal/define.js';
import { QuoteCard } from './quote-card.js';

export { QuoteCard };
export type { DkErrorDetail, WidgetState } from '../../internal/dk-element.js';

define('dk-quote-card', QuoteCard);

declare global {
  interface HTMLElementTagNameMap {
    'dk-quote-card': QuoteCard;
  }
}
