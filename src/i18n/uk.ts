import type { Messages } from './messages.js';

const plural = new Intl.PluralRules('uk');
/** one: 1, 21; few: 2–4, 22–24; many: 0, 5–20, 25…; other: fractions. */
const forms = (count: number, one: string, few: string, many: string, other: string) =>
  ({ one, few, many, other })[plural.select(count) as 'one' | 'few' | 'many' | 'other'] ?? other;

export const uk: Messages = {
  lang: 'uk',
  loading: 'Завантаження новин…',
  empty: 'Немає новин для показу.',
  errors: {
    network: 'Не вдалося з’єднатися з джерелом новин.',
    cors: 'Джерело новин не дозволяє цьому сайту показувати свої новини.',
    http: 'Сервер новин повернув помилку.',
    timeout: 'Джерело новин не відповіло вчасно.',
    parse: 'Не вдалося прочитати новини: файл джерела пошкоджено.',
    format: 'За цією адресою немає стрічки новин у підтримуваному форматі.',
    config: 'Цей блок новин налаштовано неправильно, тому він не може показати новини.',
  },
  offline: 'Немає з’єднання з інтернетом. Перевірте з’єднання і спробуйте ще раз.',
  redirects: 'Джерело новин перенаправляє по колу.',
  reset: 'Зʼєднання з джерелом новин обірвалося.',
  tooLarge: 'Файл із новинами завеликий.',
  notUpdated: 'Зараз не вдалося оновити новини.',
  httpStatus: (status) => `Сервер новин повернув помилку (код ${status}).`,
  webPage: (feedUrl) =>
    feedUrl
      ? `Ця адреса веде на вебсторінку, а не на стрічку новин. Стрічка цієї сторінки: ${feedUrl}`
      : 'Ця адреса веде на вебсторінку, а не на стрічку новин.',
  keptData: 'Показано новини, завантажені минулого разу.',
  retry: 'Спробувати ще раз',
  loaded: (count) => `Завантажено: ${uk.articleCount(count)}.`,
  relatedHeading: 'Інші статті',
  photoCredit: (credit) => (/^фото/i.test(credit) ? credit : `Фото: ${credit}`),
  authors: (count) => (count === 1 ? 'Автор' : 'Автори'),
  tags: 'Теги',
  published: 'Опубліковано',
  updated: 'Оновлено',
  readOriginal: 'Читати на сайті видавця',
  bodyUnavailable: 'Не вдалося показати тут текст статті. Його можна прочитати на сайті видавця.',
  newTab: '(відкривається в новій вкладці)',
  articleCount: (count) => `${count} ${forms(count, 'стаття', 'статті', 'статей', 'статті')}`,
  newArticles: (count) => `${count} ${forms(count, 'нова стаття', 'нові статті', 'нових статей', 'нової статті')} — показати`,
  editor: {
    source: (name) => `Джерело: ${name}`,
    more: 'Більше новин',
    moreShown: (count) => `Показано ще: ${uk.articleCount(count)}.`,
    allNews: (site) => `Усі новини: ${site}`,
  },
};

export default uk;
