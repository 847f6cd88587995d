import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Makes a CDN file a no-op when another kumppani file already ran on the page.
 * The whole bundle body, Lit included, is wrapped in a check of one global
 * marker, so a second copy (ES or classic, any version) neither defines
 * elements nor creates a second `lit-html` Trusted Types policy; it says so
 * once in the console. The ES file stays a module: its exports are read from
 * what the guarded body returns (nothing, in a second copy).
 */
export function bundleGuard(file: string, version: string): Plugin {
  const me = JSON.stringify(`${file} ${version}`);
  const first = 'globalThis.kumppaniBundle';
  const warn = `console.warn("kumppani: "+${first}+" is already on this page; "+${me}+" does nothing.")`;
  const check = `if(${first}){${warn};return{}}${first}=${me};`;
  return {
    name: 'kumppani-bundle-guard',
    renderChunk(code, _chunk, options) {
      // A classic script: its `var Kumppani` must stay global, so a block, not a function.
      if (options.format === 'iife') return { code: `if(${first})${warn};else{${first}=${me};\n${code}\n}`, map: null };
      const { body, exports } = splitExports(code);
      const names = exports.map(([, exported]) => exported);
      const returned = exports.map(([local, exported]) => `${exported}:${local}`).join(',');
      return {
        code: `const __kumppani=(()=>{${check}\n${body}\nreturn{${returned}}})();\nexport const{${names.join(',')}}=__kumppani;`,
        map: null,
      };
    },
  };
}

/** Takes the module's closing `export { a as B }` off its body; any other export form fails the build. */
function splitExports(code: string): { body: string; exports: Array<[string, string]> } {
  const file = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const exports: Array<[string, string]> = [];
  let body = code;
  for (const statement of [...file.statements].reverse()) {
    const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
    if (ts.isExportAssignment(statement) || modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      throw new Error('bundle guard: the chunk has an export form it cannot move');
    }
    if (!ts.isExportDeclaration(statement)) continue;
    const clause = statement.exportClause;
    if (statement.moduleSpecifier || !clause || !ts.isNamedExports(clause) || statement.isTypeOnly) {
      throw new Error('bundle guard: the chunk re-exports from another module');
    }
    for (const element of clause.elements) {
      exports.push([(element.propertyName ?? element.name).getText(file), element.name.getText(file)]);
    }
    body = body.slice(0, statement.getStart(file)) + body.slice(statement.end);
  }
  return { body, exports };
}
