// Every widget in every state it can be in — loading, listed, empty, error, detail open —
// passes axe-core's WCAG 2.2 A/AA rules in Finnish, Swedish and English, with the
// accessibility feedback link in place.
import { expect } from '@open-wc/testing';
import { KINDS, closeDetail, mountWidget, openDetail, releaseHeld, serveFeeds, type State } from './mount.js';
import { expectAccessible } from '../support/widgets.js';
import { AXE, criteria } from '../support/criteria.js';

const FEEDBACK = 'https://kunta.example/saavutettavuus/palaute';
const REPORT = {
  fi: 'Ilmoita saavutettavuusongelmasta',
  sv: 'Rapportera ett tillgänglighetsproblem',
  en: 'Report an accessibility problem',
};

before(serveFeeds);
afterEach(releaseHeld);

describe(`every state of every widget under axe ${AXE}`, () => {
  for (const kind of KINDS) {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      it(`kumppani-${kind} in ${lang}: loading, listed, detail, empty and error`, async () => {
        for (const state of ['loading', 'ready', 'empty', 'error'] as State[]) {
          const el = await mountWidget(kind, state, lang, { 'feedback-url': FEEDBACK });
          await expectAccessible(el, `${kind} ${state} ${lang}`);
          if (state === 'ready') {
            await openDetail(el);
            await expectAccessible(el, `${kind} detail ${lang}`);
            await closeDetail(el);
          }
          releaseHeld();
        }
      });
    }
  }
});

describe(`the accessibility feedback link ${criteria('feedback-channel', '3.2.6')}`, () => {
  for (const kind of KINDS) {
    it(`kumppani-${kind} names it in the resident's language in every state`, async () => {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        for (const state of ['loading', 'ready', 'error'] as State[]) {
          const el = await mountWidget(kind, state, lang, { 'feedback-url': FEEDBACK });
          const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="attribution"] a.feedback');
          expect(link, `${kind} ${state} ${lang}`).to.not.equal(null);
          expect(link!.href).to.equal(FEEDBACK);
          expect(link!.textContent!.trim()).to.equal(REPORT[lang]);
          releaseHeld();
        }
      }
      const mail = await mountWidget(kind, 'ready', 'fi', { 'feedback-url': 'mailto:saavutettavuus@kunta.example' });
      expect(mail.shadowRoot!.querySelector<HTMLAnchorElement>('a.feedback')!.href).to.equal(
        'mailto:saavutettavuus@kunta.example',
      );
      // A script address or no address gives no link at all.
      for (const attributes of [{ 'feedback-url': 'javascript:alert(1)' }, {}] as Record<string, string>[]) {
        const without = await mountWidget(kind, 'ready', 'fi', attributes);
        expect(without.shadowRoot!.querySelector('a.feedback')).to.equal(null);
        expect(without.shadowRoot!.querySelector('[part="attribution"]')!.textContent).to.not.contain(REPORT.fi);
      }
    });
  }
});
