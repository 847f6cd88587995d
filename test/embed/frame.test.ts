import { expect } from '@open-wc/testing';
import { frameOptions, webAddress } from '../../src/embed/frame.js';
import { isFrameMessage } from '../../src/embed/frame-messages.js';

const declared = (tag: string) =>
  ({
    'kumppani-directory': ['feed', 'municipality', 'category', 'lang'],
    'kumppani-events': ['feed', 'days', 'lang'],
  })[tag];

describe('iframe page options', () => {
  it('takes the declared options, the language, a valid accent and a title naming the municipality', () => {
    const options = frameOptions(
      '?type=events&feed=https://yhdistykset.example/feed.json&days=30&lang=sv&accent=%237a1f5c&onclick=x&municipality=Jakobstad',
      declared,
    );
    expect(options).to.deep.equal({
      tag: 'kumppani-events',
      attributes: { lang: 'sv', feed: 'https://yhdistykset.example/feed.json', days: '30' },
      lang: 'sv',
      accent: '#7a1f5c',
      title: 'Föreningarnas evenemang – Jakobstad',
      problem: undefined,
    });
  });

  it('never shows a code as the municipality’s name; another language falls back as the widgets’ does', () => {
    const options = frameOptions('?feed=https://a.example/f.json&municipality=244,Kempele&lang=fi', declared);
    expect(options.title).to.equal('Yhdistykset – Kempele');
    const lang = (query: string) => frameOptions(`?feed=https://a.example/f.json${query}`, declared).lang;
    expect([lang('&lang=xx'), lang('&lang=se'), lang(''), lang('&lang=sv-FI')]).to.deep.equal(['en', 'fi', 'fi', 'sv']);
    const title = (query: string) => frameOptions(`?feed=https://a.example/f.json&${query}`, declared).title;
    // A code names the municipality in the page's language; a name in the other language too.
    expect(title('municipality=91,598')).to.equal('Yhdistykset – Helsinki, Pietarsaari');
    expect(title('municipality=091,Pietarsaari&lang=sv')).to.equal('Föreningar – Helsingfors, Jakobstad');
    // A code of no municipality is left out; a name the table does not know is shown as given.
    expect(title('municipality=999,Anár')).to.equal('Yhdistykset – Anár');
    expect(title('municipality=999')).to.equal('Yhdistykset');
  });

  it('names the spaces and the contact for associations', () => {
    const own = (tag: string) => (tag === 'kumppani-premises' || tag === 'kumppani-contact' ? ['feed'] : undefined);
    const feed = '&feed=https://a.example/f.json&municipality=Liminka';
    expect(frameOptions(`?type=premises${feed}&lang=sv`, own).title).to.equal('Lokaler för föreningar – Limingo');
    expect(frameOptions(`?type=contact${feed}`, own).title).to.equal('Kunnan yhteyshenkilö yhdistyksille – Liminka');
  });

  it('refuses a feed that is not an absolute http(s) address', () => {
    for (const feed of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:application/json,{}',
      'file:///etc/passwd',
      '//evil.example/feed.json',
      '/feed.json',
      '',
    ]) {
      const options = frameOptions(`?feed=${encodeURIComponent(feed)}`, declared);
      expect(options.problem, feed).to.equal('Syötteen osoitteen on alettava https://');
      expect(options.attributes, feed).to.deep.equal({});
    }
    expect(webAddress('http://127.0.0.1:8080/feed.json')).to.equal('http://127.0.0.1:8080/feed.json');
  });

  it('refuses an element this file does not have, and an accent that is not a colour', () => {
    expect(frameOptions('?type=foreign&feed=https://a.example/f.json&lang=en', declared).problem).to.equal(
      'Unknown view',
    );
    expect(frameOptions('?type=kumppani-directory&feed=https://a.example/f.json', declared).problem).to.equal(
      'Tuntematon näkymä',
    );
    expect(frameOptions('?feed=https://a.example/f.json&accent=red;}body{x:y', declared).accent).to.equal(undefined);
  });

  it('recognises only its own messages', () => {
    expect(isFrameMessage({ kumppani: 'frame-height', height: 5 }, 'frame-height')).to.equal(true);
    for (const data of [null, 'frame-height', { kumppani: 'frame-hello' }, { type: 'frame-height' }]) {
      expect(isFrameMessage(data, 'frame-height'), JSON.stringify(data)).to.equal(false);
    }
  });
});
