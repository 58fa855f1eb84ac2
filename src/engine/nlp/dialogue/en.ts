// English signals of dialogue: invitations, credit, reporting back, and the question hooks and
// calls to action that only decorate an announcement. Lower-case lexicon fragments (see
// ../phrases.ts); every entry has an example that dialogue.test.ts walks.
import type { PhraseEntry } from '../phrase-data';

/** Invitations to answer, share, vote or tell. */
export const invites: PhraseEntry[] = [
  { phrase: 'tell (?:us|me)', example: 'Which bus stop do you miss most? Tell us.' },
  { phrase: 'let (?:us|me) know', example: 'Got an idea for the old library building? Let us know.' },
  { phrase: 'drop (?:it|them|a comment|your \\p{L}+)', example: 'What is your favourite walk in the borough? Drop a comment.' },
  { phrase: 'in the comments', example: 'Best chippy in town? Answers in the comments.' },
  { phrase: 'comment below', example: 'Seen a hedgehog in your garden this year? Comment below.' },
  { phrase: '(?:ask|put|post|drop|write) (?:them|it|yours|your \\p{L}+) (?:here|below|underneath)', example: 'Which question about the night bus have we not answered yet? Put it below.' },
  { phrase: 'share your (?:experience|experiences|story|stories|thoughts|ideas|tips|views|questions)', example: 'Caring for a relative? Share your story with us.' },
  { phrase: "(?:i['’]d|i would) (?:really )?(?:love|like) to (?:hear|know)", example: "I'd love to hear how other schools handle this." },
  { phrase: "(?:we['’]d|we would) (?:really )?(?:love|like) to (?:hear|know)", example: "We'd love to know what would get you back in the water in January." },
  { phrase: "i['’]m (?:genuinely |really |especially )?curious", example: "I'm really curious whether others see the same." },
  { phrase: 'happy to (?:hear|chat|grab|share)', example: 'Thinking of an apprenticeship? Happy to chat.' },
  { phrase: 'ask me (?:anything|what|about)', example: 'Ask me anything about working offshore.' },
  { phrase: 'what do you think', example: 'Should the high street go car-free? What do you think?' },
  { phrase: 'your thoughts', example: 'Four-day week for our call centre: your thoughts?' },
  { phrase: "(?:we['’]re|we are|i['’]m|i am) collecting", example: "We're collecting memories of the old sugar factory." },
  { phrase: '(?:ideas|tips|suggestions|questions|feedback|corrections|issues|comments|criticism|improvements|pull requests)(?: (?:are|is|very|always|more than)){0,2} welcome', example: 'The code is on GitHub, pull requests welcome.' },
  { phrase: 'have your say', example: 'Have your say on the plans for Riverside Park.' },
  { phrase: "i['’]ll answer", example: "Questions about nursing? I'll answer them all tonight." },
  { phrase: 'i read (?:every|all)', example: 'I read every reply, so tell me honestly.' },
  { phrase: 'help us (?:decide|choose|shape|improve)', example: 'Help us decide what goes in the new play area.' },
  { phrase: 'i (?:really )?want to know', example: 'What would get you cycling to work? I really want to know.' },
  // The writer in person asks for an answer; "message us" is a service desk's call to action.
  { phrase: '(?:message|dm|email|e-mail) me', example: 'Lived on the estate in the seventies? Message me, I would love your memories.' },
  { phrase: 'drop me a (?:line|message|note)', example: 'If you coach a junior team and want to try the new pitch, drop me a line.' },
  { phrase: 'reply (?:here|below|to this)', example: 'Which bench needs fixing first? Reply here and I will pass it on.' },
  { phrase: 'ask (?:it|them|your questions?|us) (?:here|below|in the comments)|ask away', example: 'Got a question about life on the night shift? Ask it here and a nurse will answer.' },
];

/** Short questions that still invite: "Any thoughts?". */
export const shortInvites: PhraseEntry[] = [
  { phrase: '(?:any|other) (?:thoughts|ideas|tips|suggestions)', example: 'Any tips?' },
  { phrase: 'thoughts', example: 'Thoughts?' },
];

