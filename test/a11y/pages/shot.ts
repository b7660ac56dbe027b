// The page `npm run screenshots` drives: it mounts one element of the test table (so a new
// element shows up in the screenshots as soon as it is in ELEMENTS) in one state.
import { ELEMENTS, type Lang, type Scheme } from '../elements.js';
import { mount } from '../harness.js';
import type { Layout, WidgetState } from '../../../src/elements/shared/feed-element.js';

export interface Shot {
  tag: string;
  state: WidgetState;
  layout: Layout;
  lang: Lang;
  scheme: Scheme;
  width: number;
  focus?: boolean;
  forced?: boolean;
}

declare global {
  interface Window {
    civicElements: () => { tag: string; layouts: Layout[] }[];
    civicShot: (shot: Shot) => Promise<void>;
  }
}

window.civicElements = () => ELEMENTS.map(({ tag, layouts }) => ({ tag, layouts }));

window.civicShot = async (shot) => {
  const c = ELEMENTS.find((e) => e.tag === shot.tag)!;
  document.body.className = shot.scheme;
  const stage = document.getElementById('stage')!;
  (document.activeElement as HTMLElement | null)?.blur();
  stage.replaceChildren();
  // The column is the page width less the stage's padding, as in a phone at that width.
  await mount(c, { state: shot.state, lang: shot.lang, layout: shot.layout, scheme: shot.scheme, width: shot.width - 32, parent: stage });
  await Promise.all(Array.from(stage.querySelector(shot.tag)!.shadowRoot!.querySelectorAll('img')).map((img) => img.decode().catch(() => undefined)));
};
