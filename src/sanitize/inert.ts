/**
 * The only place where a string from outside becomes a DOM tree: an inert document from
 * DOMParser, which runs no script and loads nothing. Nothing parsed here is ever attached
 * to the page; rendering of HTML goes through the sanitizer alone.
 *
 * Under `require-trusted-types-for 'script'` DOMParser wants TrustedHTML, so this module owns
 * one Trusted Types policy, `civic-news-inert`, used for nothing but these inert parses.
 */

interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML(input: string): string }): TrustedTypePolicyLike;
}

/** The Trusted Types policy name to allow in a CSP `trusted-types` directive. */
export const INERT_POLICY_NAME = 'civic-news-inert';

let policy: TrustedTypePolicyLike | null | undefined;

function trusted(text: string): string {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    try {
      policy = tt ? tt.createPolicy(INERT_POLICY_NAME, { createHTML: (input) => input }) : null;
    } catch {
      // A CSP that does not allow the policy name: parsing will then fail with a clear error.
      policy = null;
    }
  }
  return (policy ? policy.createHTML(text) : text) as string;
}

let parser: DOMParser | undefined;

/** Parses text into an inert document of the given type. */
export function parseInert(text: string, type: DOMParserSupportedType): Document {
  parser ??= new DOMParser();
  return parser.parseFromString(trusted(text), type);
}
