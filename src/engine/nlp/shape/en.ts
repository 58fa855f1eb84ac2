// English words of a post's shape: opening labels, the furniture of a press release and the words
// around a question or a name (dates, times and amounts are in calendar/). Lower-case regex
// fragments, each list read by the pattern its comment names (see index.ts); every entry has an
// example that shape.test.ts walks through that pattern.
import type { PhraseEntry } from '../phrase-data';

// Labels that open a post: "#UPDATE |", "BREAKING:" (structure.ts).

/** A word before the category: "Latest news:", "Travel update |". */
export const kickerQualifiers: PhraseEntry[] = [
  { phrase: 'latest', example: 'Latest news: the Dalton Road bridge has reopened.' },
  { phrase: 'breaking', example: 'Breaking news | Fire crews are at a warehouse in Fellgate.' },
  { phrase: 'travel', example: 'Travel update: the 24 bus is diverted via Church Street.' },
  { phrase: 'traffic', example: 'Traffic alert: a lorry has shed its load on the A19.' },
  { phrase: 'service', example: 'Service update | The tip at Byker opens late on Tuesday.' },
  { phrase: 'road', example: 'Road closure: Grey Street is shut for the parade on Sunday.' },
  { phrase: 'weather', example: 'Weather warning: strong winds are forecast along the coast.' },
  { phrase: 'local', example: 'Local news: the Fellgate library gets a new reading garden.' },
];

/** A news or service category, as a label opening a post. */
export const kickerCategories: PhraseEntry[] = [
  { phrase: 'news', example: 'NEWS: The Quayside car park reopens on Monday.' },
  { phrase: 'update', example: '#UPDATE | The footbridge has reopened to pedestrians.' },
  { phrase: 'updates', example: 'Updates: the 24 and 25 buses are back on their normal routes.' },
  { phrase: 'alert', example: 'ALERT: Heavy rain is expected across the county tonight.' },
  { phrase: 'alerts', example: 'Alerts | Flood warnings are in place along the River Tyne.' },
  { phrase: 'breaking', example: 'BREAKING: Fire crews are tackling a large blaze at a warehouse in Fellgate.' },
  { phrase: 'warning', example: 'WARNING: Fake parking fine letters are being posted in Hexham.' },
  { phrase: 'reminder', example: 'Reminder: the garden waste service ends for winter on Friday.' },
  { phrase: 'notice', example: 'Notice | The customer service centre is closed on Wednesday morning.' },
  { phrase: 'appeal', example: '#APPEAL | Police are looking for witnesses to a collision on the A69.' },
  { phrase: 'wanted', example: 'WANTED: Officers want to trace a man in connection with a burglary in Byker.' },
  { phrase: 'missing', example: '#MISSING | Have you seen 14-year-old Jordan from Gateshead?' },
  { phrase: 'arrest', example: 'ARREST | A 29-year-old man has been detained after a robbery in Jesmond.' },
  { phrase: 'arrests', example: 'ARRESTS: Three people were detained after a disturbance in the city centre.' },
  { phrase: 'arrested', example: 'ARRESTED: A man has been held on suspicion of drink-driving.' },
  { phrase: 'charge', example: 'CHARGE | A woman will appear in court over a string of thefts.' },
  { phrase: 'charged', example: 'CHARGED: Two men will appear before magistrates on Monday.' },
  { phrase: 'charges', example: 'Charges | A teenager faces three counts of criminal damage.' },
  { phrase: 'jailed', example: 'JAILED: A burglar who targeted elderly residents has been locked up for six years.' },
  { phrase: 'sentenced', example: 'SENTENCED | A driver who fled the scene of a crash will serve 18 months.' },
  { phrase: 'convicted', example: 'CONVICTED: A fraudster who posed as a builder will be sentenced in May.' },
  { phrase: 'guilty', example: 'GUILTY | A man has been found responsible for a string of car thefts.' },
  { phrase: 'closure', example: 'Closure: Front Street is shut between the bank and the church this weekend.' },
  { phrase: 'closures', example: 'Closures: three libraries shut early on Christmas Eve.' },
  { phrase: 'closed', example: 'CLOSED | The Leazes Park toilets are shut for repairs until Friday.' },
  { phrase: 'roadworks', example: 'Roadworks: expect delays on the A1 at Blaydon this week.' },
  { phrase: 'traffic', example: 'TRAFFIC: Delays of 20 minutes on the Coast Road heading into town.' },
  { phrase: 'travel', example: 'Travel | Northern trains are running a reduced service.' },
  { phrase: 'weather', example: 'WEATHER | Snow and ice are expected on higher routes overnight.' },
  { phrase: 'recall', example: 'Recall: a batch of peanut butter is being withdrawn from shops.' },
  { phrase: 'outage', example: 'OUTAGE | Around 300 homes in Morpeth are without power.' },
  { phrase: 'disruption', example: 'Disruption: the 10 bus is diverted away from Westgate Road.' },
  { phrase: 'scam ?alert', example: 'SCAM ALERT: Fraudsters are phoning residents and posing as bank staff.' },
  { phrase: 'fraud ?alert', example: '#FraudAlert | Beware of fake energy rebate texts.' },
  { phrase: 'statement', example: 'Statement: our response to the inspection report.' },
];

