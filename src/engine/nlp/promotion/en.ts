// English signals of selling and boasting. Lower-case lexicon fragments (see ../phrases.ts),
// {award} standing for the award nouns of every language, and lower-case words for the
// superlative lists; every entry has an example that promotion.test.ts walks.
import type { PhraseEntry } from '../phrase-data';

/** Fixed boasts: "market leader", "award-winning". */
export const boasts: PhraseEntry[] = [
  { phrase: 'market[- ]leader', example: 'We are the market leader in smart meters for landlords.' },
  { phrase: 'market[- ]leading', example: 'Our market-leading app makes switching easy.' },
  { phrase: 'industry[- ]leading', example: 'Industry-leading response times for every repair.' },
  { phrase: 'sector[- ]leading', example: 'Sector-leading training for all our apprentices.' },
  { phrase: 'world[- ]class', example: 'World-class care, right here in Fellgate.' },
  { phrase: 'award[- ]winning', example: 'Award-winning service, every day.' },
  { phrase: '(?:partner|employer|supplier) of choice', example: 'We aim to be the employer of choice in the North East.' },
  { phrase: 'nobody does it (?:better|like us)', example: 'Fish and chips by the sea: nobody does it better.' },
  { phrase: 'unrivall?ed', example: 'Unrivalled views from every room of the new hotel.' },
  { phrase: 'unmatched', example: 'Our coverage is unmatched across the county.' },
  { phrase: 'second to none', example: 'The care our nurses give is second to none.' },
  { phrase: "leading the way|(?:leading|spearheading) (?:a|the) (?:revolution|transformation|charge)|(?:we['’]re|we are|is|are) (?:already )?(?:transforming|revolutioni[sz]ing) (?:thousands|hundreds|millions|the (?:industry|sector|way))", example: "We're leading a revolution in how the sector thinks about data, and our platform is already transforming thousands of farms." },
  { phrase: 'the benchmark for', example: 'Our depot is the benchmark for green logistics.' },
  { phrase: 'must[- ]read', example: 'Our new guide to heat pumps is a must-read.' },
  { phrase: 'must[- ]have', example: 'The must-have app for every commuter.' },
  { phrase: "(?:uk|britain|europe|world|country|region|nation|belgium|netherlands|flanders)['’]s (?:#1|number one|no\\.? ?1|best|leading|largest|biggest|greenest|fastest[- ]growing|most \\p{L}+|\\p{L}+est)", example: "Meet the UK's greenest energy supplier." },
  // "#1" reads the same in Dutch.
  { phrase: '#1', example: 'Rated #1 for customer service three years running.' },
  { phrase: 'number one (?:in|for)', example: 'We are number one for customer satisfaction.' },
  { phrase: 'reference (?:hospital|centre|center) (?:for|in)', example: 'We are the reference centre for rare diseases in the region.' },
];

/** Exclusive comparisons: nobody else, nowhere else, better than anyone, the reference. */
export const exclusiveComparisons: PhraseEntry[] = [
  // "No planner knows the roads like I do", "No other bank makes it this easy".
  { phrase: "no (?:other )?\\p{L}+ (?:\\p{L}+ ){0,6}(?:like (?:i|we) do|as (?:well|easy|good|fast|quick|cheap|simple) as (?:we|us|me|i))|no other \\p{L}+ (?:\\p{L}+ ){0,6}(?:this|so) (?:easy|simple|good|fast|quick|cheap|convenient)", example: 'No other library in the county makes it this easy to borrow an e-book.' },
  { phrase: 'nowhere (?:else )?(?:\\p{L}+ )?(?:better|faster|quicker|cheaper)', example: 'Nowhere serves better fish and chips than the harbour kiosk.' },
  { phrase: '(?:nobody|no one|no-one) (?:\\p{L}+ ){0,4}(?:better|faster|quicker|cheaper|more) than', example: 'No one knows these streets better than our drivers.' },
  // "More than anyone expected" compares with an expectation, not with others.
  { phrase: 'than any(?:one|body)(?: else)?(?! (?:expected|thought|imagined|predicted|hoped|guessed))', example: 'We answer calls faster than anyone else.' },
  { phrase: 'than any other', example: 'More charging points than any other supplier in the North.' },
  { phrase: 'like no other', example: 'A summer festival like no other.' },
  { phrase: 'like nobody else', example: 'We look after our tenants like nobody else.' },
  { phrase: 'better than the rest', example: 'Simply better than the rest.' },
  { phrase: 'the reference (?:for|in|point for)', example: 'Our lab is the reference for water testing in the region.' },
  { phrase: '(?:nobody|no one|no-one) (?:\\p{L}+ ){0,6}like (?:i|we) do', example: 'Nobody in this borough reads a client like I do.' },
];

