// Server command `validate-schema`: runs data/report.schema.json (JSON Schema 2020-12, ajv) in
// Node and returns `{ valid }` and the first error's path in the runtime validator's notation.
// (A command that returns null counts as unhandled in wtr.)
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const ajv = new Ajv2020({ strict: true, allErrors: false, formats: { 'uri-reference': true } });
const validate = ajv.compile(JSON.parse(readFileSync('data/report.schema.json', 'utf8')));

/** `/stats/1/value` → `stats[1].value` */
export function toPath(pointer, missing) {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (missing !== undefined) parts.push(missing);
  return parts.reduce((path, p) => (/^\d+$/.test(p) ? `${path}[${p}]` : path ? `${path}.${p}` : p), '');
}

export function schemaPlugin() {
  return {
    name: 'report-schema',
    executeCommand({ command, payload }) {
      if (command !== 'validate-schema') return undefined;
      if (validate(payload)) return { valid: true };
      const [e] = validate.errors;
      return {
        valid: false,
        path: toPath(e.instancePath, e.params.missingProperty),
        message: e.message,
        keyword: e.keyword,
      };
    },
  };
}
