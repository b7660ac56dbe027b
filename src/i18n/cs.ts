import type { Messages } from './messages.js';

const plural = new Intl.PluralRules('cs');
/** one: 1; few: 2–4; many: fractions; other: 0, 5… */
const forms = (count: number, one: string, few: string, many: string, other: string) =>
  ({ one, few, many, other })[plural.select(count) as 'one' | 'few' | 'many' | 'other'] ?? other;

export const cs: Messages = {
  lang: 'cs',
  loading: 'Načítání zpráv…',
  empty: 'Žádné zprávy k zobrazení.',
  errors: {
    network: 'Nepodařilo se spojit se zdrojem zpráv.',
    cors: 'Zdroj zpráv tomuto webu nedovoluje zobrazovat své zprávy.',
    http: 'Server se zprávami odpověděl chybou.',
    timeout: 'Zdroj zpráv neodpověděl včas.',
    parse: 'Zprávy se nepodařilo přečíst: soubor zdroje je poškozený.',
    format: 'Na této adrese není kanál zpráv v podporovaném formátu.',
    config: 'Tento blok zpráv není správně nastaven, a proto nemůže zobrazit zprávy.',
  },
  offline: 'Jste offline. Zkontrolujte připojení k internetu a zkuste to znovu.',
  redirects: 'Zdroj zpráv přesměrovává dokola.',
  reset: 'Spojení se zdrojem zpráv se přerušilo.',
  tooLarge: 'Soubor se zprávami je příliš velký.',
  notUpdated: 'Zprávy se teď nepodařilo aktualizovat.',
  httpStatus: (status) => `Server se zprávami odpověděl chybou (kód ${status}).`,
  webPage: (feedUrl) =>
    feedUrl
      ? `Tato adresa vede na webovou stránku, ne na kanál zpráv. Kanál této stránky: ${feedUrl}`
      : 'Tato adresa vede na webovou stránku, ne na kanál zpráv.',
  keptData: 'Zobrazují se naposledy načtené zprávy.',
  retry: 'Zkusit znovu',
  loaded: (count) => `Načteno: ${cs.articleCount(count)}.`,
  relatedHeading: 'Další články',
  photoCredit: (credit) => (/^foto\b/i.test(credit) ? credit : `Foto: ${credit}`),
  authors: (count) => (count === 1 ? 'Autor' : 'Autoři'),
  tags: 'Štítky',
  published: 'Zveřejněno',
  updated: 'Aktualizováno',
  readOriginal: 'Číst na webu vydavatele',
  bodyUnavailable: 'Text článku se zde nepodařilo zobrazit. Můžete si ho přečíst na webu vydavatele.',
  newTab: '(otevře se na nové kartě)',
  articleCount: (count) => `${count} ${forms(count, 'článek', 'články', 'článku', 'článků')}`,
  newArticles: (count) => `${count} ${forms(count, 'nový článek', 'nové články', 'nového článku', 'nových článků')} – zobrazit`,
  editor: {
    source: (name) => `Zdroj: ${name}`,
    more: 'Další zprávy',
    moreShown: (count) => `Zobrazeno dalších: ${cs.articleCount(count)}.`,
    allNews: (site) => `Všechny zprávy: ${site}`,
  },
};

export default cs;
