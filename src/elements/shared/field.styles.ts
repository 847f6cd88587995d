import { css } from 'lit';

/** Labelled boxes inside the filter disclosure beside the checkboxes: dates, an age, a capacity. */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block-end: 0.5rem;
  }

  input[type='date'],
  input[type='number'] {
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding: 0.3em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
