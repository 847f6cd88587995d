import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { detailStyles } from './detail.styles.js';

const layout = css`
  .widget {
    display: grid;
    gap: var(--_space);
  }

  .controls {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .search {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }

  label,
  legend,
  summary {
    font-weight: 600;
  }

  input[type='search'],
  select {
    inline-size: 100%;
    max-inline-size: 40rem;
    min-block-size: 2.75rem;
    padding: 0.4em 0.6em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }

  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .filters {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* A flex summary loses the browser's marker: draw one that turns with the state. */
  summary {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 2.75rem;
    padding: 0.4em 0.75em;
    cursor: pointer;
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  summary::before {
    content: '';
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline: 0.1em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    transform: rotate(-45deg);
  }

  .filters[open] > summary::before {
    transform: rotate(45deg) translate(-0.15em, -0.15em);
  }

  .filters[open] > summary {
    border-block-end: 1px solid var(--_border);
  }

  /* One box (the disclosure); the groups inside it are set apart by space and their legends. */
  .filter-groups {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: 0.75em 0.75em var(--_space);
  }

  .filter-group {
    flex: 1 1 12rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .filter-group legend {
    padding: 0;
    margin-block-end: 0.35em;
  }

  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding-block: 0.2em;
  }

  .option label {
    font-weight: normal;
    cursor: pointer;
    padding-block-start: 0.1em;
  }

  input[type='checkbox'] {
    flex: none;
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }

  .count {
    color: var(--_muted);
    white-space: nowrap;
    overflow-wrap: normal;
  }

  .count::before {
    content: '\\00a0(' / ', ';
  }

  .count::after {
    content: ')' / '';
  }

  .sort {
    display: grid;
    gap: 0.25rem;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .chips ul,
  .tags,
  .links,
  .list,
  .people {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .chips ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface-alt);
    cursor: pointer;
  }

  .chip-x {
    font-size: 1.25em;
    line-height: 1;
  }

  .status ::slotted(*) {
    margin: 0;
    font-weight: 600;
  }

  .error {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    padding: var(--_space);
    border: 2px solid var(--_error);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .error p {
    margin: 0;
  }

  .loading {
    min-block-size: var(--kumppani-loading-height, 6rem);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  /* The room is kept, but only a card's height of it is shaded. */
  .loading.screenful {
    min-block-size: var(--kumppani-loading-height, 100vh);
    background: linear-gradient(var(--_surface-alt) 0 6rem, transparent 6rem);
  }

  .list {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .card {
    display: grid;
    gap: 0.4rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .card > * {
    margin: 0;
  }

  .card-heading {
    font-size: var(--_heading-size);
    line-height: 1.3;
  }

  .card-button {
    display: inline;
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: var(--_heading-weight);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  /* A line of secondary facts on an event or task card. */
  .info {
    color: var(--_muted);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_muted);
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }

  .tags li {
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--_surface-alt);
    font-size: 0.9em;
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }

  .links a,
  .detail a,
  .attribution a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }

  .more {
    justify-self: start;
  }

  .attribution {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
`;

/** Wide screens, forced colours and print, after everything they adjust. */
const adjustments = css`
  @media (min-width: 40rem) {
    .controls {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
      align-items: end;
    }
    .filters,
    .chips {
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    .card-button {
      color: LinkText;
    }
    .chip,
    .tags li {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .controls,
    .more,
    .detail {
      display: none;
    }
  }
`;

export const listStyles = [tokens, layout, detailStyles, adjustments];
