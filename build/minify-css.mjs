/**
 * Rollup plugin: squeezes the white space and comments out of static css`…` templates in our
 * sources (terser leaves template strings alone). Templates with `${}` are left as they are.
 */
export function minifyCss() {
  const squeeze = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;\}/g, '}')
      .trim();
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      const out = code.replace(/\bcss\s*`([^`$]*)`/g, (_, body) => `css\`${squeeze(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}
