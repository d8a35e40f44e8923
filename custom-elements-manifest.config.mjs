// Read by `cem analyze` (`npm run analyze`, scripts/check-manifest.mjs) from the repository root.
//
// What the analyzer cannot see by itself in this code base:
// - the elements are registered through `define()` from src/internal/define.ts (safe when the
//   bundle is loaded twice), not `customElements.define()`, so it finds no tag names;
// - `src`, `report`, `timeout`, `theme` and `state` live on the shared base class
//   src/internal/dk-element.ts, and the charts' `question` and `heading-level` on
//   src/charts/dk-chart.ts, outside package.json's `--globs`, so they would not be inherited;
// - `this.dispatchEvent(new CustomEvent(type, …))` in the base class is reported as an event
//   named "type".
// - the order of the modules changes from run to run.
// It already drops members marked `@internal`; private and protected members go too.

/** `define('dk-x', X)` calls, by the module they are in. */
const definitions = [];

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function datakulturPlugin() {
  return {
    name: 'datakultur-widgets',
    analyzePhase({ ts, node, moduleDoc }) {
      // define('dk-headline-stat', HeadlineStat), with `define` imported from internal/define.js
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'define' &&
        node.arguments.length === 2 &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1]) &&
        importsDefine(ts, node.getSourceFile())
      ) {
        definitions.push({ module: moduleDoc.path, tag: node.arguments[0].text, className: node.arguments[1].text });
      }

      // Events dispatched under a name held in a variable are not events called that variable.
      if (ts.isClassDeclaration(node) && node.name) {
        const dynamic = new Set();
        const visit = (n) => {
          if (
            ts.isCallExpression(n) &&
            ts.isPropertyAccessExpression(n.expression) &&
            n.expression.name.text === 'dispatchEvent' &&
            n.arguments[0] &&
            ts.isNewExpression(n.arguments[0]) &&
            n.arguments[0].arguments?.[0] &&
            !ts.isStringLiteralLike(n.arguments[0].arguments[0])
          )
            dynamic.add(n.arguments[0].arguments[0].getText());
          ts.forEachChild(n, visit);
        };
        visit(node);
        const doc = moduleDoc.declarations.find((d) => d.kind === 'class' && d.name === node.name.text);
        if (doc?.events && dynamic.size)
          doc.events = doc.events.filter((e) => !(dynamic.has(e.name) && !e.description));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const def of definitions) {
        const owner = modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === def.className));
        const klass = owner?.declarations.find((d) => d.kind === 'class' && d.name === def.className);
        if (!klass) throw new Error(`define('${def.tag}', ${def.className}): class not found in the analyzed files`);
        klass.tagName = def.tag;
        klass.customElement = true;
        const mod = modules.find((m) => m.path === def.module);
        mod.exports ??= [];
        if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === def.tag))
          mod.exports.push({
            kind: 'custom-element-definition',
            name: def.tag,
            declaration: { name: def.className, module: owner.path },
          });
      }
      definitions.length = 0;
      // globby lists the files in no fixed order: sort them, so the file only changes with the source.
      modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const m of modules)
        for (const d of m.declarations ?? []) {
          if (d.kind !== 'class') continue;
          // The abstract bases (DkElement, DkChart) are no elements of their own.
          if (d.customElement && !d.tagName) delete d.customElement;
          if (d.members)
            d.members = d.members.filter(
              (x) => !x.name.startsWith('_') && x.privacy !== 'private' && x.privacy !== 'protected',
            );
          if (d.attributes) d.attributes = d.attributes.filter((a) => !a.fieldName?.startsWith('_'));
          // `lang`, the global attribute, is observed by the base element (a change re-renders the
          // widget in that language): the analyzer finds it in observedAttributes, bare.
          for (const a of d.attributes ?? [])
            if (a.name === 'lang' && !a.description) {
              a.type = { text: 'string' };
              a.description =
                "Language of the widget's own words and number formats: `da` (default) or `en`. Unset: the nearest ancestor's `lang`, then `<html>`'s. A change after rendering re-renders the widget.";
            }
        }
    },
  };
}

/** Whether the file imports `define` from …/internal/define.js. */
function importsDefine(ts, sourceFile) {
  return sourceFile.statements.some(
    (s) =>
      ts.isImportDeclaration(s) &&
      /\/internal\/define\.js$/.test(s.moduleSpecifier.text) &&
      s.importClause?.namedBindings &&
      ts.isNamedImports(s.importClause.namedBindings) &&
      s.importClause.namedBindings.elements.some((e) => e.name.text === 'define' && !e.propertyName),
  );
}

export default {
  // Leave package.json alone: its "customElements" is set by hand. (cem otherwise rewrites it,
  // e.g. to the temporary --outdir of scripts/check-manifest.mjs.)
  packagejson: false,
  // The shared base classes, so that their attributes and properties are inherited.
  globs: ['src/internal/dk-element.ts', 'src/charts/dk-chart.ts'],
  plugins: [datakulturPlugin()],
};
