// A stand-in for @types/react 19 with only what the JSX check needs, in its shape: the JSX
// namespace inside React, and react/jsx-runtime re-exporting it.
export = React;
export as namespace React;
declare namespace React {
  type ReactNode = string | number | boolean | null | undefined | JSX.Element | Iterable<ReactNode>;
  interface HTMLAttributes<T> {
    className?: string;
    id?: string;
    style?: Record<string, string | number>;
    children?: ReactNode;
    onClick?: (e: { currentTarget: T }) => void;
  }
  function useRef<T>(initial: T | null): { current: T | null };
  namespace JSX {
    interface Element {
      type: unknown;
      props: unknown;
      key: string | null;
    }
    interface ElementChildrenAttribute {
      children: {};
    }
    interface IntrinsicAttributes {
      key?: string | number | bigint | null;
    }
    interface IntrinsicElements {
      div: HTMLAttributes<HTMLDivElement>;
      p: HTMLAttributes<HTMLParagraphElement>;
    }
  }
}