// The furniture of a press release.

/** A release's header line (release-register.ts). */
export const releaseHeaders: PhraseEntry[] = [
  { phrase: 'press release', example: 'Press release:\nNorthwind Energy opens its largest battery site.' },
  { phrase: 'for immediate release', example: 'FOR IMMEDIATE RELEASE\nAcme launches solar roof tiles for homes.' },
  { phrase: 'news release', example: 'News Release\nThe university names a new vice-chancellor.' },
  { phrase: 'embargoed until[^\\n]{0,40}', example: 'EMBARGOED UNTIL 00:01 GMT, 5 MARCH 2026\nNorthwind Energy will publish its annual results.' },
];

/** The heading of a release's boilerplate, "About X" (structure.ts, release-register.ts). */
export const aboutWords: PhraseEntry[] = [
  { phrase: 'about', example: 'About Acme Energy\nAcme Energy supplies power to 40,000 homes.' },
];

/** An article between "About" and the name (structure.ts, release-register.ts), or before a subject's name (extract.ts). */
export const articles: PhraseEntry[] = [
  { phrase: 'the', example: 'About the Fellgate Trust\nThe Fellgate Trust runs four community centres.' },
];

/** The verbs of a boilerplate that goes on after its name, "About X: X is …" (structure.ts). "Is" and "was" are Dutch too. */
export const aboutVerbs: PhraseEntry[] = [
  { phrase: 'is', example: 'About Fellgate Travel: Fellgate Travel is an independent agency in Hexham.' },
  { phrase: 'was', example: 'About Cardale: Cardale University was founded in 1891 in the city centre.' },
  { phrase: 'are', example: 'About Riverside Homes: our 400 homes are managed from Leeds.' },
  { phrase: 'has', example: 'About Northwind Energy: Northwind Energy has supplied homes in the North East since 1998.' },
  { phrase: 'provides', example: 'About Brightwell: Brightwell provides school meals across the county.' },
];

/** A line that ends a release, beside "###" and "***": "-ends-", "- END -" (structure.ts). */
export const endMarks: PhraseEntry[] = [
  { phrase: '-{0,2}\\s?ends?\\s?-{0,2}', example: 'Northwind Energy has opened a new depot in Gateshead.\n\n-ends-' },
];

/** A line that ends a release, beside "###", as the register reads it: "- ENDS -" (release-register.ts). */
export const editorsNoteLines: PhraseEntry[] = [
  { phrase: '-?\\s?ends\\s?-?', example: 'The new depot opens in May.\n\n- ENDS -' },
];

/** Notes to editors and press contacts, anywhere in a release (release-register.ts). */
export const editorsNotes: PhraseEntry[] = [
  { phrase: 'notes? (?:to|for) (?:the )?editors', example: 'Notes to editors: images of the new depot are available on request.' },
  { phrase: 'not for publication', example: 'Not for publication: the chief executive is available for interview on Friday.' },
  { phrase: 'media contact', example: 'Media contact: press@northwind.example' },
];

/** Who said it, after a closing quote: `," said Helen Forsyth` (release-register.ts; case as written). */
export const saidVerbs: PhraseEntry[] = [
  { phrase: 'said', example: '"A landmark deal," said Helen Forsyth, Chief Commercial Officer.' },
  { phrase: 'says', example: '"This changes how our customers heat their homes," says chief executive Tom Reed.' },
  { phrase: 'added', example: '"We are proud of the team," added Priya Shah.' },
  { phrase: 'explained', example: '"Every home will be connected by spring," explained project lead Owen Hart.' },
  { phrase: 'commented', example: '"It is a big step for the region," commented Mayor Jane Ellis.' },
];

/** Who said it, after a comma: ", according to chief executive Sarah Hall" (release-register.ts; case as written). */
export const accordingTo: PhraseEntry[] = [
  { phrase: 'according to', example: 'Demand for heat pumps doubled last year, according to chief executive Sarah Hall.' },
];

