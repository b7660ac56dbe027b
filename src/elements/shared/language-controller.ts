import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { messagesFor, onLanguagesChange, resolveLang, type Messages } from '../../i18n/index.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected element with a language controller: one observer serves them all. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;
let stopListening: (() => void) | undefined;

const renderAll = () => hosts.forEach((host) => host.requestUpdate());
const ROOTS = new Set(['html', 'body']);

/**
 * One MutationObserver for the whole page: a `lang` or `dir` change anywhere in the document (a
 * language switcher on `<html>`, a wrapper's `lang`), or any attribute of `<html>` and `<body>`
 * (the class a site's contrast version sets, which may change the colour scheme), renders every
 * element again. Class changes elsewhere in the page are ignored. (Observing `<html>` twice
 * would replace the first options, hence one registration and the filter here.)
 */
function watch(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver((records) => {
    if (records.some((r) => r.attributeName === 'lang' || r.attributeName === 'dir' || ROOTS.has((r.target as Element).localName))) renderAll();
  });
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir', 'class', 'style'] });
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
