import { expect } from '@open-wc/testing';
import { http } from 'msw/core/http';
import { mockFeeds, json } from './support/msw.js';

describe('test setup', () => {
  it('serves mocked feeds through the real service worker', async () => {
    await mockFeeds(http.get('https://feed.example/x.json', () => json({ ok: 1 })));
    const res = await fetch('https://feed.example/x.json');
    expect(await res.json()).to.deep.equal({ ok: 1 });
  });
});
