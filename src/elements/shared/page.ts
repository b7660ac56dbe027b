/**
 * What an element reads from the page around it: the heading outline, the colour scheme and the
 * reader's text spacing; `PageStyle` carries the last two from the render into the inner root.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** A colour scheme the widget is drawn in. `auto` follows the reader's device. */
export type Scheme = 'light' | 'dark' | 'auto' | 'contrast';

const SCHEMES = new Set<string>(['light', 'dark', 'auto', 'contrast']);

/**
 * Relative luminance (WCAG 2.1, 0 black to 1 white) of a computed `rgb()`/`rgba()` colour, or
 * undefined for another form (a computed colour given in `oklch()`, `color()`…).
 */
export function luminance(color: string): number | undefined {
  if (!/^rgba?\(/.test(color)) return undefined;
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (![r, g, b].every(Number.isFinite)) return undefined;
  const linear = (c: number) => (c <= 10.31475 ? c / 3294.6 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The scheme a `color-scheme` attribute asks for, if it names one. */
function askedScheme(attribute: string | null | undefined): Scheme | undefined {
  const asked = (attribute ?? '').trim().toLowerCase();
  return SCHEMES.has(asked) ? (asked as Scheme) : undefined;
}

/**
 * The scheme for an element: its `color-scheme` attribute; else the page's token
 * `--civic-color-scheme` (one line in a site's contrast version: `--civic-color-scheme:
 * contrast`); else the computed `color-scheme` of the host, so a light site (one that never
 * opted into dark: `normal`) stays light on a phone in dark mode, and a site that follows the
 * device (`light dark`) makes the widget follow it too. A site that declares no scheme
 * (`normal`) but paints light text (relative luminance over 0.5, so on a dark background) is
 * dark: its text colour is the one signal it gives.
 */
export function schemeOf(style: CSSStyleDeclaration | undefined, attribute: string | null | undefined): Scheme {
  const asked = askedScheme(attribute);
  if (asked) return asked;
  // On a server (Lit SSR) there is no page to read: light, as a page that never opted into dark.
  if (!style) return 'light';
  const token = style.getPropertyValue('--civic-color-scheme').trim().toLowerCase();
  if (SCHEMES.has(token)) return token as Scheme;
  const page = style.colorScheme.split(/\s+/);
  const light = page.includes('light');
  const dark = page.includes('dark');
  if (!light && !dark) return (luminance(style.color) ?? 0) > 0.5 ? 'dark' : 'light';
  return dark ? (light ? 'auto' : 'dark') : 'light';
}

/**
 * The reader's text spacing on the host, as ratios of its font size, for every element inside
 * (WCAG 1.4.12). A spacing bookmarklet's `* { letter-spacing: 0.12em }` gives each element of
 * the page 0.12em of its own size; inherited into a shadow root it would be a fixed px value,
 * too little for a larger title. As `em` (and a unitless line height) in custom properties, it
 * is resolved against each element's own size again (base.styles.ts). Empty where the page sets
 * nothing, or where the site set a `--civic-*` token for it.
 */
export function spacingOf(style: CSSStyleDeclaration): Record<string, string> {
  const size = parseFloat(style.fontSize);
  const out: Record<string, string> = {};
  if (!(size > 0)) return out;
  const ratio = (value: string, token: string, name: string, unit: string) => {
    const px = parseFloat(value);
    if (Number.isFinite(px) && px !== 0 && !style.getPropertyValue(token).trim()) out[name] = `${+(px / size).toFixed(4)}${unit}`;
  };
  ratio(style.letterSpacing, '--civic-letter-spacing', '--_ls', 'em');
  ratio(style.wordSpacing, '--civic-word-spacing', '--_ws', 'em');
  ratio(style.lineHeight, '--civic-line-height', '--_lh', '');
  return out;
}

const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"]';

/**
 * The level of the nearest heading before the element in its document (or shadow root), or
 * undefined when there is none: the widget's own headings go one level below it, so the
 * page's outline never skips a level (axe `heading-order`).
 */
export function precedingHeadingLevel(element: Element): number | undefined {
  const root = element.getRootNode() as Document | ShadowRoot;
  let level: number | undefined;
  for (const heading of root.querySelectorAll(HEADINGS)) {
    if (heading.contains(element)) continue;
    if (!(heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    const n = Number(/^h([1-6])$/i.exec(heading.localName)?.[1] ?? heading.getAttribute('aria-level') ?? 2);
    if (Number.isInteger(n) && n >= 1) level = Math.min(n, 6);
  }
  return level;
}

/** Bumped whenever the page may look different to the widgets (language-controller.ts watches it). */
let pageVersion = 0;

/**
 * The page changed in a way that may change a widget's scheme or spacing: an attribute of
 * `<html>` or `<body>` (a contrast version's class, a dark theme's), a style sheet added to or
 * removed from `<head>` or `<body>` (a reader's spacing bookmarklet, a theme switcher). Every
 * element reads the page's style again at its next render.
 */
export function pageChanged(): void {
  pageVersion++;
}

/**
 * The page-following style of an element (issue 17: out of the base class). `read` in the
 * render gives the scheme for the inner root's class and notes the reader's spacing, which goes
 * on the inner root after the update. The host's computed style is read once, then again only
 * after `pageChanged` or when the element is connected again (issue 13): reading it forces the
 * browser to compute the page's style there and then, and four widgets rendering one after the
 * other, each reading it in every render, made the browser compute it over and over (`schemeOf`
 * was the heaviest function of a four-widget page, `npm run bench -- --profile`).
 */
export class PageStyle implements ReactiveController {
  /** The reader's text spacing on the host, for the inner root (spacingOf). */
  private spacing: Record<string, string> = {};
  /** The scheme the page gives (no attribute asked for one), and the page version it was read at. */
  private fromPage?: Scheme;
  private readAt = -1;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readAt = -1;
  }

  /** In a render: the scheme to draw in; the spacing is kept for `hostUpdated`. */
  read(): Scheme {
    if (this.readAt !== pageVersion || !this.fromPage) {
      const page = isServer ? undefined : getComputedStyle(this.host);
      this.fromPage = schemeOf(page, undefined);
      this.spacing = page ? spacingOf(page) : {};
      this.readAt = pageVersion;
    }
    return askedScheme(this.host.getAttribute('color-scheme')) ?? this.fromPage;
  }

  hostUpdated(): void {
    // Through the CSSOM, not a style attribute: a strict CSP without 'unsafe-inline' allows it.
    const root = this.host.renderRoot.querySelector<HTMLElement>('.root');
    for (const name of ['--_ls', '--_ws', '--_lh']) {
      const value = this.spacing[name];
      if (value) root?.style.setProperty(name, value);
      else root?.style.removeProperty(name);
    }
  }
}
