import { en } from './en.js';
import type { EditorMessages, Messages } from './messages.js';

/** The editors' words in a language, else in English (a language registered without them). */
export const extra = (m: Messages): EditorMessages => m.editor ?? en.editor!;
