/**
 * Registers a tag only if the name is free, so a page that includes the script twice, or two
 * copies of the library, keeps working (CONTRIBUTING.md, House rules: registration is separate and guarded).
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
