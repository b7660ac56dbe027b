// The strict Content-Security-Policy that the demo page demo/csp.html and the CSP tests are
// served with (README, Security). `trusted-types` names every policy the widgets create:
// lit-html (Lit's templates) and civic-news-inert (inert parsing of feeds and article bodies).
export const TRUSTED_TYPES = ['lit-html', 'civic-news-inert'];

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES.join(' ')}`,
].join('; ');

/** Server middleware (dev server and test runner alike): demo/csp.html gets the header. */
export function demoCsp(ctx, next) {
  if (ctx.path === '/demo/csp.html') ctx.set('Content-Security-Policy', CSP);
  return next();
}
