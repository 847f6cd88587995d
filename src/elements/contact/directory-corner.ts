// Lets the directory show, above its list, the municipality's contact points for associations and
// the next meeting with them: imported by kumppani-all.js, so kumppani.js alone carries none of it.
import { nothing } from 'lit';
import { KumppaniDirectory } from '../directory/directory.js';
import { renderCorner } from '../shared/contact-points.js';

KumppaniDirectory.above = (directory, data, locale) =>
  data && directory.contact !== 'none'
    ? renderCorner(data, locale, {
        municipality: directory.municipality,
        category: directory.category,
        headingLevel: directory.headingLevel,
        meetings: directory.meetings ?? null,
      })
    : nothing;