/** Boasts that count only with others: "unique", "landmark". */
export const weakBoasts: PhraseEntry[] = [
  { phrase: 'the (?:perfect|ultimate) (?:gift|present|stocking filler|day out|choice|treat|companion)|hands down', example: 'Our vouchers: the perfect gift for anyone who loves a good show.' },
  { phrase: 'unique', example: 'A unique chance to see the depot from the inside.' },
  { phrase: 'landmark', example: 'A landmark day for the new hospital wing.' },
  { phrase: 'unmissable', example: 'The summer fair is back, and it is unmissable.' },
  { phrase: 'legendary', example: 'Come for the music, stay for our legendary cream teas.' },
  { phrase: "(?:you['’]ll|you will) ever (?:see|taste|hear|try)", example: 'The tallest sandcastle you will ever see.' },
  { phrase: 'second to none', example: 'Our customer service is second to none.' },
  { phrase: 'world-class|first-class|unforgettable', example: 'World-class teaching and an unforgettable student life.' },
];

/** Pride with something to announce: "proud to share". */
export const proudTo: PhraseEntry[] = [
  { phrase: '(?:incredibly |so |very |immensely |super |really )?(?:proud|thrilled|excited|delighted) to (?:announce|share|tell|say|present|introduce)', example: 'So proud to announce our new partnership with Tyne College.' },
  { phrase: 'grateful for this (?:recognition|honou?r|award)', example: 'The whole team is grateful for this recognition.' },
];

/** Pride on its own. */
export const pride: PhraseEntry[] = [
  { phrase: '(?:incredibly |so |very |immensely |super )?proud', example: 'So proud of our apprentices this year.' },
  { phrase: 'thrilled', example: 'Thrilled with the turnout at the open day.' },
  { phrase: 'delighted to share', example: 'Delighted to share our results for the year.' },
  { phrase: 'excited to share', example: 'Excited to share a first look at the new depot.' },
  { phrase: 'honou?red', example: 'Honoured to receive this from the mayor.' },
  { phrase: 'humbled', example: 'Humbled by all the kind messages this week.' },
];

/** What is won: an award, "… of the year". */
export const awardNouns: PhraseEntry[] = [
  // Dutch posts say "award" too; it is English first.
  { phrase: 'award', example: 'Our housing team has won a national award.' },
  { phrase: 'of the year', example: 'Named Supplier of the Year at the energy awards.' },
  { phrase: 'winner', example: 'Our apprentice was crowned overall winner.' },
];

/** Winning a prize: "has won an award". */
export const awardWins: PhraseEntry[] = [
  // "won" is Dutch too ("won de prijs").
  { phrase: '(?:won|wins|has won|received|named|crowned)[^.?!]{0,60}(?:{award})', example: 'Fellgate Travel wins the regional transport award.' },
  { phrase: '\\d+ under \\d+', example: 'Our Head of Data made the 30 under 30 list.' },
  { phrase: 'named one of', example: 'Named one of the best places to work in the North.' },
];

