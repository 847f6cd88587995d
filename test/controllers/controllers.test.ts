// Each reactive controller on its own, in a small host element made for the test.
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html, type TemplateResult } from 'lit';
import { http } from 'msw/core/http';
import { LocaleController } from '../../src/controllers/locale.js';
import { FocusController } from '../../src/controllers/focus.js';
import { FeedController } from '../../src/controllers/feed.js';
import { QueryController } from '../../src/controllers/query.js';
import { DialogController } from '../../src/controllers/dialog.js';
import { LiveStatusController } from '../../src/controllers/status.js';
import { UrlStateController } from '../../src/controllers/url-state.js';
import { mockFeeds, json } from '../support/msw.js';
import { FEED, envelope, associations } from '../support/feed.js';

let hosts = 0;

/** Defines a fresh host element whose render and controllers the test supplies. */
function host(setup: (el: TestHost) => void, render: (el: TestHost) => TemplateResult = () => html``): string {
  const tag = `controller-host-${++hosts}`;
  class Host extends LitElement {
    constructor() {
      super();
      setup(this as TestHost);
    }
    protected override render(): TemplateResult {
      return render(this as TestHost);
    }
  }
  customElements.define(tag, Host);
  return tag;
}
type TestHost = LitElement & Record<string, unknown>;

