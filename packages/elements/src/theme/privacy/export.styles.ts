import { css } from 'lit';

/** "Download my data": the progress bar while the file is prepared. */
export const exportStyles = css`
  .progress {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .progress-row {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }

  progress {
    flex: 1;
    min-inline-size: 0;
    block-size: 0.75rem;
    accent-color: var(--_accent);
  }

  .progress-value {
    font-variant-numeric: tabular-nums;
    min-inline-size: 3.5ch;
    text-align: end;
  }
`;
