/**
 * Light stemmers: enough to make "budżet", "budżetu", "budżecie" and "budżetowy" one term, with
 * no dictionary (a dictionary stemmer such as Stempel or Morfologik weighs megabytes; this weighs
 * about half a kilobyte gzipped). Each rule earned its place on the labelled set of
 * `npm run eval:related`; see the README, "How relatedness works".
 */
import { fold } from './fold.js';

export { fold };

// Locative and dative endings that change the consonant before them: "budżecie" ← "budżet",
// "remoncie" ← "remont", "ogrodzie" ← "ogród", "drodze" ← "droga", "rowerze" ← "rower",
// "bibliotece" ← "biblioteka", "mieście" ← "miasto". Verbal nouns ("otwarcie") keep their "c".
const PL_ALTERNATIONS = 'acie>at ecie>et ncie>nt ocie>ot ście>st dzie>d dze>g rze>r ece>ek';
// Inflectional endings of nouns, adjectives and verbs, and of the verbal noun ("głosowanie").
const PL_ENDINGS =
  'ościami ościach owania owaniu owanie owali owała owało ował ować owymi owych owego owej owym ' +
  'aniami aniach aniem ania aniu anie eniem enia eniu enie ością ości ość ujemy ują uje ają ali ała ało ały ać ' +
  'iła iło ili iły ił ić eć ymi imi ych ich ego emu iego iemu iach iami ach ami ów om em ej ym im ia ii ią ię ie ' +
  'ań eń a ą e ę i o u y';
// Suffixes that make an adjective of a noun ("budżetowy", "szkolny", "kulturalny").
const PL_DERIVED = 'yjn iczn aln own ow n';

let alternations: string[][] | undefined;
let endings: string[] | undefined;
let derived: string[] | undefined;

const byLength = (list: string) => list.split(' ').sort((a, b) => b.length - a.length);

function strip(word: string, list: string[], min: number): string {
  for (const suffix of list) if (word.length - suffix.length >= min && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  return word;
}

/** A Polish word (lower case) reduced to a stem shared by its forms. */
export function stemPl(word: string): string {
  alternations ??= PL_ALTERNATIONS.split(' ').map((pair) => pair.split('>'));
  endings ??= byLength(PL_ENDINGS);
  derived ??= byLength(PL_DERIVED);
  let stem: string | undefined;
  for (const [ending, base] of alternations) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) {
      stem = word.slice(0, -ending.length) + base;
      break;
    }
  }
  // A derived suffix must leave a longer stem: "budżetow" → "budżet", but "zdrow" stays.
  stem ??= strip(strip(word, endings, 3), derived, 4);
  // "inwestycji" / "inwestycyjny", and the mobile "e" of "przystanek" / "przystanku".
  stem = stem.replace(/(.{3})j$/, '$1').replace(/(.{3})i?e([kc])$/, '$1$2');
  return fold(stem);
}

/** An English word (lower case) without its plural "s" (Harman's S-stemmer). */
export function stemEn(word: string): string {
  if (word.length < 4) return word;
  if (/[^ea]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/[^aeo]es$/.test(word)) return word.slice(0, -1);
  if (/[^us]s$/.test(word)) return word.slice(0, -1);
  return word;
}
