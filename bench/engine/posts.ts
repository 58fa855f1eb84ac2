// Synthetic social posts for the bench, written for it (not corpus texts). Each sentence has
// slots that a running counter fills, so no two generated sentences are equal and neither our
// per-sentence cache nor harper's can serve a "new" post from memory.
import type { Lang } from '../../src/engine/types';

const NL: readonly string[] = [
  'Vanavond om {h}.30 uur praten we in het wijkcentrum over de nieuwe speeltuin aan de {street}.',
  'Wat vinden jullie: moet het fietspad langs de {street} breder, of liever een extra oversteekplaats?',
  'Trots op ons team: al {n} bewoners hebben zich aangemeld voor de klimaatsessies!',
  'Save the date: op {d} november openen we de vernieuwde bibliotheek. Lees meer op onze website.',
  'Dank aan {name} en de vrijwilligers van de voedselbank, die deze week {n} pakketten rondbrachten.',
  'Heb jij last van wateroverlast gehad na de bui van {d} oktober? Laat het ons weten, dan kijken we mee.',
  'Binnenkort start de verbouwing van de sporthal; de ingang verhuist tijdelijk naar de {street}.',
  'Hoi {name}, vervelend dat je container niet is geleegd! Stuur ons je adres via een privébericht.',
  'Wij zijn de beste werkgever van de regio en daar zijn we {n} keer voor beloond.',
  'Schrijf je nu in voor de informatieavond over zonnepanelen op {d} december. Vol = vol!',
  'De afgelopen weken sprak ik met {n} ondernemers uit het centrum over parkeren en bereikbaarheid.',
  'Wat ons het meest opviel: bijna iedereen wil meer groen in de straat, en minder grijze stenen.',
  'Morgen tussen {h}.00 en {h}.45 uur is ons klantcontactcentrum slecht bereikbaar door onderhoud.',
  'Ken jij iemand die zich inzet voor de buurt? Nomineer hem of haar voor de vrijwilligersprijs van {y}.',
  'Met {n} nieuwe woningen aan de {street} zetten we een belangrijke stap voor starters.',
  'Volgens wethouder {name} is dit "een mooi voorbeeld van samenwerken met de wijk", aldus de gemeente.',
  'Nieuw bij ons: je paspoort aanvragen kan nu ook op zaterdagochtend, zonder afspraak tot {h}.00 uur.',
  'Welke vraag wil jij stellen aan de raad tijdens het vragenuurtje van {d} januari?',
  'Het water in de vijver bij de {street} is weer schoon, dankzij {n} uur werk van de hoveniers.',
  'Lees het hele verhaal van {name} op onze site en deel het met wie er iets aan heeft 👇',
  'Let op: door werkzaamheden rijdt buslijn {n} tot vrijdag een andere route. #bereikbaarheid',
  'Zelf een idee voor je straat? Dien het voor {d} maart in, we helpen je graag op weg. 🌳',
  'We hebben {n} reacties gekregen op de enquête over afval, bedankt allemaal! 🙏',
  'Onze collega {name} vertelt in de video hoe de nieuwe wijkaanpak werkt. https://example.nl/wijk{n}',
];

const EN: readonly string[] = [
  'Tonight at {h}:30 we are hosting a drop-in about the new playground on {street}.',
  'What do you think: should the bike lane on {street} be wider, or do we need another crossing?',
  'Proud of our team: {n} households have already signed up for the home-energy check!',
  'Save the date: on November {d} we open our refurbished visitor centre. Read more on our website.',
  'Huge thanks to {name} and the volunteers at the food bank, who delivered {n} parcels this week.',
  'Did the storm on October {d} leave you without power? Tell us where, and we will look into it.',
  'Coming soon: our new tariff, the best value on the market, with {n}% more green energy than last year.',
  'Hi {name}, sorry your meter reading did not come through! Send us a DM with your account number.',
  'We are the leading energy company in the region and have won {n} awards for it.',
  'Register now for the webinar on heat pumps on December {d}. Places are limited!',
  'Over the past few weeks I spoke with {n} customers about their bills and what confuses them.',
  'What stood out most: almost everyone wants simpler bills and a real person on the phone.',
  'Tomorrow between {h}:00 and {h}:45 our customer portal will be unavailable for maintenance.',
  'Do you know someone who cuts their energy use in clever ways? Nominate them for the {y} community award.',
  'With {n} new wind turbines off the coast near {street}, we take a big step towards clean power.',
  '"This is a milestone for the whole region," said CEO {name}, according to the company.',
  'New for you: you can now switch tariffs in the app, any day until {h}:00 in the evening.',
  'Which question would you ask our engineers during the live Q&A on January {d}?',
  'The solar park on {street} delivered {n} megawatt hours last month, thanks to a sunny spring.',
  'Read the full story of {name} on our blog and share it with anyone who might need it 👇',
  'Heads-up: works on line {n} mean some streets may see short outages until Friday. #outage',
  'Got an idea to save energy in your street? Send it in before March {d}, we are happy to help. 🌱',
  'We received {n} replies to our survey about smart meters, thank you all! 🙏',
  'Our colleague {name} explains in the video how the new repair service works. https://example.com/repair{n}',
];

const NAMES = ['Anouk', 'Sem', 'Fatima', 'Daan', 'Priya', 'Jordan', 'Mila', 'Tobias', 'Yara', 'Lucas'];
const STREETS = ['Dorpsstraat', 'Havenkade', 'Mill Lane', 'Kerkweg', 'Station Road', 'Sluisweg'];

/** Fills slots from a running counter: every call gives a sentence never produced before. */
export class SentenceSource {
  private counter = 0;
  constructor(private readonly lang: Lang) {}

  next(): string {
    const bank = this.lang === 'nl' ? NL : EN;
    const c = this.counter++;
    // Step through the bank with a stride coprime to its length, so neighbours vary.
    const template = bank[(c * 7) % bank.length]!;
    return template
      .replaceAll('{n}', String(12 + c))
      .replaceAll('{h}', String(8 + (c % 12)))
      .replaceAll('{d}', String(1 + (c % 28)))
      .replaceAll('{y}', String(2020 + (c % 9)))
      .replaceAll('{name}', NAMES[c % NAMES.length]!)
      .replaceAll('{street}', STREETS[c % STREETS.length]!);
  }
}

/** A post of exactly `length` UTF-16 units (cut mid-sentence, as while typing), or one less
 * so as not to split an emoji's surrogate pair. */
export function buildPost(source: SentenceSource, length: number): string {
  let post = '';
  let inParagraph = 0;
  while (post.length < length) {
    const sentence = source.next();
    // Paragraph breaks every few sentences, as in LinkedIn posts.
    const sep = post === '' ? '' : inParagraph >= 3 ? '\n\n' : ' ';
    inParagraph = sep === '\n\n' ? 0 : inParagraph + 1;
    post += sep + sentence;
  }
  const cut = /[\uD800-\uDBFF]/.test(post[length - 1] ?? '') ? length - 1 : length;
  return post.slice(0, cut);
}

/** The same post with one word changed in a middle sentence: the "small edit" of a keystroke. */
export function smallEdit(post: string, edit: number): string {
  const middle = Math.floor(post.length / 2);
  const space = post.indexOf(' ', middle);
  const at = space === -1 ? middle : space;
  return `${post.slice(0, at)} x${edit}${post.slice(at)}`;
}
