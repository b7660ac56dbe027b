import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WidgetState } from './attributes.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly state: WidgetState };

/** Loading that ends sooner is not announced: most feeds arrive in well under a second. */
export const LOADING_DELAY_MS = 1000;

/** The element saying "Loading…" for the page now: others loading at the same time stay quiet. */
const speaking = new Set<object>();

/** Whether some element of the page is saying "Loading…" now. */
export const loadingSaid = (): boolean => speaking.size > 0;

/**
 * The live region's timing (issue 17: a controller instead of the base class doing it).
 *
 * - The region opens one frame after it is rendered: a live region announces changes, not the
 *   text it is born with. `opened` resolves then; results wait for it.
 * - "Loading…" is said only when loading lasts over a second, and once for the page: several
 *   widgets loading together make one announcement, not one each (issue 14).
 * - After a Retry, focus goes somewhere visible and sensible (`focusAfterRetry`).
 */
export class Announcer implements ReactiveController {
  /** False for the first frame: the region must exist empty before a message enters it. */
  open = false;
  /** Loading has lasted long enough to be announced, and this element announces it. */
  slow = false;
  readonly opened: Promise<void>;
  private resolveOpened!: () => void;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: Host,
    /** Called once when the region opens (the element re-checks its configuration then). */
    private readonly onOpen: () => void,
  ) {
    this.opened = new Promise<void>((resolve) => (this.resolveOpened = resolve));
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.timer && !this.open) {
      // A hidden tab gets no frames, hence the timer too.
      const open = () => {
        if (this.open) return;
        this.open = true;
        this.resolveOpened();
        this.onOpen();
      };
      requestAnimationFrame(open);
      this.timer = setTimeout(open, 100);
      return;
    }
    this.watchLoading();
  }

  hostDisconnected(): void {
    this.stopLoading();
  }

  private loadingTimer?: ReturnType<typeof setTimeout>;

  private watchLoading(): void {
    if (this.host.state === 'loading') {
      if (this.loadingTimer || this.slow) return;
      this.loadingTimer = setTimeout(() => {
        this.loadingTimer = undefined;
        if (this.host.state !== 'loading' || !this.host.isConnected) return;
        if (speaking.size) return;
        speaking.add(this);
        this.slow = true;
        this.host.requestUpdate();
      }, LOADING_DELAY_MS);
    } else {
      this.stopLoading();
    }
  }

  private stopLoading(): void {
    clearTimeout(this.loadingTimer);
    this.loadingTimer = undefined;
    this.slow = false;
    speaking.delete(this);
  }

  /** Whether "Loading…" may be said now: after a second, or at once for a Retry the reader pressed. */
  sayLoading(retrying: boolean): boolean {
    return retrying || this.slow;
  }

  /**
   * Where focus goes when a Retry ends with the Retry button gone: the first article's link
   * (the title itself in the full article, not a link below its body), else the message saying
   * there is nothing to show. Never the whole container: it is no landmark and has no ring.
   */
  static focusAfterRetry(root: ParentNode): void {
    const title = root.querySelector<HTMLElement>('[part~="title"]');
    const target = title?.querySelector<HTMLElement>('a[href]') ?? title ?? root.querySelector<HTMLElement>('[part~="status"]');
    if (!target) return;
    if (!target.matches('a[href]')) target.setAttribute('tabindex', '-1');
    target.focus();
  }
}
