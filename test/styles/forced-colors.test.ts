// Every theme preset passes axe; and under Windows high contrast (forced colours, emulated
// through the DevTools protocol) it takes the system's colours, and what shows a boundary or
// a state (cards, buttons, the disclosure marker) stays drawn.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
import { http } from 'msw/core/http';
import '../../src/elements/directory/define.js';
import { PRESETS } from '../../src/styles/presets.js';
import { mockFeeds, json } from '../support/msw.js';
import { FEED, envelope, associations } from '../support/feed.js';
import { settled, $, expectAccessible } from '../support/widgets.js';

const forcedColors = (active: boolean) => executeServerCommand('look-forced-colors', { active });

/** What the system colours compute to here, from elements of the page itself. */
function systemColours() {
  const probe = document.createElement('div');
  document.body.append(probe);
  const read = (css: string, property: 'color' | 'backgroundColor') => {
    probe.setAttribute('style', `forced-color-adjust: none; ${css}`);
    return getComputedStyle(probe)[property];
  };
  const colours = {
    canvas: read('background: Canvas', 'backgroundColor'),
    canvasText: read('color: CanvasText', 'color'),
    linkText: read('color: LinkText', 'color'),
  };
  probe.remove();
  return colours;
}

let counter = 0;

before(() =>
  mockFeeds(
    http.get(FEED, () => json(envelope(associations))),
    http.get('https://yhdistykset.example/taxonomy.json', () => new Response(null, { status: 404 })),
  ),
);

afterEach(() => forcedColors(false));

describe('forced colours (Windows high contrast)', () => {
  for (const preset of PRESETS) {
    it(`theme="${preset.theme}" passes axe, and under forced colours takes the system colours and keeps its boundaries`, async () => {
      counter += 1;
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
      const el = document.createElement('kumppani-directory');
      el.setAttribute('feed', `${FEED}?forced=${counter}`);
      el.setAttribute('theme', preset.theme);
      el.setAttribute('page-size', '2');
      wrapper.append(el);
      await settled(el);
      // Without forced colours first: the preset passes axe with its filters open and its detail.
      ($(el, 'details') as HTMLDetailsElement).open = true;
      await expectAccessible(el, `${preset.theme}, filters open`);
      $(el, '#open-0').click();
      await el.updateComplete;
      await expectAccessible(el, `${preset.theme}, detail`);
      ($(el, '[part="detail-close"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const accent = getComputedStyle($(el, '.card-button')).color;
      await forcedColors(true);
      expect(matchMedia('(forced-colors: active)').matches, 'the emulation is on').to.equal(true);
      const system = systemColours();
      // The preset's accent gives way to the system's link colour (it differed before).
      expect(accent).to.not.equal(system.linkText);
      expect(getComputedStyle($(el, '.card-button')).color).to.equal(system.linkText);
      const host = getComputedStyle(el);
      expect(host.color).to.equal(system.canvasText);
      if (preset.scheme === 'dark') expect(host.backgroundColor).to.equal(system.canvas);
      const card = getComputedStyle($(el, '.card'));
      expect(card.borderTopStyle).to.equal('solid');
      expect(card.borderTopColor).to.equal(system.canvasText);
      const button = getComputedStyle($(el, '.more'));
      expect(button.borderTopStyle).to.equal('solid');
      expect(button.borderTopColor).to.not.equal(system.canvas);
      const marker = getComputedStyle($(el, 'summary'), '::before');
      expect(marker.borderBottomStyle).to.equal('solid');
      // Drawn in the summary's own text colour, whatever the system makes it.
      expect(marker.borderBottomColor).to.equal(getComputedStyle($(el, 'summary')).color);
      expect(marker.borderBottomColor).to.not.equal(system.canvas);
    });
  }
});
