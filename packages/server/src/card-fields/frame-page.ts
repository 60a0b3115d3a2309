import { FRAME_SCRIPT } from './frame-script.js';
import { FRAME_STYLES } from './frame-styles.js';

export interface FramePageOptions {
  /** The page origin allowed to frame and talk to this page (already checked against the registry). */
  readonly parentOrigin: string;
  /** URL of `POST /v1/card-tokens` on this API's origin. */
  readonly tokenUrl: string;
  /** Fresh for every response: the only inline script and style that may run. */
  readonly nonce: string;
}

/** JSON safe inside `<script type="application/json">`: `<` can never close the element. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function field(id: 'number' | 'expiry' | 'cvc', autocomplete: string, hint: boolean, extra = ''): string {
  const describedBy = hint ? `${id}-hint ${id}-error` : `${id}-error`;
  return `<div class="field">
<label for="${id}" id="${id}-label"></label>
<div class="wrap"><input id="${id}" name="${id}" type="text" inputmode="numeric" autocomplete="${autocomplete}" spellcheck="false" autocapitalize="off" aria-invalid="false" aria-describedby="${describedBy}"${extra}>${id === 'number' ? '<span id="brand" class="brand" aria-hidden="true"></span>' : ''}</div>
${hint ? `<p id="${id}-hint" class="hint"></p>` : ''}<p id="${id}-error" class="error" hidden></p>
</div>`;
}

/**
 * The hosted card fields document. Its labels are empty until the parent sends its words
 * (`tx-card:init`), so the form stays hidden until then; the iframe's own `title` names it meanwhile.
 */
export function framePage({ parentOrigin, tokenUrl, nonce }: FramePageOptions): string {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Card</title>
<style nonce="${nonce}">${FRAME_STYLES}</style>
</head>
<body>
<form id="card" novalidate hidden>
<fieldset>
<legend id="legend"></legend>
${field('number', 'cc-number', false, ' maxlength="23"')}
<div class="row">
${field('expiry', 'cc-exp', true, ' maxlength="9"')}
${field('cvc', 'cc-csc', true, ' maxlength="3"')}
</div>
</fieldset>
<div id="alert" class="visually-hidden" role="alert"></div>
<div id="status" class="visually-hidden" role="status"></div>
</form>
<script type="application/json" id="tx-card-config">${jsonForScript({ parentOrigin, tokenUrl })}</script>
<script nonce="${nonce}">${FRAME_SCRIPT}</script>
</body>
</html>
`;
}