/** Hashtags of pride and prizes. */
export const hashtags: PhraseEntry[] = [
  { phrase: 'award', example: 'What a night for the team. #award' },
  { phrase: 'winning', example: 'Best stand at the show. #winning' },
  { phrase: 'proud', example: 'Three new qualified nurses! #proud' },
  { phrase: 'blessed', example: 'Ten years with this team. #blessed' },
  { phrase: 'humbled', example: 'Thank you for the kind words. #humbled' },
];

/** Recognition short of a prize. */
export const recognition: PhraseEntry[] = [
  { phrase: 'recognition', example: 'Great recognition for the work of our volunteers.' },
  { phrase: 'nominated', example: 'Our project has been nominated for a Green City award.' },
  { phrase: 'shortlisted', example: 'Shortlisted for Employer of the Year.' },
  { phrase: 'voted (?:the )?(?:best|top|favourite|favorite)', example: 'Voted best café on the high street by our readers.' },
];

/** Sales calls: discounts, offers, buy now. */
export const salesCalls: PhraseEntry[] = [
  { phrase: '\\d+ ?% ?(?:off|discount)', example: '20% off all smart thermostats this week.' },
  { phrase: 'discount(?: code)?', example: 'Use the discount code WINTER at checkout.' },
  // Dutch posts say "black friday" and "cyber monday" too; they are English first.
  { phrase: 'black friday', example: 'Black Friday deals on heat pumps start now.' },
  { phrase: 'cyber monday', example: 'Cyber Monday: free installation on every order.' },
  { phrase: 'offer ends', example: 'Offer ends Sunday at midnight.' },
  { phrase: 'be quick', example: 'Only ten slots left, be quick.' },
  { phrase: 'limited (?:time|offer|slots|places|availability|installation slots)', example: 'Limited installation slots left this month.' },
  { phrase: "free (?:\\d+[- ](?:day|week|month)s? )?(?:survey|trial|quote|consultation|gift)|sign (?:up )?(?:now|today)|lock in (?:this year['’]s|today['’]s|your|the current|current|the old) (?:price|prices|rate|rates)|(?:dm|message|call|email) (?:me|us) for a quote|ready to (?:future-proof|upgrade|switch|modernise|modernize|transform|supercharge|cut|slash|save on) your (?:\\p{L}+ ){0,2}\\p{L}+\\?", example: "Ready to future-proof your farm? Start your free 30-day trial, or sign now to lock in this year's price. DM me for a quote." },
  { phrase: 'order (?:now|today)', example: 'Order today for delivery before Christmas.' },
  { phrase: 'book (?:now|today|your free)', example: 'Book your free energy check today.' },
  { phrase: 'buy now', example: 'Buy now, pay in twelve months.' },
  { phrase: 'shop now', example: 'Our winter range is in, shop now.' },
  { phrase: 'switch (?:today|now)', example: 'Fixed for two years, switch today.' },
  { phrase: 'switch to \\p{L}+ today', example: 'Switch to Northwind today and save.' },
  { phrase: 'get [£€$]\\d+', example: 'Refer a friend and get £50 off your bill.' },
  { phrase: '[£€$]\\d+ credit', example: 'New customers get £25 credit on their first bill.' },
  { phrase: 'happy customers', example: 'Join over 10,000 happy customers.' },
  { phrase: 'why wait', example: 'Solar with no deposit. Why wait?' },
  // Retail selling: price claims, delivery, prizes to win, votes to ask for.
  { phrase: 'lowest prices?|lowest price guarantee', example: 'The lowest prices in town, every single day.' },
  { phrase: 'free (?:delivery|home delivery|shipping)', example: 'Free delivery on your first order!' },
  { phrase: 'chance to win|giveaway', example: 'Share this post for a chance to win a hamper!' },
  { phrase: 'vote for us', example: 'We are nominated! Please vote for us before Friday.' },
  { phrase: 'while stocks last', example: 'Half price while stocks last.' },
  { phrase: "(?:always|usually|will) sell out|(?:don['’]t|do not) miss out", example: 'Only 200 tickets and they always sell out, so do not miss out.' },
];

