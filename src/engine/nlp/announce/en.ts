// English frames of one-way sending. Lower-case lexicon fragments (see ../phrases.ts);
// {figurativeOpen} stands for that list of every language, {day}, {date}, {monthFirstDate} and
// {when} for the schedule words of every language (../schedule/). Every entry has an example
// that announce.test.ts walks.
import type { PhraseEntry } from '../phrase-data';

/** What "is open" in a figure of speech, not a door that opens for visitors. */
export const figurativeOpen: PhraseEntry[] = [
  // Dutch posts say "mijn inbox is open" too; it is English first.
  { phrase: 'inbox', example: 'My inbox is open if you want to chat about apprenticeships.' },
  { phrase: 'door', example: 'My door is open to anyone with an idea for the estate.' },
  { phrase: 'mind', example: 'My mind is open, but the evidence has to be there.' },
  { phrase: 'heart', example: 'Her heart is open to every animal that comes through the shelter.' },
];

export const notices: PhraseEntry[] = [
  { phrase: 'heads up', example: 'Heads up: the app will be unavailable tonight from 10pm.' },
  { phrase: 'heads-up', example: 'Quick heads-up for anyone visiting the ward this weekend.' },
  // Dutch posts say "reminder" too; it is English first.
  { phrase: 'reminder', example: 'Reminder: bins go out on Tuesday this week because of the bank holiday.' },
  // Dutch posts say "fyi" too; it is English first.
  { phrase: 'fyi', example: 'FYI the Harbour Road car park is closed for resurfacing.' },
  { phrase: 'please note', example: 'Please note our Leeds office will close at 3pm on Friday.' },
  { phrase: 'important notice', example: 'Important notice for customers on the Green Saver tariff.' },
];

/** From when a change holds. */
export const validFrom: PhraseEntry[] = [
  { phrase: 'from {when}', example: 'From Monday the surgery opens at 8am instead of 8.30.' },
  { phrase: 'starting {when}', example: 'Starting tomorrow, the number 12 bus will not stop on Mill Lane.' },
  { phrase: 'as of {when}', example: 'As of 1 April our customer line is open on Saturdays too.' },
  { phrase: 'until {date}', example: 'The footbridge stays closed until 20 March while we replace the deck.' },
];

export const closures: PhraseEntry[] = [
  { phrase: 'opening hours', example: 'Our Christmas opening hours are now on the website.' },
  { phrase: 'visiting hours', example: 'Visiting hours on Ward 7 change from Monday.' },
  { phrase: '(?:is|are|will be) (?:closed|unavailable)', example: 'The online portal will be unavailable on Sunday morning.' },
  { phrase: 'planned maintenance', example: 'Planned maintenance on our phone lines tonight between 10pm and midnight.' },
  { phrase: 'scheduled maintenance', example: 'The app is down for scheduled maintenance until 6am.' },
  { phrase: 'sorry for any inconvenience', example: 'The lift at Gate B is out of order, sorry for any inconvenience.' },
];

export const disruptions: PhraseEntry[] = [
  { phrase: 'closed(?! (?:\\p{L}+ ){0,3}(?:deals?|contracts?|sales?|volume|round|funding))', example: 'The Harbour Road car park is closed to all vehicles this weekend.' },
  { phrase: 'closure', example: 'Bridge closure on Mill Lane from 7pm tonight.' },
  { phrase: 'diversion', example: 'A diversion is in place via the A19 while the road is resurfaced.' },
  { phrase: 'roadworks', example: 'Roadworks on the High Street will last three weeks.' },
  { phrase: 'road works', example: 'Expect road works on Station Road all next week.' },
  { phrase: 'outage', example: 'We are aware of a power outage affecting homes in Fellgate.' },
  { phrase: 'delays?', example: 'There are delays on the Northern line this morning.' },
  { phrase: 'will (?:run|be shut|be replaced|reopen|close|open)', example: 'The number 9 will run every 20 minutes over Christmas.' },
  { phrase: '(?:is|are) shut', example: 'Both lanes of the A1 are shut after a collision near Gateshead.' },
  { phrase: 'take effect', example: 'The new parking charges take effect in April.' },
  { phrase: 'takes effect', example: 'The 20mph limit takes effect on Monday across the town centre.' },
  { phrase: 'due to (?:a |the )?(?:strike|works|maintenance|an outage|a fault|bad weather|the weather|staff illness|the bank holiday)', example: 'Our Hexham branch is closed today due to staff illness.' },
  { phrase: 'no (?:buses|trains|service|collections)', example: 'No collections on Boxing Day: bins will be emptied on Saturday instead.' },
  { phrase: 'closes on', example: 'The consultation closes on 30 June.' },
  // Dutch posts say "deadline" too; it is English first.
  { phrase: 'deadline', example: 'The deadline for grant applications is Friday 12 May.' },
  { phrase: "don['’]t forget", example: "Don't forget to put your clocks back this weekend." },
];

