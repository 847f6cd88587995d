// The Custom Elements Manifest that editors and wrapper generators read names every element with
// exactly the attributes, events, parts and custom properties the README promises webmasters.
import { expect } from '@open-wc/testing';

interface Named {
  name: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const ELEMENTS = ['directory', 'events', 'volunteering', 'card', 'premises', 'contact'];

/** The rows of the README table whose header starts with `header`: first cell (unquoted) → second cell. */
function table(readme: string, header: string): Map<string, string> {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.startsWith(header));
  expect(start, `README table "${header}"`).to.be.greaterThan(-1);
  const rows = new Map<string, string>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split(' | ').map((cell) => cell.replace(/^\|\s*|\s*\|$/g, '').trim());
    rows.set(cells[0]!.replace(/`/g, ''), cells[1] ?? '');
  }
  return rows;
}

/** The names the README lists for one element (its "elements" cell says `all` or names it). */
function namesFor(rows: Map<string, string>, element: string): string[] {
  return [...rows]
    .filter(([, elements]) => elements === 'all' || elements.split(', ').includes(element))
    .map(([name]) => name)
    .sort();
}

const names = (list: Named[] | undefined) => (list ?? []).map((entry) => entry.name).sort();

describe('the Custom Elements Manifest', () => {
  let manifest: Manifest;
  let readme: string;

  before(async () => {
    manifest = (await (await fetch('/dist/custom-elements.json')).json()) as Manifest;
    readme = await (await fetch('/README.md')).text();
  });

  function element(short: string): Declaration {
    const found = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.customElement && declaration.tagName === `kumppani-${short}`);
    expect(found, `kumppani-${short} in the manifest`).to.not.equal(undefined);
    return found!;
  }

  it('names the tag of every element', () => {
    const tags = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement)
      .map((declaration) => declaration.tagName);
    expect(tags.sort()).to.deep.equal(ELEMENTS.map((short) => `kumppani-${short}`).sort());
  });

  for (const short of ELEMENTS) {
    it(`lists exactly the README's attributes, events, parts and custom properties of kumppani-${short}`, () => {
      const declaration = element(short);
      expect(names(declaration.attributes), 'attributes').to.deep.equal(
        namesFor(table(readme, '| attribute | elements |'), short),
      );
      expect(names(declaration.events), 'events').to.deep.equal(namesFor(table(readme, '| event | elements |'), short));
      expect(names(declaration.cssParts), 'parts').to.deep.equal(namesFor(table(readme, '| part | elements |'), short));
      expect(names(declaration.cssProperties), 'custom properties').to.deep.equal(
        [...table(readme, '| custom property |').keys()].sort(),
      );
    });
  }
});
