import { expect } from '@open-wc/testing';
import {
  accentCss,
  attributesOf,
  contrastRatio,
  divSnippet,
  elementSnippet,
  fills,
  iframeSnippet,
  shortcodeSnippet,
  type Choices,
} from '../demo/configure-snippets.js';

const base: Choices = {
  type: 'directory',
  feed: 'https://yhdistykset.example/feed.json?a=1&b="2"<x>',
  format: '',
  municipality: ['244', '091'],
  category: [],
  targetGroup: ['children'],
  lang: 'sv',
  theme: '',
  accent: '#005a9c',
  association: 'yt:1',
};

describe('configurator snippets', () => {
  it('name a real source and the file that carries its adapter', () => {
    const ptv: Choices = {
      ...base,
      feed: 'https://api.palvelutietovaranto.suomi.fi/api/v11/',
      format: 'ptv',
      targetGroup: [],
    };
    expect(elementSnippet(ptv, 'https://cdn.example/k/', {})).to.equal(
      '<script type="module" src="https://cdn.example/k/kumppani.js"></script>\n' +
        '<kumppani-directory feed="https://api.palvelutietovaranto.suomi.fi/api/v11/" format="ptv" municipality="244,091" lang="sv"></kumppani-directory>',
    );
    expect(elementSnippet({ ...ptv, type: 'card' }, 'https://cdn.example/k/', {})).to.contain('/kumppani-all.js"');
    expect(shortcodeSnippet({ ...ptv, type: 'events', format: 'linkedevents' })).to.contain(' format="linkedevents" ');
  });

  it('escape what a typed feed address may hold, in every snippet', () => {
    const escaped = 'https://yhdistykset.example/feed.json?a=1&amp;b=&quot;2&quot;&lt;x&gt;';
    expect(elementSnippet(base, 'https://cdn.example/k/', { 'kumppani.js': 'sha384-abc' })).to.equal(
      '<script type="module" src="https://cdn.example/k/kumppani.js" integrity="sha384-abc" crossorigin="anonymous"></script>\n' +
        `<kumppani-directory feed="${escaped}" municipality="244,091" target-group="children" lang="sv"></kumppani-directory>`,
    );
    expect(divSnippet(base)).to.equal(
      `<div data-kumppani="directory" data-feed="${escaped}" data-municipality="244,091" data-target-group="children" data-lang="sv"></div>`,
    );
    const frame = new DOMParser()
      .parseFromString(iframeSnippet(base, 'https://cdn.example/k/', {}, 'Föreningar "x"'), 'text/html')
      .querySelector('iframe')!;
    expect(frame.title).to.equal('Föreningar "x"');
    expect(new URL(frame.src).searchParams.get('feed')).to.equal(base.feed);
    expect(shortcodeSnippet(base)).to.equal(
      '[kumppani type="directory" feed="https://yhdistykset.example/feed.json?a=1&b=2<x>" municipality="244,091" target-group="children" lang="sv"]',
    );
  });

  it('give the card its association, leave target groups off tasks, and add CSS only for another accent', () => {
    const names = (type: Choices['type']) =>
      attributesOf({ ...base, type, category: ['sports'] }).map(([name]) => name);
    // Each widget gets only the attributes it has: the card and the spaces no categories, and
    // target groups only the directory and the events.
    expect(names('card')).to.deep.equal(['feed', 'association', 'municipality', 'lang']);
    expect(names('volunteering')).to.deep.equal(['feed', 'municipality', 'category', 'lang']);
    expect(names('premises')).to.deep.equal(['feed', 'municipality', 'lang']);
    expect(names('contact')).to.deep.equal(['feed', 'municipality', 'category', 'lang']);
    expect(names('events')).to.deep.equal(['feed', 'municipality', 'category', 'target-group', 'lang']);
    expect(accentCss(base)).to.equal('');
    expect(accentCss({ ...base, type: 'events', accent: '#7a1f5c' })).to.equal(
      'kumppani-events { --kumppani-color-accent: #7a1f5c; }',
    );
  });

  it('pair each source only with the widgets it can fill', () => {
    const types: Choices['type'][] = ['directory', 'events', 'volunteering', 'card', 'premises', 'contact'];
    const filled = (format: Choices['format']) => types.filter((type) => fills(format, type));
    expect(filled('')).to.deep.equal(types);
    expect(filled('linkedevents')).to.deep.equal(['events', 'volunteering', 'card']);
    expect(filled('ptv')).to.deep.equal(['directory', 'card']);
    expect(filled('lipas')).to.deep.equal(['premises']);
  });

  it('carry a chosen theme in every snippet', () => {
    const themed: Choices = { ...base, theme: 'hds auto' };
    expect(attributesOf(themed)).to.deep.include(['theme', 'hds auto']);
    expect(elementSnippet(themed, 'https://cdn.example/k/', {})).to.contain(' theme="hds auto"');
    expect(divSnippet(themed)).to.contain(' data-theme="hds auto"');
    expect(iframeSnippet(themed, 'https://cdn.example/k/', {}, 't')).to.contain('theme=hds+auto');
    expect(shortcodeSnippet(themed)).to.contain(' theme="hds auto"');
    expect(attributesOf(base).map(([name]) => name)).not.to.include('theme');
  });

  it('measure contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#ffffff', '#ffffff')).to.equal(1);
    // #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).to.be.within(4.5, 4.6);
    expect(contrastRatio('#777777', '#ffffff')).to.be.below(4.5);
  });
});
