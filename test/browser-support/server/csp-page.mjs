// The strict-CSP test page (test/elements/strict-csp.test.ts): served with the policy header and a fresh
// nonce, and the violation reports the browser POSTs to its `report-uri`, kept per page key.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { json, readBody } from './http.mjs';

const PAGE = new URL('../csp/page.html', import.meta.url);

export function cspPage() {
  /** Report key → the violation reports the browser sent. */
  const reports = new Map();

  /**
   * Every script needs this response's nonce ('strict-dynamic' lets the nonced module import the rest),
   * styles only from this origin (constructable stylesheets are not subject to it; inline `<style>` and
   * `style=""` are), Trusted Types for every DOM XSS sink with only Lit's policy.
   */
  async function serve(ctx, apiUrl) {
    const nonce = randomBytes(16).toString('base64url');
    const key = encodeURIComponent(String(ctx.query.report ?? 'default'));
    const policy = [
      "default-src 'none'",
      `script-src 'nonce-${nonce}' 'strict-dynamic'`,
      "style-src 'self'",
      `connect-src 'self' ${apiUrl}`,
      // The checkout helper's card fields are an iframe served by the API.
      `frame-src ${new URL(apiUrl).origin}`,
      "img-src 'self' data:",
      "font-src 'self'",
      "base-uri 'none'",
      "object-src 'none'",
      "form-action 'none'",
      "frame-ancestors 'self'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html',
      `report-uri /__tx/csp/report?report=${key}`,
    ].join('; ');
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Security-Policy', policy);
    ctx.body = (await readFile(PAGE, 'utf8')).replaceAll('{{nonce}}', nonce);
  }

  async function receiveReport(ctx) {
    const key = String(ctx.query.report ?? 'default');
    const text = (await readBody(ctx)).toString('utf8');
    let report;
    try {
      report = JSON.parse(text)['csp-report'] ?? JSON.parse(text);
    } catch {
      report = { unparsed: text };
    }
    reports.set(key, [...(reports.get(key) ?? []), report]);
    ctx.status = 204;
  }

  return {
    /** `GET /__tx/csp/page?report=<key>` and `POST /__tx/csp/report?report=<key>`; false when not ours. */
    async route(ctx, apiUrl) {
      if (ctx.path === '/__tx/csp/page') await serve(ctx, apiUrl);
      else if (ctx.path === '/__tx/csp/report' && ctx.method === 'POST') await receiveReport(ctx);
      else if (ctx.path.startsWith('/__tx/csp/')) json(ctx, 404, { error: `No test route ${ctx.path}` });
      else return false;
      return true;
    },
    reportsFor: (key) => reports.get(String(key ?? 'default')) ?? [],
  };
}
