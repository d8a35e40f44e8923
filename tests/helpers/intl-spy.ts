/**
 * Records every use of Intl.NumberFormat (a construction, or a read of `format`) until `restore()`:
 * number formatting through Intl costs a page ICU's one-time set-up, which the widgets avoid.
 */
export function spyNumberFormat(): { used: string[]; restore: () => void } {
  const Real = Intl.NumberFormat;
  const proto = Real.prototype;
  const format = Object.getOwnPropertyDescriptor(proto, 'format')!;
  const used: string[] = [];
  Intl.NumberFormat = new Proxy(Real, {
    construct(target, args: [string, Intl.NumberFormatOptions]) {
      used.push(`new Intl.NumberFormat(${JSON.stringify(args)})`);
      return new target(...args);
    },
  });
  Object.defineProperty(proto, 'format', {
    ...format,
    get(this: Intl.NumberFormat) {
      used.push('format');
      return format.get!.call(this) as unknown;
    },
  });
  return {
    used,
    restore: () => {
      Intl.NumberFormat = Real;
      Object.defineProperty(proto, 'format', format);
    },
  };
}