/** Softer selling: recruitment and "looking for a new supplier". */
export const softSales: PhraseEntry[] = [
  { phrase: 'apply now', example: 'Engineering apprenticeships open, apply now.' },
  { phrase: 'looking for (?:a|an|the) (?:new )?(?:partner|supplier|solution|system)', example: 'Looking for a new supplier for your business? Talk to us.' },
  // Dutch posts say "link in bio" too; it is English first.
  { phrase: 'link in bio', example: 'Full menu at the link in bio.' },
];

/** The author polishing their own image. */
export const selfImage: PhraseEntry[] = [
  { phrase: 'under my leadership', example: 'Under my leadership the pipeline tripled.' },
  { phrase: 'top performer', example: 'Top performer in the region for the third quarter running.' },
  { phrase: 'hustle', example: 'Up at 5, gym, inbox zero. The hustle never stops.' },
  // Dutch posts say "keynote" too; it is English first.
  { phrase: 'keynote(?: speaker)?', example: 'Next week I am keynote speaker at the energy summit.' },
  { phrase: 'standing ovation', example: 'A standing ovation after my talk, what a day.' },
  { phrase: "(?:i['’]ve been|i have been|been) (?:named|promoted|recognised|recognized|selected)", example: "I've been promoted to head of operations." },
  { phrase: 'promoted to', example: 'Thrilled to be promoted to senior engineer.' },
  { phrase: 'my dms are open', example: 'Want to learn how I did it? My DMs are open.' },
  { phrase: 'onwards and upwards', example: 'New job, new city, onwards and upwards.' },
  { phrase: 'only getting started', example: 'Ten deals closed this month and I am only getting started.' },
  { phrase: 'biggest deal of my career', example: 'Just signed the biggest deal of my career.' },
  { phrase: 'my vision', example: 'My vision for the company is simple.' },
  { phrase: 'the vision i', example: 'This is the vision I set out three years ago.' },
  { phrase: "when people told me it couldn['’]t be done", example: "When people told me it couldn't be done, I did it anyway." },
  { phrase: 'i just worked harder', example: 'Everyone else went home. I just worked harder.' },
  { phrase: 'who can beat (?:that|me)', example: 'Forty calls in an hour, who can beat that?' },
  { phrase: 'made it look easy', example: 'Closed the quarter early and made it look easy.' },
  { phrase: 'some of us just have it', example: 'Top sales again. Some of us just have it.' },
  // Not "I'm the first to admit", "I am the first point of contact", "I'm not the best at".
  { phrase: "(?:i['’]m|i am|i was|i might be|i may be|i must be) (?:(?!not |no |never )\\p{L}+ ){0,2}the (?:first|only|best|fastest|youngest|strongest)(?! way| thing to do| to | point| person to| one to)", example: "I'm the youngest director the firm has ever had." },
  { phrase: '(?:first|only) (?:engineer|nurse|manager|person|woman|man|one) (?:at|in) \\p{L}+ to', example: 'The first nurse at Fellgate to run the whole clinic alone.' },
  { phrase: 'not bad for (?:a|someone)', example: 'Marathon done in under four hours, not bad for a fifty-year-old.' },
  { phrase: "i don['’]t do average|that['’]s what i do|i (?:always )?deliver(?:ed)?(?: again)?[.!]", example: "People ask how I fit it in. I don't do average." },
  // The humble-brag's opening, and the nickname the author reports: "Not bragging, but …", "they call me 'the …'".
  { phrase: "not (?:to be )?(?:bragging|boasting|showing off)|(?:i['’]m )?not one to (?:brag|boast)|proud of myself", example: 'Not bragging, but my slots go within an hour of opening.' },
  { phrase: "(?:they|people|parents|colleagues|everyone|kids|members|customers|clients|the team) (?:\\S+ ){0,2}(?:call|calls|called) me ['‘\"]\\p{L}+|don['’]t call me (?:\\p{L}+ ){1,3}for nothing", example: "Parents already call me 'the one who gets them swimming'." },
  { phrase: 'top (?:mark|marks|score|result|student) (?:in|of) (?:my|the) (?:cohort|class|year|group|team)', example: 'Passed with a distinction, top mark in my cohort.' },
];

