// The WordPress blocks offer each element's options from blocks/elements.json: it must
// name exactly the elements kumppani-all defines, each with exactly its attributes.
import { expect } from '@open-wc/testing';
import '../../src/kumppani-all.js';
import { ownAttributes, ownElements } from '../../src/internal/define.js';

describe('WordPress blocks', () => {
  it('elements.json lists every element of kumppani-all with every attribute it declares', async () => {
    const listed = (await (await fetch('/integrations/wordpress/kumppani/blocks/elements.json')).json()) as Record<
      string,
      { title: string; icon: string; attributes: string[] }
    >;
    const declared = Object.fromEntries(
      [...ownElements.keys()].map((tag) => [tag.replace(/^kumppani-/, ''), [...ownAttributes(tag)!].sort()]),
    );
    const fromJson = Object.fromEntries(Object.entries(listed).map(([type, { attributes }]) => [type, attributes]));
    expect(fromJson).to.deep.equal(declared);
    expect(Object.keys(declared)).to.have.members([
      'card',
      'directory',
      'events',
      'volunteering',
      'premises',
      'contact',
    ]);
  });
});
