// custom-elements.json from the elements' JSDoc (@summary, @tag, @fires, @csspart, @cssprop).
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/shared/heading.ts', 'src/elements/shared/teaser.ts'],
  litelement: true,
  plugins: [
    {
      // Private reactive state (`static properties` with `state: true`) is not an attribute, and
      // `dispatchEvent(new CivicLoadEvent(…))` is already documented by @fires.
      name: 'civic-private-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            const hidden = new Set((decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => a.name && !hidden.has(a.fieldName));
            if (decl.events) decl.events = decl.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
