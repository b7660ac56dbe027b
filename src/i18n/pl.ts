import type { Messages } from './messages.js';

const plural = new Intl.PluralRules('pl');

export const pl: Messages = {
  lang: 'pl',
  loading: 'Ładowanie wiadomości…',
  empty: 'Brak wiadomości do wyświetlenia.',
  errors: {
    network: 'Nie udało się połączyć ze źródłem wiadomości.',
    cors: 'Źródło wiadomości nie pozwala tej stronie wyświetlać swoich wiadomości.',
    http: 'Serwer z wiadomościami zwrócił błąd.',
    timeout: 'Źródło wiadomości nie odpowiedziało na czas.',
    parse: 'Nie udało się odczytać wiadomości: plik źródła jest uszkodzony.',
    format: 'Pod tym adresem nie ma kanału wiadomości w obsługiwanym formacie.',
    config: 'Ten moduł wiadomości jest źle ustawiony i nie może pokazać wiadomości.',
  },
  offline: 'Brak połączenia z internetem. Sprawdź połączenie i spróbuj ponownie.',
  httpStatus: (status) => `Serwer z wiadomościami zwrócił błąd (kod ${status}).`,
  webPage: (feedUrl) =>
    feedUrl
      ? `Ten adres prowadzi do strony internetowej, a nie do kanału wiadomości. Kanał tej strony: ${feedUrl}`
      : 'Ten adres prowadzi do strony internetowej, a nie do kanału wiadomości.',
  redirects: 'Źródło wiadomości przekierowuje w kółko.',
  reset: 'Połączenie ze źródłem wiadomości zostało przerwane.',
  tooLarge: 'Plik z wiadomościami jest za duży.',
  notUpdated: 'Nie udało się teraz odświeżyć wiadomości.',
  keptData: 'Pokazano ostatnio pobrane wiadomości.',
  retry: 'Spróbuj ponownie',
  loaded: (count) => `Wczytano: ${pl.articleCount(count)}.`,
  relatedHeading: 'Pozostałe artykuły',
  photoCredit: (credit) => (/^fot\./i.test(credit) ? credit : `fot. ${credit}`),
  authors: (count) => (count === 1 ? 'Autor' : 'Autorzy'),
  tags: 'Tagi',
  published: 'Opublikowano',
  updated: 'Zaktualizowano',
  readOriginal: 'Czytaj na stronie wydawcy',
  bodyUnavailable: 'Nie udało się tu pokazać treści artykułu. Przeczytasz ją na stronie wydawcy.',
  newTab: '(otwiera się w nowej karcie)',
  articleCount: (count) => {
    const form = plural.select(count);
    return `${count} ${form === 'one' ? 'artykuł' : form === 'few' ? 'artykuły' : 'artykułów'}`;
  },
  newArticles: (count) => {
    const form = plural.select(count);
    return `${form === 'one' ? 'Nowy artykuł' : `${count} ${form === 'few' ? 'nowe artykuły' : 'nowych artykułów'}`} — pokaż`;
  },
  editor: {
    source: (name) => `Źródło: ${name}`,
    more: 'Więcej aktualności',
    moreShown: (count) => `Pokazano więcej: ${pl.articleCount(count)}.`,
    allNews: (site) => `Wszystkie aktualności: ${site}`,
  },
};