/** Practical notices: where to go, what to follow, whom to give room, what to do in an emergency. */
export const directions: PhraseEntry[] = [
  { phrase: 'follow (?:the )?(?:\\p{L}+ )?(?:signs|signage|arrows|diversion|directions|instructions)', example: 'Please follow the yellow signs to the temporary entrance.' },
  { phrase: 'please (?:give|keep|use|park|allow|avoid|stay|take|do not|don[\'’]t)', example: 'Please avoid the area while crews deal with the fire.' },
  { phrase: 'keep (?:well )?(?:clear|your distance)', example: 'Keep well clear of the cliff edge after the landslip.' },
  { phrase: 'give (?:them|it|the \\p{L}+) (?:plenty of |enough |some )?(?:room|space)', example: 'Gritters are out tonight, give them plenty of room.' },
  { phrase: '(?:new |main )?entrance is (?:now )?(?:on|at|via|next to|round)', example: 'The main entrance is now on Queen Street while the foyer is refurbished.' },
  { phrase: 'in (?:an? )?(?:life-threatening |real )?emergency', example: 'In an emergency always dial 999.' },
  { phrase: 'call (?:always )?(?:112|999|911)', example: 'If someone is in danger, call 999.' },
  { phrase: '(?:daily|every day) (?:from|between)', example: 'The café is open every day from 9am to 4pm.' },
  { phrase: 'parking is (?:only |now )?(?:available|possible|in|at|on)', example: 'Parking is available in the multi-storey on Bridge Street.' },
  { phrase: 'expect (?:delays|disruption|extra traffic|some noise|noise)', example: 'Expect delays on the coast road during the air show.' },
  // Works and detours: what is being replaced, which way to take instead.
  { phrase: '(?:is|are) being (?:replaced|repaired|resurfaced|renovated|closed)', example: 'The pavements on Elm Road are being resurfaced this week.' },
  { phrase: 'use the (?:\\p{L}+ )?(?:route|entrance|path|car park|stairs|lift|exit)(?: instead)?', example: 'The escalator is out of order, please use the lift instead.' },
  { phrase: '(?:cyclists|pedestrians|visitors|walkers) can (?:via|through|use)', example: 'Cyclists can use the riverside path while the bridge is shut.' },
  { phrase: 'moves to {day}', example: 'Because of the bank holiday, the market moves to Tuesday.' },
  { phrase: 'put (?:your|the) \\p{L}+ out', example: 'Put your bin out by 7am on Monday.' },
];

/** A notice's label at the start of a post. */
export const noticeHeads: PhraseEntry[] = [
  { phrase: 'service update', example: 'Service update: the 21 is diverted via Low Fell tonight.' },
  { phrase: 'road closure', example: 'Road closure: Front Street is shut between 9am and 3pm.' },
  { phrase: 'good news', example: 'Good news: the library reopens on Monday.' },
  // Dutch posts open with "breaking" too; it is English first.
  { phrase: 'breaking', example: 'BREAKING: the council has approved the new swimming pool.' },
  { phrase: 'announcement', example: 'Announcement: our Leeds office moves to Wellington Place.' },
];

export const launches: PhraseEntry[] = [
  { phrase: 'opens (?:on|its doors|today|tomorrow|in)', example: 'Our new community hub opens its doors on Saturday.' },
  { phrase: 'starts (?:on|today|next)', example: 'Resurfacing of Front Street starts on Monday.' },
  { phrase: 'launches', example: 'Northwind launches a smart meter app for tenants.' },
  { phrase: 'launched', example: "We've launched a new way to report potholes online." },
  { phrase: '(?:has|have) (?:approved|decided|agreed)', example: 'The council has approved plans for a new leisure centre.' },
  { phrase: 'has been approved', example: 'Funding for the new cycle path has been approved.' },
  { phrase: '(?:has|have) been (?:published|submitted|released|launched|sent|updated)', example: 'Our annual report has been published.' },
  { phrase: 'update now', example: 'Update now to get the latest version of the app.' },
  { phrase: 'published today', example: 'Our gender pay gap report, published today, shows progress.' },
  { phrase: 'read it online', example: 'The spring newsletter is out, read it online.' },
  { phrase: '(?:is|are) (?:now )?available', example: 'Flu jabs are now available at all our pharmacies.' },
  // "Live via" is Dutch too ("live via YouTube").
  { phrase: 'live (?:on|via)', example: "We'll be live on Facebook at 7pm to answer your questions." },
  { phrase: 'tonight at', example: 'Join the debate tonight at 7pm at the town hall.' },
  { phrase: '(?:start|starts|begins) (?:the|with|today|tomorrow|next)', example: 'Work begins next week on the new roundabout.' },
];

