import { expect, waitUntil } from '@open-wc/testing';

// demo/errors.html (the page `npm start` serves at /demo/errors.html): one widget per failure
// case beside good widgets. Every broken one shows a helpful message, the good ones render,
// nothing is uncaught, and markup from a data file is visible as text.

interface DemoResult {
  wrong: string[];
  uncaught: string[];
  pwned: boolean;
  errors: number;
  faults: boolean;
}

describe('the errors demo page', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  let result: DemoResult;

  before(async function () {
    this.timeout(30_000);
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1100px; height: 900px; border: 0';
    frame.src = '/demo/errors.html';
    document.body.append(frame);
    await waitUntil(
      () => (frame.contentWindow as unknown as { __errorsDemo?: DemoResult })?.__errorsDemo,
      'demo never summed up',
      {
        timeout: 28_000,
        interval: 200,
      },
    );
    doc = frame.contentDocument!;
    result = (frame.contentWindow as unknown as { __errorsDemo: DemoResult }).__errorsDemo;
  });
  after(() => frame.remove());

  it('every widget is in the state its case expects, nothing uncaught, no markup run', () => {
    expect(result.wrong).to.deep.equal([]);
    expect(result.uncaught).to.deep.equal([]);
    expect(result.pwned).to.equal(false);
    expect(result.errors).to.be.greaterThan(20);
    expect(doc.querySelector('#summary')!.getAttribute('data-ok')).to.equal('true');
  });

  it('each broken widget shows a message in the language of its part of the page', () => {
    for (const el of doc.querySelectorAll<HTMLElement>('[state=error]')) {
      const message = el.shadowRoot!.querySelector('[part~=error] p')!.textContent!.trim();
      expect(message, el.outerHTML).to.match(/\S/);
      if (el.closest('[lang]')!.getAttribute('lang') === 'en') expect(message).to.match(/^The /);
      else expect(message).to.match(/^(Data|Datafilen|Serveren|Adressen|Rapporten) /);
    }
  });

  it('the cases name what is wrong: CORS, the timeout, the path, the unknown id', () => {
    const messages = [...doc.querySelectorAll<HTMLElement>('[state=error]')].map(
      (el) => el.shadowRoot!.querySelector('[part~=error] p')!.textContent!,
    );
    const has = (re: RegExp) => {
      expect(
        messages.some((m) => re.test(m)),
        String(re),
      ).to.equal(true);
    };
    has(/CORS/);
    has(/svarede ikke inden for 3 sekunder/);
    has(/fejl 503/);
    has(/fejl 404/);
    has(/webside, ikke en datafil/);
    has(/er tom/);
    has(/feltet version er forkert/);
    has(/feltet stats\[1\]\.value er forkert/);
    has(/feltet questions\[0\]\.answers er forkert/);
    has(/feltet quotes\[1\]\.id er forkert/);
    has(/feltet stats\[2\]\.label er forkert/);
    has(/„findes-ikke“\. Mulige: responses, more-data-driven, see-potential\./);
    has(/^The data file is not a valid report: the field stats\[1\]\.value is wrong\.$/);
  });

  it('plays the slow, hanging and flaky servers with its service worker', () => {
    expect(result.faults).to.equal(true);
  });

  it('src changed mid-request: the new file wins; removed and re-added mid-request: loaded', () => {
    const switched = doc.querySelector('#switched')!;
    expect(switched.getAttribute('state')).to.equal('ready');
    expect(switched.shadowRoot!.querySelector('[part~=value]')!.textContent).to.match(/^42\s%$/);
    expect(doc.querySelector('#removed')!.getAttribute('state')).to.equal('ready');
  });

  it('"Prøv igen" on the flaky server loads the chart', async () => {
    const flaky = doc.querySelector<HTMLElement>('#flaky')!;
    expect(flaky.getAttribute('state')).to.equal('error');
    flaky.shadowRoot!.querySelector<HTMLButtonElement>('[part~=error] button')!.click();
    await waitUntil(() => flaky.getAttribute('state') === 'ready', 'retry never loaded', { timeout: 5000 });
    expect(flaky.shadowRoot!.querySelector('[part~=error]')).to.equal(null);
  });

  it('shows the markup from the data as text', () => {
    const stat = doc.querySelector('[data-damage=markup]')!;
    expect(stat.shadowRoot!.querySelector('[part~=label]')!.textContent).to.contain('<img src=x onerror=');
    expect(stat.shadowRoot!.querySelector('img, script')).to.equal(null);
  });

  it('keeps the long texts inside their 320 px column', () => {
    for (const el of doc.querySelectorAll<HTMLElement>('.narrow > *'))
      expect(el.scrollWidth, el.localName).to.be.at.most(el.clientWidth);
  });
});
