import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { validateReport } from '../../src/data/validate.js';
import { ReportError } from '../../src/data/types.js';
import { damage, damages } from './fixtures/invalid-reports.js';

type SchemaResult = { valid: boolean; path?: string; message?: string };
/** The first error the JSON Schema finds, or null. */
const schema = async (json: unknown) => {
  const r = await executeServerCommand<SchemaResult, unknown>('validate-schema', json);
  return r!.valid ? null : r!;
};

const report = await (await fetch('/data/datakultur.json')).json();

function runtimePath(json: unknown): string | null {
  try {
    validateReport(json);
    return null;
  } catch (e) {
    expect(e).to.be.instanceOf(ReportError);
    expect((e as ReportError).code).to.equal('invalid');
    return (e as ReportError).info.path as string;
  }
}

describe('report validation: JSON Schema and runtime agree', () => {
  it('accept data/datakultur.json', async () => {
    expect(await schema(report)).to.equal(null);
    expect(runtimePath(report)).to.equal(null);
  });

  it('accept unknown extra fields anywhere and a quote without an author', async () => {
    const newer = structuredClone(report);
    newer.futureField = { x: 1 };
    newer.stats[0].footnote = 'ny';
    newer.questions[1].answers[0].colour = '#000';
    delete newer.quotes[0].author;
    expect(await schema(newer)).to.equal(null);
    expect(runtimePath(newer)).to.equal(null);
  });

  for (const d of damages) {
    it(`name ${d.expect || '(root)'} when ${d.name}`, async () => {
      const bad = damage(report, d);
      expect(runtimePath(bad), 'runtime').to.equal(d.expect);
      const s = await schema(bad);
      if (d.runtimeOnly) expect(s, 'schema cannot express this rule').to.equal(null);
      else expect(s?.path, `schema: ${s?.message}`).to.equal(d.expect);
    });
  }

  it('words the problem for a developer', () => {
    expect(() =>
      validateReport(
        damage(
          report,
          damages.find((d) => d.name === 'stat value a string')!,
        ),
      ),
    ).to.throw('stats[1].value: expected a number');
  });

  it('does not let __proto__ in the JSON reach Object.prototype', () => {
    const json = JSON.parse(JSON.stringify(report).replace('{', '{"__proto__":{"polluted":1},'));
    validateReport(json);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