/** Open to offers: a hint of image polishing. */
export const openToOffers: PhraseEntry[] = [
  { phrase: 'my inbox is open', example: 'Ready for a new challenge, my inbox is open.' },
  // Dutch posts say "recruiters," and "headhunters," too; they are English first.
  { phrase: 'recruiters,', example: 'Recruiters, I am open to new roles in data.' },
  { phrase: 'headhunters,', example: 'Headhunters, you know where to find me.' },
];

/** Modesty, which softens pride. */
export const modesty: PhraseEntry[] = [
  { phrase: "(?:i['’]m )?not (?:posting this )?to show off", example: 'Not posting this to show off.' },
  { phrase: 'no sales pitch', example: 'No sales pitch, just what we learned.' },
  { phrase: 'the easy bit', example: 'Winning the bid was the easy bit.' },
  { phrase: 'our part was', example: 'Our part was small; the residents did the work.' },
  { phrase: 'still not', example: 'Waiting times are still not where they should be.' },
  { phrase: 'still too', example: 'The queue at the tip is still too long.' },
  { phrase: 'credit where', example: 'Credit where it is due: the volunteers built this.' },
];

/** Superlatives that rank when a scope follows ("the best … in the region"). */
export const superlatives: PhraseEntry[] = [
  { phrase: 'best', example: 'The best chippy in town is on our high street.' },
  { phrase: 'greenest', example: 'The greenest council in the UK, again.' },
  { phrase: 'fastest', example: 'The fastest broadband in the region.' },
  { phrase: 'fastest-growing', example: 'The fastest-growing energy supplier in Britain.' },
  { phrase: 'largest', example: 'The largest solar farm in Europe opens today.' },
  { phrase: 'biggest', example: 'The biggest employer in town is hiring.' },
  { phrase: 'leading', example: 'The leading heat pump installer in the country.' },
  { phrase: 'cheapest', example: 'The cheapest green tariff in the UK.' },
  { phrase: 'greatest', example: 'The greatest comeback in the history of the club.' },
  { phrase: 'finest', example: 'The finest fish and chips in town.' },
  { phrase: 'friendliest', example: 'The friendliest open day in the county.' },
  { phrase: 'tastiest', example: 'The tastiest pies in town, ask any away fan.' },
  { phrase: 'smartest', example: 'The smartest thermostat in the industry.' },
  { phrase: 'strongest', example: 'The strongest team in the sector works here.' },
  { phrase: 'highest', example: 'The highest customer rating of any supplier in the country.' },
  { phrase: 'quietest', example: 'The quietest heat pump in the world.' },
  { phrase: 'most', example: 'The most trusted supplier in the UK.' },
  { phrase: 'only', example: 'The only B Corp energy supplier in the region.' },
  { phrase: 'first', example: 'The first carbon-neutral hospital in Britain.' },
  { phrase: 'top', example: 'A top employer in the region for the third year.' },
];

/** Words that link a superlative to its scope. */
export const scopeLinks: PhraseEntry[] = [
  // Dutch says "in" too ("de grootste in Europa").
  { phrase: 'in', example: 'The best coffee in the city.' },
  { phrase: 'of', example: 'The most advanced scanner of its kind.' },
  { phrase: 'across', example: 'The fastest response times across the region.' },
  { phrase: 'within', example: 'The greenest fleet within the UK.' },
];

