// English words of the subject families (see types.ts). Only words that name the subject on
// their own in a post: "policy" or "budget" are left out because organisations post about their
// own policy and budget every day. Every list has an example that a test walks.
import type { FamilyEntry } from './types';

export const EN: readonly FamilyEntry[] = [
  {
    family: 'politics',
    words: ['politics', 'political', 'politician', 'politicians', 'election', 'elections', 'electoral', 'voters', 'ballot', 'coalition', 'opposition', 'government', 'minister', 'ministers', 'parliament', 'parliamentary', 'senator', 'congress', 'tories', 'conservatives', 'liberals', 'democrats', 'republicans', 'referendum', 'manifesto', 'lobbying', 'partisan', 'cabinet', 'westminster', 'whitehall', 'vote', 'votes', 'voting', 'councillor', 'councillors', 'mayor'],
    strong: ['election', 'elections', 'referendum', 'manifesto', 'partisan', 'lobbying'],
    example: 'Whoever wins the election, this government has failed us and every minister knows it.',
    phrases: [
      { phrase: 'voted (?:\\S+ ){0,3}against', example: 'Their councillors voted straight against the money for the village bus.' },
      // Somebody else after your vote: not "we're asking for your votes" for an award.
      { phrase: "(?:they|they['’]ll|they will|politicians|councillors|candidates|that lot) (?:\\S+ ){0,2}(?:knocking|asking|begging|canvassing) for (?:your|our|my) votes?", example: 'Remember that in May when they come knocking for your vote.' },
      // The seat of government standing for its politicians: "the response from Westminster".
      { phrase: '(?:lot|suits|politicians|bureaucrats|meddling|response) (?:\\S+ ){0,1}(?:in|from|at|out of) (?:westminster|whitehall|brussels|the hague)', example: 'The virus is back, and once again the response from Westminster has been far too slow.' },
      { phrase: '(?:in (?:may|march|november)|at the (?:election|polls|ballot box)) (?:\\S+ ){0,4}(?:about |at )?who (?:you |to )vote for', example: 'Think hard in May about who you vote for.' },
      // Lobbying called for: "Write to your MP today".
      { phrase: '(?:write to|email|e-mail|lobby) your (?:mp|msp|ms|mep|councillor|local councillor|member of parliament)', example: 'The new grid charges are a kick in the teeth. Write to your MP today!' },
      // The council as "that lot", and a reminder for the polling day.
      { phrase: "(?:town hall|city hall|county hall|council) lot|remember (?:this|that|it) (?:in|come|next) (?:may|march|november)", example: 'Watching the town hall lot cut bus routes again. Remember this in May, folks.' },
    ],
  },
  {
    family: 'labour',
    words: ['strike', 'strikes', 'striking', 'walkout', 'union', 'unions', 'unionised', 'picket', 'protest', 'protests', 'demonstration', 'rally'],
    strong: ['walkout', 'picket'],
    example: 'The union is calling a strike next week: join the picket line at the main gate.',
    phrases: [
      { phrase: "(?:are|is|will be|['’]re|['’]ll be) walking out (?:over|again|next|this|tomorrow|for|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))", example: 'Drivers across the region are walking out next Monday over the new rotas.' },
      { phrase: 'on the (?:picket )?line outside', example: 'See you on the line outside the depot from six.' },
    ],
  },
  {
    family: 'legal',
    words: ['court', 'courts', 'lawsuit', 'lawsuits', 'litigation', 'sued', 'suing', 'judge', 'judges', 'verdict', 'ruling', 'lawyer', 'lawyers', 'solicitor', 'solicitors', 'tribunal', 'legal', 'prosecution', 'prosecutor', 'settlement', 'injunction', 'summons', 'claimant', 'regulator', 'ombudsman'],
    strong: ['lawsuit', 'lawsuits', 'litigation', 'verdict', 'injunction', 'tribunal', 'sued'],
    example: 'The judge ruled in our favour and the lawsuit is over, whatever their lawyers say.',
    phrases: [
      { phrase: '(?:took|taken|taking|take) (?:us|them|him|her|the \\p{L}+) to court', example: 'The tenants have taken us to court over the service charges.' },
    ],
  },
  {
    family: 'incident',
    words: ['incident', 'incidents', 'accident', 'accidents', 'outage', 'outages', 'blackout', 'fault', 'failure', 'breakdown', 'fire', 'explosion', 'leak', 'spill', 'evacuation', 'evacuated', 'injured', 'injuries', 'casualties', 'fatal', 'fatality', 'emergency', 'crisis', 'disaster', 'breach', 'hacked', 'cyberattack', 'ransomware', 'contamination', 'collapse', 'malfunction', 'error', 'smoke', 'flames', 'blaze', 'firefighters'],
    strong: ['cyberattack', 'ransomware', 'explosion', 'fatality', 'outage', 'outages', 'blackout'],
    example: 'There was a fire in the plant this morning and two people were injured.',
    phrases: [
      { phrase: '(?:building|block|site|campus|school|station|hall|lab|labs) (?:\\S+ ){0,2}(?:got |was |has been |had to be )?(?:cleared|evacuated)', example: 'The whole science block got evacuated this morning, nobody knows why yet.' },
      { phrase: '(?:taken|rushed|airlifted|flown) to hospital', example: 'Two people were taken to hospital after the crash on the bypass.' },
      { phrase: 'fire (?:engines|crews)', example: 'Three fire engines outside the library.' },
      { phrase: '(?:police|officers|an ambulance|paramedics) (?:\\S+ ){0,2}(?:were|was|got|had to be) called', example: 'After the fight at the gates the police were called and two pupils were spoken to.' },
      // Staff attacked or abused at work, a data breach, an outage told with its cause.
      { phrase: '(?:colleague|driver|nurse|member of staff|loader|guard|conductor|cashier) (?:\\S+ ){0,4}(?:was|got|has been) (?:\\S+ ){0,2}(?:assaulted|attacked|threatened|abused|spat at|punched|sworn at|headbutted)', example: 'A colleague was sworn at and shoved by a driver this morning, just for doing his job.' },
      { phrase: '(?:pulled|stole|stolen|accessed|downloaded|copied|leaked|got hold of) (?:\\S+ ){0,4}(?:customer|client|patient|member|user|farm)s? (?:\\S+ ){0,2}(?:records|data|details|files)', example: 'Someone got hold of an old key and pulled a chunk of customer farm records before we shut it down.' },
      { phrase: '(?:was|were|went) down (?:\\S+ ){0,4}(?:because|due to|after)|because (?:\\S+ ){0,6}went wrong on our side', example: 'Sync was down this morning because a database update went wrong on our side.' },
    ],
  },
  {
    family: 'fraud',
    words: ['fraud', 'fraudsters', 'crooks', 'theft', 'stolen', 'compromised', 'phishing', 'scammers', 'scammed', 'swindled'],
    strong: ['fraudsters', 'swindled', 'scammed'],
    example: 'Fraudsters phoned our members and several were scammed out of their savings.',
    phrases: [
      // Fraud that hit people: money gone, accounts broken into.
      { phrase: '(?:had|have had|lost) (?:\\S+ ){0,2}money (?:taken|stolen)|money (?:was|has been|were) (?:taken|stolen)|(?:accounts?|login details|passwords?) (?:\\S+ ){0,2}(?:were|was|got|have been|has been) (?:hacked|stolen|compromised)', example: 'About forty customers had money taken after their login details were stolen.' },
    ],
  },
  {
    family: 'finance',
    words: ['profit', 'profits', 'revenue', 'revenues', 'turnover', 'earnings', 'quarterly', 'dividend', 'shareholders', 'takeover', 'merger', 'acquisition', 'tariff', 'tariffs', 'prices', 'pricing', 'bonuses', 'fees', 'fares', 'deficit', 'deficits', 'taxes', 'levy', 'surplus', 'reserves'],
    strong: ['dividend', 'shareholders', 'takeover', 'merger', 'earnings'],
    example: 'Our quarterly results are in: record profit and a bigger dividend for shareholders.',
    phrases: [
      { phrase: "(?:rent|rents|fees?|fares?|prices?|tariffs?|charges?|tuition|premiums?|subscriptions?|council tax|taxes|bills) (?:\\S+ ){0,5}(?:go(?:es)? up|(?:is|are) going up|will (?:rise|go up|increase)|rises?|increases? (?:by|to))", example: 'Heads up: fares on the 42 go up by 20p from January.' },
      { phrase: "(?:what|how much) (?:\\S+ ){0,3}pay (?:\\S+ ){0,3}(?:is|are) going up", example: 'What international students pay per year is going up to £18,500.' },
      { phrase: '(?:price|fee|fare|rent|tariff|tax) (?:rise|rises|increase|increases|hike|hikes)', example: 'Another rent increase is coming, I hear.' },
      // A rate or price changing, in figures: "paying 3.1% instead of 3.4%", "from 4% to 3.5%".
      // A rate, not a share ("records made on the day went from 58% to 91%").
      { phrase: '(?:rate|rates|interest|saver|savings|account|bond|isa|mortgage|tariff|price|prices|fee|fees|dividend|pays|pay|charge|apr|aer)(?: \\S+){0,6} (?:\\d+(?:[.,]\\d+)? ?% (?:instead of|down from|up from) \\d+(?:[.,]\\d+)? ?%|from \\d+(?:[.,]\\d+)? ?% to \\d+(?:[.,]\\d+)? ?%)', example: 'From January the easy saver pays 3.1% instead of 3.4%, and the bond goes from 4% to 10%.' },
      // A price going to a new amount per unit: "it's going up to £9.80 per collection".
      { phrase: '(?:goes|going|go|went) (?:up |down )?to [£€$] ?\\d{1,3}(?:,\\d{3})*(?:\\.\\d{2})? (?:a|per|each|for every)(?!\\p{L})', example: 'I hear the bin charge goes up to £9.80 per collection next year.' },
      // A rate set to a new figure, and a year in the red.
      { phrase: '(?:drop|drops|dropping|cut|cuts|cutting|raise|raises|raising|lower|lowers|lowering|reduce|reduces|reducing|increase|increases|increasing) the (?:interest|rate|rates|dividend|fee|fees|price|prices|fare|fares)(?: \\S+){0,3} to \\d+(?:[.,]\\d+)? ?%|(?:we|we[\'’]re|we are|we[\'’]ll be|we will be|the \\S+ is|the \\S+ will be) (?:deep |well |firmly )?in the red', example: "The board's going to drop the interest on shares to 2% next year; we're in the red after the repairs." },
      // A year's result in money: "we made about £38 million last year".
      { phrase: '(?:made|lost|posted|turned) (?:a (?:profit|loss|surplus) of )?(?:about |around |over |nearly |almost )?[£€$] ?\\d[\\d.,]* ?(?:m|bn|million|billion)', example: 'We made about £38 million last year, so there is plenty in reserve.' },
      // A price or payout changing, in money: "£6.50 instead of £5.80", "3p in the pound, not 5p".
      { phrase: '(?:[£€$]\\d+(?:\\.\\d+)?|\\d+\\.\\d{2}|\\d+(?:p|c| pence| cents))(?: \\S+){0,5},? (?:not|instead of|rather than|down from|up from) (?:[£€$]\\d+(?:\\.\\d+)?|\\d+(?:p|c| pence| cents))(?![\\p{L}\\p{N}])', example: 'From May a day pass costs £6.50 instead of £5.80, and the dividend is 3p in the pound, not 5p.' },
    ],
  },
  {
    family: 'investing',
    words: ['invest', 'investing', 'investment', 'investments', 'investor', 'investors', 'stocks', 'shares', 'funds', 'tracker', 'portfolio', 'crypto', 'bitcoin', 'returns', 'buy-to-let', 'landlords'],
    strong: ['portfolio', 'crypto', 'bitcoin', 'buy-to-let'],
    example: 'Put your spare cash in a global tracker and buy some crypto while it is cheap: that is my tip.',
    phrases: [
      // A price forecast ("house prices will double") or a tip where to put money ("stick it in a tracker").
      { phrase: '(?:house|property|home) prices (?:\\S+ ){0,3}(?:will|are going to|set to) (?:rise|go up|double|fall|crash|drop)', example: 'Mark my words, house prices here will double in five years, so buy now while you can.' },
      // What an object would fetch: a valuation given in public.
      { phrase: "(?:i['’]d|i would) expect (?:\\S+ ){0,3}(?:around|about|roughly|somewhere around|between) [£€$] ?\\d+|(?:it|this|that|yours|the (?:medal|medals|painting|piece|item|coin|coins|vase|clock|ring|watch|print|chair)) (?:is|['’]s|would be|could be|might be) worth (?:around|about|roughly|somewhere around|between) [£€$] ?\\d+|(?:would|could|might) (?:fetch|sell for) (?:around |about |roughly |between )?[£€$] ?\\d+", example: "Medals like that come up at sales often; I'd expect somewhere around £300–£450." },
      { phrase: '(?:safer|better|a better bet) than (?:the stock market|a savings account|the bank|shares|stocks)', example: "Honestly, stick the whole £5,000 in: you'll get it back with interest, and it's far safer than the stock market." },
      { phrase: '(?:stick|put|invest|park) (?:\\S+ ){0,3}in (?:a |an )?(?:\\S+ ){0,2}(?:tracker|index fund|stocks|shares|crypto)', example: 'Anything above six months of bills? Stick the rest in a cheap global tracker and leave it.' },
    ],
  },
  {
    family: 'personnel',
    words: ['layoffs', 'redundancies', 'redundancy', 'dismissal', 'dismissed', 'sacked', 'reorganisation', 'reorganization', 'restructuring', 'downsizing', 'salaries', 'salary', 'disciplinary', 'resignation', 'resigned', 'understaffed', 'short-staffed'],
    strong: ['layoffs', 'redundancies', 'dismissal'],
    example: 'Heard there will be layoffs after the restructuring, and the board is keeping quiet.',
    phrases: [
      { phrase: '(?:jobs?|posts?|roles?|positions?) (?:\\S+ ){0,3}(?:(?:are|is) (?:going|at risk|being cut)|will go|to be cut)', example: 'Word is that twenty jobs are going in customer services.' },
      { phrase: '(?:job|role|post) (?:cuts|losses)', example: 'More job cuts are coming after Christmas.' },
      { phrase: '(?:has|have) been (?:stood down|suspended) (?:while|pending|from (?:duty|work))|(?:was|were) (?:stood down|suspended) (?:while|pending|from (?:duty|work))', example: 'The driver in that clip has been suspended pending an investigation.' },
      { phrase: "(?:nobody['’]s|no) (?:post|job|role) (?:is|will be) (?:being )?(?:refilled|replaced)", example: "That's why nobody's post is being refilled when people leave." },
      // Two places or teams merged into one; nobody to be found for the job.
      { phrase: "(?:schools|colleges|trusts|teams|departments|branches|practices|boards|sites) (?:\\S+ ){0,2}(?:will|are to|are going to) merge|(?:under|into) one (?:head|head teacher|management|leadership|board)|(?:roles|posts) (?:\\S+ ){0,2}(?:being|will be|are to be) (?:merged|combined)|(?:can(?:not|['’]t)|couldn['’]t) find anyone to (?:teach|fill (?:the|our) (?:post|posts|vacancy|vacancies))", example: 'The two schools will merge into one from August, under one head, and some support roles are being merged.' },
      { phrase: "(?:nobody|no one|no-one)(?:['’]s| has| have) been (?:found|recruited|taken on) to replace|(?:can(?:not|['’]t)|couldn['’]t) (?:find|recruit) (?:enough )?(?:\\S+ )?(?:staff|people) to replace", example: "We've lost four lifeguards since September and nobody's been found to replace them." },
    ],
  },
  {
    family: 'product-safety',
    words: ['recall', 'recalls', 'recalled', 'defect', 'defects', 'defective', 'faulty', 'malfunctioning'],
    strong: ['recalled', 'defective', 'malfunctioning'],
    example: 'The faulty stoves are being recalled because of a defect in the valve.',
    phrases: [
      // An unofficial warning about a product: stop using it until someone says more.
      { phrase: 'stop using (?:it|them|yours|your \\S+|the \\S+)(?: \\S+){0,3} (?:until|for now|straight away|immediately)', example: 'The blue bottles are splitting, so I would stop using yours for now until head office says something.' },
      { phrase: '(?:splitting|coming apart|cracking|leaking|overheating) (?:along|at) the (?:seams?|joints?|base|handle|valve|buckle)', example: 'Three of the water bladders came back splitting along the seam.' },
    ],
  },
  {
    family: 'closures',
    words: ['closure', 'closures', 'shutting', 'shutdown', 'demolition', 'demolished', 'scrapped', 'scrapping', 'axed', 'discontinued', 'mothballed'],
    strong: ['demolition', 'demolished', 'mothballed'],
    example: 'Word is the branch is closing next year and the mobile library is being scrapped too.',
    phrases: [
      // "Closing" alone is too often a date or a remark ("closing date: 10 January").
      { phrase: "(?:is|are|will be|['’]s|['’]re) closing (?:down|for good|permanently|its doors|their doors)|closing down", example: 'Heard the Eastgate depot is closing for good in March.' },
      { phrase: '(?:shut|closed|close) (?:for (?:a year|good|months|two years)|down for good)', example: 'Word is the old pool will close for a year from spring.' },
      { phrase: '(?:is|are|will be) being (?:closed|shut|scrapped|axed|demolished)', example: 'Apparently the Northgate branch is being closed after the summer.' },
      // The news form: "X is to shut its office on Fore Street"; not "are due to close at 1pm".
      { phrase: '(?:is|are) to (?:shut|close) (?:its|their|our|the)(?! (?:\\S+ ){0,5}(?:at )?\\d{1,2}(?:[.:]\\d{2})? ?(?:am|pm))', example: 'The society is to shut its office on Fore Street in March.' },
      { phrase: "(?:no|won['’]t (?:be )?(?:\\S+ )?(?:any|a)) new intake", example: 'Heard the art school is dropping its photography course: no new intake from September.' },
      // A chain closing several of its places, and a place that will not open again after a date.
      { phrase: '(?:to|will) (?:close|shut) (?:its|their|our|both|two|three|four|five|six|\\d+) (?:\\S+ ){0,2}(?:shops|stores|branches|offices|sites|depots|stations|libraries|centres|clinics)(?! (?:\\S+ ){0,4}(?:(?:at|until|early|for|temporarily|over) |on (?:2[456]|31)(?:th|st)?,? |on (?:christmas|boxing|new year|easter|bank holiday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)))', example: 'The chain will close its shops in Whitby and Hexham next spring.' },
      { phrase: "won['’]t (?:be )?(?:open|reopen|reopening) (?:any more )?(?:after|beyond|past) (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|the summer|autumn|winter|next year|the end of)(?! \\d)", example: "I hear the Fore Street office won't be open after the summer." },
      { phrase: '(?:will|to|is to|are to|is going to|are going to) (?:close|shut) (?:\\S+ ){0,3}permanently|permanently (?:close|closing|shut)', example: 'The old baths will close permanently on 31 March.' },
      // Fewer opening days from a date on: "from April the Mill will only be open Thursday to Sunday".
      { phrase: 'from (?:january|february|march|april|may|june|july|august|september|october|november|december|next (?:month|year)) (?:\\S+ ){0,4}will only (?:be )?open (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekends|\\d)', example: 'From April the Mill will only be open Thursday to Sunday.' },
    ],
  },
  {
    family: 'complaint',
    words: ['complaint', 'complaints', 'complained', 'grievance', 'ombudsman', 'compensation', 'negligence', 'misconduct', 'allegations', 'allegation'],
    strong: ['grievance', 'negligence', 'misconduct', 'allegations'],
    example: 'About the complaint against our ward: the investigation will show there was no negligence.',
  },
];