/** The day of "Acme today announced" (release-register.ts). */
export const newsDays: PhraseEntry[] = [
  { phrase: 'today', example: 'Northwind Energy today announced a new wind farm off Teesside.' },
  { phrase: 'yesterday', example: 'The trust yesterday opened its new children’s ward.' },
  { phrase: 'this week', example: 'Brightwell Foods this week confirmed plans for a second bakery.' },
];

/** The verb of "Acme today announced" (release-register.ts). */
export const newsVerbs: PhraseEntry[] = [
  { phrase: 'announced', example: 'Acme today announced a new plant in Sunderland.' },
  { phrase: 'launched', example: 'The council today launched its new recycling app.' },
  { phrase: 'opened', example: 'The hospital yesterday opened a new maternity unit.' },
  { phrase: 'confirmed', example: 'Northwind Energy this week confirmed the closure of its call centre.' },
  { phrase: 'unveiled', example: 'The museum today unveiled a restored Roman mosaic.' },
  { phrase: 'revealed', example: 'The airport today revealed plans for a second runway.' },
  { phrase: 'signed', example: 'Fellgate Travel yesterday signed a deal with two ferry lines.' },
  { phrase: 'named', example: 'Cardale University today named a new vice-chancellor.' },
  { phrase: 'welcomed', example: 'The zoo this week welcomed two red panda cubs.' },
  { phrase: 'completed', example: 'Brightwell Foods today completed the purchase of a Leeds bakery.' },
];

/** A word before the organisation's name as a news subject; English puts "Council" after it (release-register.ts). */
export const nameTitles: PhraseEntry[] = [];

/** The day between the organisation's name and its verb, "Acme today announced" (release-register.ts). */
export const todayWords: PhraseEntry[] = [
  { phrase: 'today', example: 'Northwind Energy today invests in a second battery site.' },
];

/** The verbs of the organisation as a news subject, "Acme announces …" (release-register.ts). */
export const subjectVerbs: PhraseEntry[] = [
  { phrase: 'has been named', example: 'Northwind Energy has been named supplier of the year.' },
  { phrase: 'announced', example: 'Northwind Energy announced a new tariff for heat pumps.' },
  { phrase: 'announces', example: 'Acme announces a partnership with two housing associations.' },
  { phrase: 'launched', example: 'Northwind Energy launched a smart meter app last spring.' },
  { phrase: 'launches', example: 'Acme launches solar roof tiles for homes.' },
  { phrase: 'opened', example: 'Acme opened its second factory in Sunderland.' },
  { phrase: 'opens', example: 'Northwind Energy opens a customer hub in Gateshead.' },
  { phrase: 'confirmed', example: 'Acme confirmed the sale of its tiles division.' },
  { phrase: 'confirms', example: 'Northwind Energy confirms new prices from April.' },
  { phrase: 'unveiled', example: 'Acme unveiled its new roof tile at the trade fair.' },
  { phrase: 'signed', example: 'Northwind Energy signed a deal for a new wind farm.' },
  { phrase: 'invests', example: 'Acme invests in a training centre for roofers.' },
  { phrase: 'welcomes', example: 'Northwind Energy welcomes the new energy price cap.' },
];

// Around a question or a name (extract.ts).

/** The first word of a yes/no question that a post answers itself: "Need a new bin? Order one online.". */
export const hookOpeners: PhraseEntry[] = [
  { phrase: 'are', example: 'Are you a carer? Our new support line is open seven days a week.' },
  { phrase: 'do', example: 'Do you cycle to work? The new lane on Front Street opens on Monday.' },
  { phrase: 'did', example: 'Did you know the library lends out telescopes? Members can borrow one for two weeks.' },
  { phrase: 'does', example: 'Does your boiler need a service? Our engineers have slots free this month.' },
  { phrase: 'have', example: 'Have you moved house recently? Council tax accounts can be updated online in a few minutes.' },
  { phrase: 'has', example: 'Has your bin not been emptied? Missed collections can be reported online until 5pm.' },
  { phrase: 'is', example: 'Is your bike ready for winter? The repair café checks lights and brakes for free.' },
  { phrase: 'could', example: 'Could you foster a child? Our next information evening is on 12 March.' },
  { phrase: 'can', example: 'Can you spare an hour a week? The food bank needs drivers on Saturday mornings.' },
  { phrase: 'would', example: 'Would you like a free tree for your garden? Collection days start next week in Riverside Park.' },
  { phrase: 'will', example: 'Will you be away over Christmas? Bin collections move by one day.' },
  { phrase: 'want', example: 'Want to learn to code? Free evening classes start at the library in January.' },
  { phrase: 'wanna', example: 'Wanna try archery? The leisure centre runs free taster sessions all August.' },
  { phrase: 'need', example: 'Need a new passport? Appointments at the town hall take two minutes to book.' },
  { phrase: 'needs', example: 'Needs a repair? Potholes reported to the council are fixed within five working days.' },
  { phrase: 'looking', example: 'Looking for a summer job? The parks team is hiring seasonal gardeners.' },
  { phrase: 'thinking', example: 'Thinking about solar panels? Our free guide explains the costs step by step.' },
  { phrase: 'fancy', example: 'Fancy a swim before work? The lido opens at 6:30 from Monday.' },
  { phrase: 'ever', example: 'Ever wondered where your recycling goes? Our open day at the depot shows every step.' },
  { phrase: 'got', example: 'Got an old bike in the shed? The repair café fixes them for free on Saturdays.' },
  { phrase: 'planning', example: 'Planning a street party? Road closure forms for the summer are now online.' },
  { phrase: 'heading', example: 'Heading to the coast this weekend? The A1 is down to one lane near Morpeth.' },
  { phrase: 'struggling', example: 'Struggling with energy bills? Our advisers can check your tariff over the phone.' },
  { phrase: 'still', example: 'Still looking for a summer job? The parks team is hiring seasonal gardeners.' },
  { phrase: 'worried', example: 'Worried about a neighbour in the cold? The warm spaces in every library are open each afternoon.' },
];