/** Scopes that make a superlative a ranking. */
export const scopes: PhraseEntry[] = [
  { phrase: 'uk', example: 'The most trusted supplier in the UK.' },
  { phrase: 'britain', example: 'The first carbon-neutral hospital in Britain.' },
  { phrase: 'country', example: 'The leading heat pump installer in the country.' },
  { phrase: 'region', example: 'The fastest broadband in the region.' },
  { phrase: 'province', example: 'The greenest recycling centre in the whole province.' },
  { phrase: 'europe', example: 'The largest solar farm in Europe opens today.' },
  { phrase: 'world', example: 'The quietest heat pump in the world.' },
  { phrase: 'netherlands', example: 'The biggest bike park in the Netherlands.' },
  { phrase: 'belgium', example: 'The largest offshore wind farm in Belgium.' },
  { phrase: 'flanders', example: 'The greenest port in Flanders.' },
  { phrase: 'market', example: 'The fastest-growing brand in the market.' },
  // Dutch spells "sector" the same.
  { phrase: 'sector', example: 'The strongest team in the sector works here.' },
  { phrase: 'industry', example: 'The smartest thermostat in the industry.' },
  { phrase: 'history', example: 'The largest investment in our history.' },
  { phrase: 'career', example: 'The biggest deal of my career.' },
  { phrase: 'kind', example: 'The most advanced scanner of its kind.' },
  { phrase: 'town', example: 'The best chippy in town is on our high street.' },
  { phrase: 'city', example: 'The best coffee in the city.' },
  { phrase: 'government', example: 'The fastest-growing digital team in government.' },
  { phrase: 'county', example: 'The friendliest open day in the county.' },
  { phrase: 'area', example: 'The best gardens in the area, open this Sunday.' },
  { phrase: 'borough', example: 'The best value membership in the borough.' },
  { phrase: 'district', example: 'The fastest broadband in the district.' },
  { phrase: 'north', example: 'The finest pools in the North.' },
  { phrase: 'west', example: 'The best value gym in the North West.' },
];

/** Superlatives of performance, ranked even within one's own workplace. */
export const performanceSuperlatives: PhraseEntry[] = [
  { phrase: 'best', example: 'Priya is the best in the department, ask anyone.' },
  { phrase: 'fastest', example: 'I am the fastest in the office at month end.' },
  { phrase: 'highest', example: 'The highest sales figures in the company this year.' },
];

/** Workplaces a performance superlative ranks within. */
export const workplaces: PhraseEntry[] = [
  { phrase: 'department', example: 'Priya is the best in the department, ask anyone.' },
  { phrase: 'ward', example: 'Jo is the best nurse in Ward 7.' },
  { phrase: 'hospital', example: 'The fastest porter in the hospital, three years running.' },
  { phrase: 'company', example: 'The highest sales figures in the company this year.' },
  { phrase: 'office', example: 'I am the fastest in the office at month end.' },
  { phrase: 'council', example: 'The best squash player in the council, no contest.' },
  { phrase: 'school', example: 'Voted the best teacher in the school, two years in a row.' },
  { phrase: 'team', example: 'Officially the fastest driver in the team now.' },
  { phrase: 'faculty', example: 'The best lecturer in the faculty, apparently.' },
  { phrase: 'organisation', example: 'The best manager in the organisation, by a mile.' },
  { phrase: 'organization', example: 'The best manager in the organization, by a mile.' },
];

/** "X, one of the …": an appositive that praises the name before it. */
export const oneOf: PhraseEntry[] = [
  { phrase: 'one of', example: "Brightwell Foods, one of the UK's largest producers, now supplies our canteens." },
];

/** Articles before the praise of an appositive: "Harbour Bikes, the best …". */
export const articles: PhraseEntry[] = [
  { phrase: 'the', example: 'We have teamed up with Harbour Bikes, the best repair shop in town.' },
];

/**
 * Superlatives of order: before a scope word they rank ("the first carbon-neutral hospital in
 * Britain"), but before a place's name they only tell ("the first 400 homes in Kortland").
 */
export const orderSuperlatives: PhraseEntry[] = [
  { phrase: 'first', example: 'The first 400 homes in Eastfield are now connected.' },
  { phrase: 'only', example: 'The only bus stop in Marston is by the church.' },
  { phrase: 'top', example: 'The top floor in Harbour House is closed today.' },
  { phrase: 'leading', example: 'The leading cars in Saturday’s parade carry the mayor.' },
];
