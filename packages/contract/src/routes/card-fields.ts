import * as z from 'zod/mini';
import { define } from '../route-definition.js';

/** An origin as browsers send it: scheme, host and optional port, nothing else. */
const PageOrigin = z.string().check(
  z.maxLength(300),
  z.refine((value) => {
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  }, 'must be an origin like https://shop.example'),
);

export const cardFieldsFrameRoute = /*#__PURE__*/ define({
  operationId: 'cardFieldsFrame',
  method: 'get',
  path: '/v1/card-fields/frame',
  summary: 'The hosted card fields page, to embed in an iframe on a registered storefront origin',
  tag: 'payments',
  auth: 'none',
  roles: [],
  query: z.object({ origin: PageOrigin }),
  response: {
    status: 200,
    description:
      'An HTML page (strict CSP, framable only by `origin`) with the card number, expiry and CVC inputs; ' +
      'it talks to the page through postMessage (see `CardFieldsCommand` / `CardFieldsReport`).',
    contentType: 'text/html',
    schema: z.string(),
  },
  errors: ['invalid_query', 'forbidden'],
});