/** Thanks and credit to others. */
export const credits: PhraseEntry[] = [
  { phrase: 'thank you', example: 'Thank you to everyone who came to help at the beach clean.' },
  { phrase: 'thanks (?:to|for)', example: 'Thanks to the night crew for keeping the roads gritted.' },
  { phrase: 'many thanks', example: 'Many thanks to Tyne College for the loan of the hall.' },
  { phrase: 'big thanks', example: 'Big thanks to our volunteers at the food bank.' },
  { phrase: 'shout-?out to', example: 'Shout-out to Kev for his patience on the help desk.' },
  { phrase: 'credit (?:where|to|goes|is due)|all (?:the )?credit(?! cards?| and debit)', example: 'Credit where it is due: the nurses did this.' },
  // Dutch posts say "kudos" too; it is English first.
  { phrase: 'kudos', example: 'Kudos to the apprentices who rebuilt the garden.' },
  { phrase: 'hats off', example: 'Hats off to the crew who fixed the main overnight.' },
  { phrase: 'grateful to', example: 'Grateful to the residents who showed us round the estate.' },
  { phrase: '(?:was|is) the work of', example: 'The new timetable was the work of our drivers.' },
  { phrase: '(?:idea|suggestion|change) [^.?!]{0,60}came from', example: 'The idea for the quiet hour came from a parent.' },
];

/** The thanks of a notice, which credit nobody. */
export const notCredits: PhraseEntry[] = [
  { phrase: 'thanks? (?:you )?for your (?:patience|understanding)', example: 'The lift is out of order, thank you for your patience.' },
];

/** Reporting back on what people said or asked. */
export const reportsBack: PhraseEntry[] = [
  { phrase: '(?:you|customers|residents|families|patients|they|our \\p{L}+ \\p{L}+) (?:told|asked|showed) us', example: 'Residents told us the signs were too small.' },
  { phrase: 'told us', example: 'Last year 400 of you told us what mattered.' },
  { phrase: 'you asked', example: 'You asked for later opening, so from May we stay open until 8.' },
  { phrase: 'we asked', example: 'Last month we asked what would make the bus better.' },
  { phrase: 'your feedback', example: 'Thanks to your feedback the route now stops at the hospital.' },
  { phrase: 'their feedback', example: 'We met the tenants and their feedback shaped the new plans.' },
  { phrase: 'based on your', example: 'Based on your answers we are adding a second crossing.' },
  { phrase: 'the (?:most useful )?feedback came from', example: 'The most useful feedback came from the night shift.' },
];

/** Question hooks that decorate an announcement: "Ready to go solar?". */
export const rhetorical: PhraseEntry[] = [
  { phrase: 'want to (?:know|learn|find out) more', example: 'Want to know more? Come to our open evening.' },
  { phrase: 'ready (?:to|for)', example: 'Ready to go solar? Book a free survey.' },
  { phrase: 'are you ready', example: 'Are you ready for winter? Get your boiler serviced now.' },
  { phrase: 'why wait', example: 'Why wait? Switch today.' },
  { phrase: "who['’]s (?:coming|in|joining)", example: "Who's coming to the summer fair on Saturday?" },
  { phrase: 'looking for', example: 'Looking for a career with purpose? We are hiring.' },
  { phrase: 'want to (?:work|join)', example: 'Want to work with us? See our vacancies.' },
  { phrase: 'need (?:help|more)', example: 'Need help with your energy bill? Call our advisers.' },
  { phrase: 'sound (?:familiar|like you)', example: 'Sound familiar? Our money coaches can help.' },
  { phrase: 'what are you waiting for', example: 'What are you waiting for? Applications close on Friday.' },
  { phrase: 'did you know', example: 'Did you know that the app is free?' },
  { phrase: 'like what you see', example: 'Like what you see? Join our team.' },
];

