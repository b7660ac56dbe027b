import type { Messages } from './messages.js';

const plural = new Intl.PluralRules('de');
const one = (count: number) => plural.select(count) === 'one';

export const de: Messages = {
  lang: 'de',
  loading: 'Nachrichten werden geladen…',
  empty: 'Keine Nachrichten vorhanden.',
  errors: {
    network: 'Die Nachrichtenquelle ist nicht erreichbar.',
    cors: 'Die Nachrichtenquelle erlaubt dieser Website nicht, ihre Nachrichten anzuzeigen.',
    http: 'Der Nachrichtenserver hat mit einem Fehler geantwortet.',
    timeout: 'Die Nachrichtenquelle hat nicht rechtzeitig geantwortet.',
    parse: 'Die Nachrichten konnten nicht gelesen werden: Die Quelldatei ist beschädigt.',
    format: 'Unter dieser Adresse gibt es keinen Nachrichten-Feed in einem unterstützten Format.',
    config: 'Dieser Nachrichtenbereich ist nicht richtig eingerichtet und kann keine Nachrichten anzeigen.',
  },
  offline: 'Sie sind offline. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  redirects: 'Die Nachrichtenquelle leitet im Kreis weiter.',
  reset: 'Die Verbindung zur Nachrichtenquelle ist abgebrochen.',
  tooLarge: 'Die Nachrichtendatei ist zu groß.',
  notUpdated: 'Die Nachrichten konnten gerade nicht aktualisiert werden.',
  httpStatus: (status) => `Der Nachrichtenserver hat mit einem Fehler geantwortet (Code ${status}).`,
  webPage: (feedUrl) =>
    feedUrl
      ? `Diese Adresse ist eine Webseite, kein Nachrichten-Feed. Der Feed der Seite ist: ${feedUrl}`
      : 'Diese Adresse ist eine Webseite, kein Nachrichten-Feed.',
  keptData: 'Angezeigt werden die zuletzt geladenen Nachrichten.',
  retry: 'Erneut versuchen',
  loaded: (count) => `${de.articleCount(count)} geladen.`,
  relatedHeading: 'Weitere Artikel',
  photoCredit: (credit) => (/^(?:foto|bild)\b/i.test(credit) ? credit : `Foto: ${credit}`),
  authors: (count) => (count === 1 ? 'Autor' : 'Autoren'),
  tags: 'Schlagwörter',
  published: 'Veröffentlicht',
  updated: 'Aktualisiert',
  readOriginal: 'Auf der Website des Herausgebers lesen',
  bodyUnavailable: 'Der Text des Artikels kann hier nicht angezeigt werden. Sie können ihn auf der Website des Herausgebers lesen.',
  newTab: '(öffnet in einem neuen Tab)',
  articleCount: (count) => `${count} Artikel`,
  newArticles: (count) => `${count} ${one(count) ? 'neuer Artikel' : 'neue Artikel'} – anzeigen`,
  editor: {
    source: (name) => `Quelle: ${name}`,
    more: 'Weitere Nachrichten',
    moreShown: (count) => `${de.articleCount(count)} mehr angezeigt.`,
    allNews: (site) => `Alle Nachrichten: ${site}`,
  },
};

export default de;
