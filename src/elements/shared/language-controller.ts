import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { messagesFor, onLanguagesChange, resolveLang, type Messages } from '../../i18n/index.js';
import { pageChanged } from './page.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected element with a language controller: one observer serves them all. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;
let stopListening: (() => void) | undefined;

const renderAll = () => hosts.forEach((host) => host.requestUpdate());
const ROOTS = new Set(['html', 'body']);

/** A node whose coming or going may restyle the page: a style sheet (`<style>`, `<link>`). */
const isSheet = (node: Node) => /^(?:STYLE|LINK)$/.test(node.nodeName);

/**
 * One MutationObserver for the whole page: a `lang` or `dir` change anywhere in the document (a
 * language switcher on `<html>`, a wrapper's `lang`), or any attribute of `<html>` and `<body>`
 * (the class a site's contrast version sets, which may change the colour scheme), renders every
 * element again. So does a style sheet added to or removed from `<head>` or `<body>` (a reader's
 * text-spacing bookmarklet, a theme switcher); that and the attributes of `<html>` and `<body>`
 * also make the elements read the page's style again
 * (page.ts `pageChanged`). Class changes elsewhere in the page are ignored. (Observing `<html>`
 * twice would replace the first options, hence one registration and the filter here.)
 */
function watch(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver((records) => {
    const restyled = records.some((r) =>
      r.type === 'attributes' ? ROOTS.has((r.target as Element).localName) : [...r.addedNodes, ...r.removedNodes].some(isSheet),
    );
    if (restyled) pageChanged();
    if (restyled || records.some((r) => r.attributeName === 'lang' || r.attributeName === 'dir')) renderAll();
  });
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir', 'class', 'style'] });
  for (const parent of [document.head, document.body]) if (parent) observer.observe(parent, { childList: true });
  stopListening = onLanguagesChange(renderAll);
}

function unwatch(): void {
  observer?.disconnect();
  observer = undefined;
  stopListening?.();
  stopListening = undefined;
}

/**
 * The UI language of an element (issue 17: a controller instead of the base class doing it).
 * It is resolved once per render, not once per string, and the element renders again when the
 * page's language or direction changes, or when a language arrives (downloaded or registered).
 */
export class LanguageController implements ReactiveController {
  private cached?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    this.cached = undefined;
    watch();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size) unwatch();
  }

  hostUpdate(): void {
    this.cached = undefined;
  }

  /** The element's language tag (`lang`, nearest `[lang]`, then the browser's). */
  get lang(): string {
    return (this.cached ??= resolveLang(this.host));
  }

  /** The UI strings for it (English while a built-in language is still downloading). */
  get messages(): Messages {
    return messagesFor(this.lang);
  }
}