export const liveNow: PhraseEntry[] = [
  { phrase: 'now (?:open|live|available|online)', example: 'Applications for the summer school are now open.' },
  { phrase: 'is (?:now )?(?:live|out)', example: 'Our new website is now live.' },
  { phrase: 'out now', example: 'The winter edition of our magazine is out now.' },
  { phrase: 'just launched', example: 'We just launched our energy-saving guide for renters.' },
  { phrase: 'coming soon', example: 'Electric bikes for hire in Fellgate, coming soon.' },
  { phrase: 'watch this space', example: 'Big plans for the old mill site, watch this space.' },
  { phrase: 'stay tuned', example: 'More news about the new depot next week, stay tuned.' },
  { phrase: "now that it['’]s (?:public|official)", example: "Now that it's official, we can tell you about our new partner." },
  { phrase: 'big things coming', example: 'Big things coming for our customers in 2026.' },
  { phrase: 'new (?:on|in|at|from) (?:the|our)', example: 'New on our website: a calculator for your energy bill.' },
];

/** A launch's label at the start of a post. */
export const launchHeads: PhraseEntry[] = [
  // A label ("New:", "New at our …"), not an adjective ("New panel, fresh seam tape").
  { phrase: 'new(?= ?[:!|–]| - | (?:in|on|at|from|for|this|today) )', example: 'New: free Wi-Fi on all our buses.' },
  // Dutch posts open with "update" too; it is English first.
  { phrase: 'update(?= ?[:!|–]| - | \\d)', example: 'Update: the footbridge has reopened.' },
  { phrase: 'news(?= ?[:!|–]| - | from )', example: 'News from the depot: three new electric gritters.' },
];

/** The organisation announcing itself. */
export const selfAnnouncements: PhraseEntry[] = [
  { phrase: '(?:pleased|happy|excited|thrilled|delighted|proud|honou?red|humbled) to (?:announce|introduce|present|welcome|have been|be named|be recognised|be recognized)', example: "We're pleased to announce our new chief executive." },
  { phrase: '(?:excited|thrilled|delighted|proud|honou?red) to (?:share|say)', example: 'Proud to share that all our apprentices passed this year.' },
  { phrase: 'we announce', example: 'Today we announce a new partnership with the university.' },
];

/** Pride as an opening cry: "Proud!". */
export const prideHeads: PhraseEntry[] = [
  { phrase: 'proud(?= ?[!:🎉])', example: 'Proud: our nurses won the regional team award.' },
];

export const saveTheDate: PhraseEntry[] = [
  { phrase: 'save the date', example: 'Save the date: our open day is on 14 June.' },
  { phrase: 'mark your calendar', example: 'Mark your calendar: the Christmas market returns on 6 December.' },
];

export const signUps: PhraseEntry[] = [
  { phrase: 'register(?: now| here| today)?(?:: | at | via )', example: 'Places are limited, register here: 👇' },
  { phrase: 'sign up', example: 'Sign up for our free energy-saving workshop.' },
  { phrase: 'book your (?:place|seat|spot|ticket)', example: 'Book your place at the careers fair today.' },
  { phrase: 'join (?:us|our) (?:webinar|event|session|livestream|for)', example: 'Join us for a coffee morning at the library on Friday.' },
  { phrase: 'join our', example: 'Join our team of volunteers this summer.' },
  { phrase: 'come (?:and|along|to|see|join)', example: 'Come along to our drop-in session at the community centre.' },
  { phrase: "(?:we are|we're) (?:hosting|organising|organizing)", example: "We're hosting a jobs fair at the Civic Centre next month." },
  { phrase: 'free entry', example: 'Free entry, and dogs are welcome too.' },
  { phrase: 'free admission', example: 'Free admission for carers.' },
];

