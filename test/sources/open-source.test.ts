import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/index.js';
import { sourceFormat, unsupportedFormat } from '../../src/sources/index.js';

const PTV = 'https://api.palvelutietovaranto.suomi.fi/api/v11/';

describe('the format attribute', () => {
  it('reads the format attribute, kumppani by default', () => {
    expect(sourceFormat(null)).to.equal('kumppani');
    expect(sourceFormat(' LinkedEvents ')).to.equal('linkedevents');
    expect(sourceFormat('ptv')).to.equal('ptv');
    expect(sourceFormat('LIPAS')).to.equal('lipas');
    expect(sourceFormat('ical')).to.equal(undefined);
  });

  it('says which kinds a source gives when asked for another, and names the formats it reads', () => {
    const wrongKind = unsupportedFormat('ptv', 'events', PTV);
    expect(wrongKind).to.be.instanceOf(FeedError);
    expect(wrongKind.kind).to.equal('format');
    expect(wrongKind.message).to.equal('format="ptv" gives associations, not events');
    expect(unsupportedFormat('linkedevents', 'associations', PTV).message).to.equal(
      'format="linkedevents" gives events and volunteer tasks, not associations',
    );
    expect(unsupportedFormat('lipas', 'associations', PTV).message).to.equal(
      'format="lipas" gives premises, not associations',
    );
    expect(unsupportedFormat('ptv', 'premises', PTV).message).to.equal('format="ptv" gives associations, not premises');
    expect(unsupportedFormat('ical', 'events', PTV).message).to.equal(
      'format="ical" is not one kumppani reads (kumppani, linkedevents, ptv, lipas)',
    );
  });
});