/** The first words of a question put to anyone who can answer: "Who remembers …?". */
export const openQuestions: PhraseEntry[] = [
  { phrase: 'who', example: 'Who still has photos of the old swimming baths on Northumberland Road?' },
  { phrase: 'anyone', example: 'Anyone seen a grey cat near Church Street this week?' },
  { phrase: 'has anyone', example: 'Has anyone found a set of keys on the Quayside?' },
  { phrase: 'does anyone', example: 'Does anyone remember the tram that ran along Front Street?' },
];

/** Capitalised words that open a sentence but are no name: "Today Northgate Library is …" has no news subject. */
export const notNames: PhraseEntry[] = [
  { phrase: 'i', example: 'I have moved to the Gateshead depot after ten years in Leeds.' },
  { phrase: 'we', example: 'We have opened a second food bank in Fellgate.' },
  { phrase: 'you', example: 'You are welcome at the drop-in any Tuesday.' },
  { phrase: 'they', example: 'They were the first school in the county to go plastic-free.' },
  { phrase: 'he', example: 'He has driven the number 12 bus for thirty years.' },
  { phrase: 'she', example: 'She was our first apprentice and now runs the depot.' },
  { phrase: 'it', example: 'It is the busiest weekend of the year at the tip.' },
  { phrase: 'this', example: 'This Saturday is the last market before Christmas.' },
  { phrase: 'that', example: 'That is the last bus of the evening from the hospital.' },
  { phrase: 'there', example: 'There are still tickets left for the quiz night.' },
  { phrase: 'here', example: 'Here is the new timetable for the ferry.' },
  { phrase: 'our', example: 'Our Repair Café is back in the church hall.' },
  { phrase: 'my', example: 'My Neighbour Totoro is the family film at the library this month.' },
  { phrase: 'what', example: 'What is the best way to get to the stadium on match day?' },
  { phrase: 'who', example: 'Who is running the Great North Run for the hospice?' },
  { phrase: 'how', example: 'How are the roadworks on Front Street going?' },
  { phrase: 'why', example: 'Why is the bridge closed again?' },
  { phrase: 'when', example: 'When is the next bulky waste collection?' },
  { phrase: 'where', example: 'Where was this photo of the old Town Hall taken?' },
  { phrase: 'if', example: 'If Northgate Library is closed, try the mobile library van.' },
  { phrase: 'so', example: 'So Grace has finally retired after 40 years at the front desk.' },
  { phrase: 'and', example: 'And Ellis is back on the late shift from Monday.' },
  { phrase: 'but', example: 'But Dalton Road is still closed to through traffic.' },
  { phrase: 'thank', example: 'Thank You Week is back at the hospice this June.' },
  { phrase: 'thanks', example: 'Thanks A Million is our new evening for volunteers.' },
  { phrase: 'hi', example: 'Hi Neighbour Day is back on Sunday in every park.' },
  { phrase: 'please', example: 'Please Note The Office Is Closed On Monday.' },
  { phrase: 'let', example: 'Let It Snow is the theme of this year’s lights switch-on.' },
  { phrase: 'join', example: 'Join Us Live is back on Thursday evening.' },
  { phrase: 'meet', example: 'Meet The Maker is back at the Saturday market.' },
  { phrase: 'today', example: 'Today Northgate Library is closed for stocktaking.' },
];
