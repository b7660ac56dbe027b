/**
 * Words that say nothing about what an article is about, in Polish and English together: a
 * bilingual feed mixes them, and the few words the two share ("a", "i", "to", "on") carry no topic
 * in either. Kept as strings split on first use, which gzip far better than array literals.
 */

/** Function words: pronouns, conjunctions, prepositions, particles, forms of "to be". */
export const FUNCTION_WORDS =
  'a aby albo ale ani aż bardzo bez bo bowiem by być był była było były będzie będą ci cię co coś czy czyli dla dlatego do dość gdy gdyby gdyż gdzie go i ich ile im inna inne inny innych iż ja ją jak jaki jaka jakie jako je jego jej jemu jest jeszcze jeśli jeżeli już kiedy kto która które którego której którą który których którym którymi którzy lecz lub ma mają mi mimo między mnie mu my na nad nam nas nasz nasza nasze naszego naszych naszym nawet nią nic nich nie niego niej nim niż o od on ona one oni ono oraz po pod podczas ponieważ poza przed przez przy się sobie sobą swoje swojej swoich swój są ta tak taka taki takie także tam te tego tej temu ten to tu tych tym u w we więc właśnie z za ze że żeby ' +
  'about above after again against all also an and any are as at be because been before being below between both but can could did does down during each either for from had has have he her here him his how if in into is it its itself just me might must no nor not of off once only or other our out over own per same she should so some such than that the their them then there these they this those through too under until up upon us very via was were what when where whether which while who whom why will with within without would yet you your';

/**
 * Words every kind of local news uses: numbers, days and months, "new", "each", "can", "will
 * take place", "town". In a large feed their rarity weight sinks by itself; in a small one
 * (many city feeds hold 20 items) two stories about different things would meet on them.
 */
export const NEWS_WORDS =
  'jeden jedna jedno jednego dwa dwie dwóch trzy trzech cztery czterech pięć pięciu sześć siedem osiem dziewięć dziesięć dwadzieścia trzydzieści sto tysiąc tysiące tysięcy pierwszy pierwsza pierwsze pierwszej pierwszego drugi druga drugie kolejny kolejna kolejne kolejnych procent ' +
  'rok roku lat lata latach miesiąc miesiące miesięcy miesięcznie tydzień tygodnia tygodniu tygodnie tygodni dzień dnia dni godzina godziny godzinie godzin godzinę minut minuty rano wieczorem dziś dzisiaj jutro wczoraj teraz wtedy potem koniec końca końcu początek początku połowie ' +
  'poniedziałek poniedziałku wtorek wtorku środa środę środy czwartek czwartku piątek piątku sobota sobotę soboty niedziela niedzielę niedzieli weekend weekendy ' +
  'styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca sierpień sierpnia wrzesień września październik października listopad listopada grudzień grudnia ' +
  'nowy nowa nowe nowego nowej nowych nowym nowymi każdy każda każde każdego każdej każdym wszyscy wszystkie wszystkich wszystko cały cała całe całej ponad około więcej mniej wiele kilka kilku również też tylko ' +
  'może można mogą musi muszą trzeba wystarczy zostanie zostaną został została zostało zostały odbędzie odbędą dostanie dostaną mieć miał miała ' +
  'miasto miasta mieście miastu miejski miejska miejskie miejskiej miejskich mieszkańcy mieszkańców mieszkańcom mieszkańca zł mln tys ' +
  'two three four five six seven eight nine hundred thousand first second third next last new every many much more most few several cent ' +
  'year years month months monthly week weeks day days hour hours minute minutes today tomorrow now end start ' +
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
  'get gets got take takes taken make makes made goes still already town city residents zloty';

let set: Set<string> | undefined;

/** True for a word (in lower case) that carries no topic. */
export function isStopword(word: string): boolean {
  return (set ??= new Set(`${FUNCTION_WORDS} ${NEWS_WORDS}`.split(' '))).has(word);
}