/** Hooks that are rhetorical only as a whole short question: "Questions?". */
export const rhetoricalShort: PhraseEntry[] = [
  { phrase: 'any questions', example: 'Any questions?' },
  { phrase: 'questions', example: 'Questions?' },
  { phrase: 'more info', example: 'More info?' },
  { phrase: 'interested', example: 'Interested?' },
  { phrase: 'curious', example: 'Curious?' },
  { phrase: 'fancy', example: 'Fancy it?' },
  { phrase: 'intrigued', example: 'Intrigued?' },
];

/** Calls to action that answer a question on the spot: "Questions? Call us.". */
export const callsToAction: PhraseEntry[] = [
  { phrase: 'call', example: 'Call 0191 496 0000 to book.' },
  { phrase: 'email', example: 'Email us at hello@fellgate.example.' },
  { phrase: 'e-mail', example: 'E-mail the team and we will get back to you.' },
  { phrase: 'visit', example: 'Visit our website for the full list.' },
  // Dutch posts say "check" too; it is English first.
  { phrase: 'check', example: 'Check our website for times.' },
  { phrase: 'contact', example: 'Contact your local branch.' },
  { phrase: 'read', example: 'Read our guide to cutting your bills.' },
  { phrase: 'see', example: 'See the link below.' },
  { phrase: 'head to', example: 'Head to the front desk in the Civic Centre.' },
  { phrase: 'go to', example: 'Go to our website and fill in the form.' },
  { phrase: 'click', example: 'Click the link in our bio.' },
  { phrase: 'book', example: 'Book a free home visit.' },
  { phrase: 'order', example: 'Order yours online.' },
  { phrase: 'apply', example: 'Apply before 1 May.' },
  { phrase: 'register', example: 'Register on our website.' },
  { phrase: 'sign up', example: 'Sign up at the library.' },
  { phrase: 'dm us', example: 'DM us your postcode.' },
  { phrase: 'message us', example: 'Message us on WhatsApp.' },
  { phrase: 'switch', example: 'Switch in five minutes online.' },
  { phrase: 'join', example: 'Join us at the town hall.' },
];

/** An early "then" that resolves the question before it: "Then give us a call.". */
export const thenWords: PhraseEntry[] = [
  { phrase: 'then', example: 'Then give us a call, we are here until 8pm.' },
];

/** Words that open a call to anyone: "Has anyone…?". */
export const openCalls: PhraseEntry[] = [
  { phrase: 'who', example: 'Who else remembers the old open-air pool?' },
  { phrase: 'anyone', example: 'Anyone been to the new climbing wall yet?' },
  { phrase: 'anybody', example: 'Anybody know when the Tuesday market comes back?' },
  { phrase: 'has anyone', example: 'Has anyone tried the new 24 bus route?' },
  { phrase: 'does anyone', example: 'Does anyone have tips for a first allotment?' },
  { phrase: 'is there anyone', example: 'Is there anyone in Fellgate who still repairs watches?' },
];

/** The reader, addressed. */
export const reader: PhraseEntry[] = [
  { phrase: 'you', example: 'What would make the park better for you?' },
  { phrase: 'your', example: 'What is your favourite walk in the borough?' },
  { phrase: "you['’](?:re|ve|ll|d)", example: "If you're new to the area, what would help you settle in?" },
];

/**
 * The plural shape of a group called at the start of a question ("Teachers, which topic is
 * missing?"): one word of this shape, then a comma (index.ts, isVocative).
 */
export const addresseeEndings: PhraseEntry[] = [
  { phrase: '\\p{L}+s', example: 'Teachers, which topic is missing?' },
];

/** Words before a comma that end like a plural but call nobody: "Besides, who pays for it?". */
export const notAddressees: PhraseEntry[] = [
  { phrase: 'thanks|yes|besides|nevertheless|nonetheless|regardless|unless|sometimes|always|afterwards|anyways|perhaps|seriously|obviously|honestly|sadly|well|so', example: 'Besides, who pays for it?' },
];

