import { css } from 'lit';

/**
 * The guides' layout, in the guides chunk: adopted into the assistant's shadow root when Guides first
 * opens, so the help assistant's first bytes carry none of it.
 */
export const guidesStyles = css`
  .guide-search {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .guide-search-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  /* Like the text fields of the case styles ("Can't sign in" has the same). */
  .guide-search input {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_text-muted);
    border-radius: calc(var(--_radius) / 2);
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    min-block-size: 2.75rem;
    max-inline-size: 100%;
  }

  .guides {
    display: grid;
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }

  .guide-link {
    inline-size: 100%;
    text-align: start;
  }

  /* The guide videos are 4:3; the player keeps that shape at any width (no layout shift on play). */
  .guide-video {
    display: block;
    inline-size: 100%;
    aspect-ratio: 4 / 3;
    background: var(--_surface);
    border-radius: calc(var(--_radius) / 2);
  }

  .guide-steps li + li {
    margin-block-start: var(--_space);
  }
`;
