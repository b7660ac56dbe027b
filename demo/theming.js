// The theming demo: each control sets one --civic-* custom property (or one attribute) on the
// preview, and the page shows the CSS to copy and the contrast of the chosen text colors.
const form = document.getElementById('tokens');
const preview = document.getElementById('preview');
const cssOut = document.getElementById('css');
const contrastOut = document.getElementById('contrast');
const widgets = () => preview.querySelectorAll('civic-article-list, civic-article-card');

// Colors as the widget really paints them (any scheme, any token), read through a canvas.
const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
function rgb(color) {
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  return Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3));
}

/** WCAG 2.1 contrast ratio of two CSS colors. */
function contrast(a, b) {
  const lum = (color) => {
    const [r, g, b2] = rgb(color)
      .map((v) => v / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Measures text, muted and accent against the surface in the first list, as rendered. */
async function measure() {
  const list = preview.querySelector('civic-article-list');
  // The script tag defines the elements once its core part has arrived (README, Getting the script).
  await customElements.whenDefined('civic-article-list');
  await list.updateComplete;
  const part = (selector) => list.shadowRoot.querySelector(selector);
  if (!part('.title a')) return;
  const style = (selector) => getComputedStyle(part(selector));
  const surface = style('.root').backgroundColor;
  const pairs = [
    ['text', style('.lead').color],
    ['muted', style('.meta').color],
    ['accent', style('.title a').color],
  ].map(([name, color]) => {
    const ratio = contrast(color, surface);
    return `${name} ${ratio.toFixed(1)}:1${ratio < 4.5 ? ' (below 4.5:1: fails WCAG AA)' : ''}`;
  });
  contrastOut.textContent = `Contrast on the surface, as rendered: ${pairs.join(', ')}.`;
}

function apply() {
  const changed = [];
  for (const control of form.elements) {
    if (!control.name) continue;
    const value = control.type === 'checkbox' ? control.checked : control.value;
    if (control.name === 'page-dark') {
      preview.classList.toggle('page-dark', value);
    } else if (control.hasAttribute('data-attribute')) {
      for (const widget of widgets()) widget.setAttribute(control.name, value);
    } else if (control.name.startsWith('--')) {
      const css = value === '' ? '' : `${value}${control.dataset.unit ?? ''}`;
      // Set only what differs from the default, so untouched colors keep their dark-scheme values.
      const isDefault = control.value === control.defaultValue || (control.tagName === 'SELECT' && control.selectedIndex === 0);
      if (css && !isDefault) {
        preview.style.setProperty(control.name, css);
        changed.push(`  ${control.name}: ${css};`);
      } else {
        preview.style.removeProperty(control.name);
      }
    }
  }
  cssOut.textContent = changed.length ? `civic-article-list,\ncivic-article-card {\n${changed.join('\n')}\n}` : '/* Change a control above. */';
  void measure();
}

form.addEventListener('input', apply);
form.addEventListener('change', apply);
form.addEventListener('reset', () => setTimeout(apply));
apply();
// The lists render after their feed arrives.
preview.addEventListener('civic-load', () => void measure());