export const eventNames: PhraseEntry[] = [
  // Dutch posts say "webinar" and "livestream" too; they are English first.
  { phrase: 'webinar', example: 'Webinar on heat pumps for landlords, Thursday at 12.' },
  { phrase: 'livestream', example: 'Watch the council meeting on our livestream tonight.' },
  { phrase: 'open day', example: 'Open day at the fire station, with rides on the ladder truck.' },
  { phrase: 'open house', example: 'Open house at our new care home on Saturday.' },
  { phrase: 'info session', example: 'Info session for parents of new pupils on 12 March.' },
  { phrase: 'job fair', example: 'Job fair at the hospital: meet your future colleagues.' },
];

export const readMore: PhraseEntry[] = [
  { phrase: 'read (?:it|the full|our|in full)', example: 'Read the full report on our website.' },
  { phrase: 'read more', example: 'Read more about the changes on our blog.' },
  { phrase: 'find out more', example: 'Find out more at our open evening.' },
  { phrase: 'learn more', example: 'Learn more about heat pumps in our guide.' },
  { phrase: 'more info', example: 'More info on the council website.' },
  { phrase: 'full story', example: 'Full story on our news page.' },
  { phrase: 'details:', example: 'Details: fellgate.gov.uk/parking' },
  // Dutch posts say "link in bio" too; it is English first.
  { phrase: 'link in bio', example: 'Tickets via the link in bio.' },
];

export const downloads: PhraseEntry[] = [
  // Also the Dutch "download", which reads the same.
  { phrase: '(?:you can )?download', example: 'You can download the new timetable from our website.' },
  { phrase: 'all the (?:details|info)', example: 'All the details are in the link below.' },
  { phrase: 'on our website', example: 'The full programme is on our website.' },
  { phrase: 'careers page', example: 'Have a look at our careers page for current vacancies.' },
  // Dutch posts say "tickets" too; it is English first.
  { phrase: 'tickets', example: 'Tickets for the winter concert go on sale on Monday.' },
  { phrase: 'opening times', example: 'Our Christmas opening times are below.' },
];

export const publications: PhraseEntry[] = [
  // Dutch posts say "magazine", "brochure", "blog" and "whitepaper" too; they are English first.
  { phrase: 'magazine', example: 'The spring issue of our tenants magazine is out.' },
  { phrase: 'brochure', example: 'Our brochure explains every step of a heat pump installation.' },
  { phrase: 'report', example: 'Our report on air quality in the town centre is ready.' },
  { phrase: 'newsletter', example: 'The December newsletter is all about the Christmas market.' },
  { phrase: 'blog', example: 'On the blog this week: five ways to cut your energy bill.' },
  { phrase: 'whitepaper', example: 'Our whitepaper on grid flexibility for housing associations.' },
];

export const jobs: PhraseEntry[] = [
  { phrase: "we['’]re hiring", example: "We're hiring a data analyst for our Leeds office." },
  { phrase: 'we are hiring', example: 'We are hiring night-shift nurses.' },
  { phrase: 'now hiring', example: 'Now hiring: seasonal park rangers.' },
  { phrase: 'apply now', example: 'Apprenticeships in engineering, apply now.' },
  { phrase: 'apply today', example: 'Apply today for a place on our graduate scheme.' },
  { phrase: 'join (?:the|our) team', example: 'Join the team at our new depot in Gateshead.' },
];

export const salesCalls: PhraseEntry[] = [
  { phrase: 'order (?:now|today|before)', example: 'Order now and get your panels fitted before winter.' },
  { phrase: 'book (?:now|today|your free)', example: 'Book your free home energy check.' },
  { phrase: 'buy now', example: 'Buy now, pay in twelve months with no interest.' },
  { phrase: 'shop now', example: 'Our winter range is in, shop now.' },
  { phrase: 'switch (?:today|now)', example: 'Fixed price for two years, switch today.' },
  { phrase: 'switch to \\p{L}+ today', example: 'Switch to Northwind today and save on your bills.' },
  { phrase: 'offer ends', example: 'Offer ends Sunday at midnight.' },
  { phrase: 'be quick', example: 'Only ten installation slots left this month, be quick.' },
  { phrase: 'why wait', example: 'Solar panels that pay for themselves. Why wait?' },
];

/** The register of a press release. */
export const releaseRegister: PhraseEntry[] = [
  { phrase: 'press release', example: 'Press release: Northwind Energy opens its new depot in Gateshead.' },
  { phrase: 'for immediate release', example: 'FOR IMMEDIATE RELEASE: Fellgate Travel adds ten electric buses.' },
  { phrase: 'notes? to editors', example: 'Notes to editors: photos are available on request.' },
  { phrase: 'today (?:announced|launched|opened|confirmed|unveiled)', example: 'Northwind Energy today announced a new partnership with Tyne College.' },
];
