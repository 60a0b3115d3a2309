import { css } from 'lit';

/** Windows high contrast (forced colours): borders and the drawn switch and pause sign in system colours. */
export const forcedColorsStyles = css`
  @media (forced-colors: active) {
    .base,
    .button,
    .blockers,
    .confirmation {
      border: 1px solid CanvasText;
    }

    .button {
      border-color: ButtonText;
    }

    /* The drawn switch and pause sign keep their shapes, in system colours only. */
    .switch-track,
    .switch-thumb,
    .pause-icon,
    .pause-icon::before,
    .pause-icon::after {
      forced-color-adjust: none;
    }

    .switch-track {
      border-color: ButtonText;
      background: Canvas;
    }

    .pause-icon {
      background: Canvas;
      border: 1px solid CanvasText;
    }

    .pause-icon::before,
    .pause-icon::after {
      background: CanvasText;
    }

    .switch-thumb {
      background: ButtonText;
    }

    .switch-input:checked + .switch-track {
      background: Highlight;
      border-color: Highlight;
    }

    .switch-input:checked + .switch-track .switch-thumb {
      background: HighlightText;
    }

    .switch-input:disabled + .switch-track {
      border-color: GrayText;
    }

    .switch-input:focus-visible + .switch-track {
      outline-color: Highlight;
    }

    .error:not(.empty) {
      border-inline-start-color: CanvasText;
    }

    .bone {
      background: GrayText;
    }
  }
`;
