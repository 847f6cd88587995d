/** The attributes every list element takes: where its feed is and what part of it the page shows. */
export const listProperties = {
  feed: { reflect: true },
  municipality: {},
  category: {},
  pageSize: { attribute: 'page-size', type: Number },
  headingLevel: { attribute: 'heading-level', type: Number },
} as const;
