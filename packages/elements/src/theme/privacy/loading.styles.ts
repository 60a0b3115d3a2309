import { css } from 'lit';

/** Loading placeholders. */
export const loadingStyles = css`
  .skeleton {
    display: grid;
    gap: var(--_space);
  }

  .bone {
    block-size: 1em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_skeleton);
    animation: pulse 1.5s ease-in-out infinite;
  }

  .bone-short {
    inline-size: 60%;
  }

  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
`;