async function mount(tag: string, attributes = ''): Promise<TestHost> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="sv"></div>`);
  wrapper.innerHTML = `<${tag} ${attributes}></${tag}>`;
  const el = wrapper.firstElementChild as TestHost;
  await el.updateComplete;
  return el;
}

describe('LocaleController', () => {
  it('speaks its own lang, else the closest ancestor’s, and follows changes', async () => {
    let controller!: LocaleController;
    const tag = host((el) => (controller = new LocaleController(el)));
    const el = await mount(tag);
    expect(controller.locale.lang).to.equal('sv');
    el.setAttribute('lang', 'en');
    await waitUntil(() => controller.locale.lang === 'en', 'own lang');
    el.removeAttribute('lang');
    el.parentElement!.setAttribute('lang', 'fi');
    await waitUntil(() => controller.locale.lang === 'fi', 'ancestor lang');
  });
});

describe('FeedController', () => {
  let count = 0;
  before(async () => {
    await mockFeeds(
      http.get(FEED, ({ request }) =>
        new URL(request.url).searchParams.get('fail')
          ? new Response('no', { status: 500 })
          : json(envelope([...associations, { type: 'association', id: 'broken' }])),
      ),
      http.get('https://yhdistykset.example/taxonomy.json', () => new Response(null, { status: 404 })),
    );
  });

  function feedHost(url: () => string | undefined) {
    let controller!: FeedController;
    const tag = host(
      (el) =>
        (controller = new FeedController(el, {
          url,
          serverThreshold: () => undefined,
          counts: (data) => ({ count: 1, total: data.associations.length }),
        })),
    );
    return { tag, controller: () => controller };
  }

  it('loads when connected, then reports the valid and invalid items', async () => {
    const url = `${FEED}?c=${++count}`;
    const { tag, controller } = feedHost(() => url);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement(tag);
    const loaded = oneEvent(el, 'kumppani-load');
    wrapper.append(el);
    expect(controller().state).to.equal('loading');
    const { detail } = await loaded;
    expect(controller().state).to.equal('ready');
    expect(detail.count).to.equal(1);
    expect(detail.total).to.equal(associations.length);
    expect(detail.skipped.map((item: { id: string }) => item.id)).to.deep.equal(['broken']);
  });

  it('shows an HTTP failure as an error state and event, and a later error can be recovered from', async () => {
    const url = `${FEED}?fail=1&c=${++count}`;
    const { tag, controller } = feedHost(() => url);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement(tag);
    const failed = oneEvent(el, 'kumppani-error');
    wrapper.append(el);
    expect((await failed).detail).to.include({ kind: 'http', status: 500 });
    expect(controller().state).to.equal('error');
    controller().recover();
    expect(controller().state, 'nothing to recover to without data').to.equal('error');
  });

  it('loads again when its address changes after a render, and drops an unfinished load when removed', async () => {
    let url = `${FEED}?c=${++count}`;
    const { tag, controller } = feedHost(() => url);
    const el = await mount(tag);
    await waitUntil(() => controller().state === 'ready');
    const first = controller().data;
    url = `${FEED}?c=${++count}`;
    el.requestUpdate();
    await el.updateComplete;
    expect(controller().state).to.equal('loading');
    el.remove();
    expect(controller().state, 'idle again once removed').to.equal('idle');
    expect(controller().data).to.equal(first);
  });
});

describe('QueryController', () => {
  it('commits typed words after a pause or at once on submit, and announces each change with its count', async () => {
    let query!: QueryController;
    const tag = host(
      (el) =>
        (query = new QueryController(el, {
          filterKeys: ['category'],
          sortOrders: ['relevance', 'name'],
          settled: () => Promise.resolve(),
          count: () => 7,
        })),
      () => html`<form @submit=${query.onSubmit}><input .value=${query.inputValue} @input=${query.onInput} /></form>`,
    );
    const el = await mount(tag);
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'kuoro';
    const typed = oneEvent(el, 'kumppani-change');
    input.dispatchEvent(new Event('input'));
    expect(query.query, 'not before the pause').to.equal('');
    expect((await typed).detail).to.deep.equal({ query: 'kuoro', filters: { category: [] }, count: 7 });

    const revision = query.revision;
    const filtered = oneEvent(el, 'kumppani-change');
    query.setFilter('category', 'culture', true);
    expect(query.revision).to.equal(revision + 1);
    expect((await filtered).detail.filters).to.deep.equal({ category: ['culture'] });
    expect(query.urlState()).to.deep.equal({ q: 'kuoro', category: ['culture'], sort: undefined });

    query.read({ q: 'laulu', category: 'sports,culture', sort: 'name', constructor: 'x' });
    expect([query.text, [...query.selected('category')], query.sort]).to.deep.equal([
      'laulu',
      ['sports', 'culture'],
      'name',
    ]);
    query.read({ sort: 'no-such-order' });
    expect(query.sort).to.equal('relevance');
    expect(query.selected('toString').size, 'no inherited keys').to.equal(0);
  });
});

describe('DialogController and FocusController', () => {
  it('opens the detail as a modal dialog and returns focus to its opener when closed', async () => {
    let dialog!: DialogController;
    const tag = host(
      (el) => {
        const focus = new FocusController(el);
        dialog = new DialogController(el, focus, {
          has: (id) => id === 'a',
          openerOf: () => undefined,
          fallback: () => el.shadowRoot!.querySelector('#fallback'),
        });
      },
      () =>
        html`<button id="open-a" @click=${() => dialog.open('a', 'open-a')}>A</button>
          <button id="fallback">F</button>
          ${dialog.render(
            'fi',
            () =>
              html`<h2 id="detail-heading">A</h2>
                <button part="detail-close">x</button>`,
          )}`,
    );
    const el = await mount(tag);
    const opener = el.shadowRoot!.querySelector<HTMLButtonElement>('#open-a')!;
    opener.click();
    await el.updateComplete;
    const modal = el.shadowRoot!.querySelector('dialog')!;
    expect(modal.open).to.equal(true);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('detail-close');
    modal.close();
    await waitUntil(() => el.shadowRoot!.activeElement === opener, 'focus back on the opener');
    expect(dialog.openId).to.equal(undefined);

    dialog.restore('gone');
    el.requestUpdate();
    await el.updateComplete;
    expect(modal.open, 'an item it cannot show stays closed').to.equal(false);
  });
});

describe('LiveStatusController', () => {
  it('keeps one polite status in the light DOM with its text and language', async () => {
    let text = 'Ladataan…';
    const tag = host(
      (el) =>
        new LiveStatusController(
          el,
          () => text,
          () => 'fi',
        ),
    );
    const el = await mount(tag);
    const nodes = el.querySelectorAll('[role="status"]');
    expect(nodes).to.have.length(1);
    expect(nodes[0]!.getAttribute('aria-live')).to.equal('polite');
    expect([nodes[0]!.textContent, (nodes[0] as HTMLElement).lang]).to.deep.equal(['Ladataan…', 'fi']);
    text = '5 yhdistystä';
    el.requestUpdate();
    await el.updateComplete;
    expect(el.querySelector('[role="status"]')!.textContent).to.equal('5 yhdistystä');
  });
});

describe('UrlStateController', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('reads its namespace, writes it shortly after a change, and follows the Back button', async () => {
    location.hash = '#main&t.q=kuoro';
    await new Promise((resolve) => setTimeout(resolve));
    let state: Record<string, unknown> = {};
    let ready = false;
    const tag = host((el) => {
      new UrlStateController(el, {
        prefix: 't',
        read: (read) => (state = { ...read }),
        write: () => ({ q: state['q'] as string | undefined }),
        ready: () => ready,
      });
    });
    const el = await mount(tag);
    expect(state).to.deep.equal({ q: 'kuoro' });
    ready = true;
    state = { q: 'laulu' };
    el.requestUpdate();
    await waitUntil(() => location.hash === '#main&t.q=laulu', `hash ${location.hash}`);
    location.hash = '#t.q=tanssi';
    await waitUntil(() => state['q'] === 'tanssi', 'hashchange read');
  });

  it('gives the second element of a kind its own namespace, and one with an id a named one', async () => {
    let suffix = '';
    const tag = host((el) => {
      new UrlStateController(el, {
        prefix: 'u',
        read: () => undefined,
        write: () => ({ q: `${el.id || 'x'}${suffix}` }),
        ready: () => true,
      });
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<${tag}></${tag}><${tag}></${tag}><${tag} id="mine"></${tag}>`;
    await Promise.all([...wrapper.children].map((el) => (el as LitElement).updateComplete));
    expect(location.hash, 'nothing written before a change').to.equal('');
    suffix = '1';
    for (const el of wrapper.children) (el as LitElement).requestUpdate();
    await waitUntil(
      () => ['u.q=x1', 'u2.q=x1', 'u-mine.q=mine1'].every((part) => location.hash.includes(part)),
      `hash ${location.hash}`,
    );
  });
});
