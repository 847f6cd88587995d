import type { Association } from '../../src/feed/types.js';

/** A normalised association with sensible defaults, for tests of pure logic. */
export function association(overrides: Partial<Association> & { id: string }): Association {
  return {
    type: 'association',
    name: { fi: overrides.id },
    categories: ['other'],
    municipality: { code: '244', name: { fi: 'Kempele', sv: 'Kempele' } },
    updatedAt: '2026-01-01T12:00:00+02:00',
    status: 'active',
    themes: [],
    targetGroups: [],
    accessibility: [],
    languages: [],
    areaServed: [],
    contactPersons: [],
    ...overrides,
  };
}
