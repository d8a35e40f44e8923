import type { HTMLAttributes } from 'react';
import type { DkIntrinsicElements } from 'datakultur-widgets';
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends DkIntrinsicElements<HTMLAttributes<HTMLElement>> {}
  }
}
