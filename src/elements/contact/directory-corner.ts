// Lets the directory show, above its list, the municipality's contact points for associations and
// the next meeting with them: imported by kumppani-all.js, so kumppani.js alone carries none of it.
import { html, nothing } from 'lit';
import { parseList } from '../../internal/parse-list.js';
import { contactPointsFor, nextMeeting } from '../../listing/contacts.js';
import { municipalityNames, resolveMunicipalityCodes } from '../../listing/scope.js';
import { KumppaniDirectory } from '../directory/directory.js';
import { renderContactPoints, renderNextMeeting } from '../shared/contact-points.js';

/** The webmaster's `meetings` address when it is a web page: http(s), or a path on the same site. */
const meetingsPage = (value: string | null) => (value && /^(https?:\/\/|\/(?!\/))/i.test(value) ? value : undefined);

KumppaniDirectory.above = (directory, data, locale) => {
  if (!data || directory.getAttribute('contact') === 'none') return nothing;
  const codes = resolveMunicipalityCodes(parseList(directory.municipality), municipalityNames(data.associations));
  const points = contactPointsFor(data.contactPoints, codes);
  const meeting = nextMeeting(data.events, codes, new Date());
  if (points.length === 0 && !meeting) return nothing;
  return html`<div class="corner">
    ${renderContactPoints(points, { taxonomy: data.taxonomy, locale, headingLevel: directory.headingLevel })}
    ${renderNextMeeting(meeting, locale, meetingsPage(directory.getAttribute('meetings')))}
  </div>`;
};
