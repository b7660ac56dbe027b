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
/** The page supports Trusted Types but its CSP refused our policy name. */
let refused = false;

function trusted(text: string): string {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    try {
      policy = tt ? tt.createPolicy(INERT_POLICY_NAME, { createHTML: (input) => input }) : null;
    } catch {
      // A CSP that does not allow the policy name: parsing will then fail with a clear error.
      policy = null;
      refused = true;
    }
  }
  return (policy ? policy.createHTML(text) : text) as string;
}

let parser: DOMParser | undefined;

/**
 * The same policy in the shape DOMPurify takes (`TRUSTED_TYPES_POLICY`), so the sanitizer
 * hands its input to DOMParser through it instead of creating a policy of its own. DOMPurify
 * asks for script URLs only for elements our allowlist never keeps; it gets none.
 */
export function inertPolicy(): { createHTML(input: string): unknown; createScriptURL(input: string): never } {
  return {
    createHTML: (input: string) => {
      const html = trusted(input);
      // DOMPurify would swallow DOMParser's refusal and return an empty body: say why instead.
      if (refused) throw new TypeError(`Trusted Types: the page's CSP must allow the policy "${INERT_POLICY_NAME}".`);
      return html;
    },
    createScriptURL: () => {
      throw new TypeError('civic-news-widgets never creates script URLs.');
    },
  };
}

/** Parses text into an inert document of the given type. */
export function parseInert(text: string, type: DOMParserSupportedType): Document {
  // On a server there is no DOMParser unless the code gives one (docs/frameworks.md, On the
  // server): the ReferenceError then says what is missing, in a FeedError, at no cost here.
  parser ??= new DOMParser();
  return parser.parseFromString(trusted(text), type);
}
