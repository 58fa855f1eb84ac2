// English phrases behind the lexicon signals. Each entry names its signal and carries a
// sentence it must fire on. Keep entries general: the register of a kind of text, never the
// words of one organisation or one corpus.
import type { LexiconEntry } from './types';

export const EN: readonly LexiconEntry[] = [
  { signal: 'announced-today', re: '(?:today|yesterday|this week|recently) (?:announced|launched|unveiled|revealed|introduced|released|confirmed|reported)', example: 'Acme Corp today announced a new plant in Ohio.' },
  { signal: 'announced-today', re: '(?:announced|unveiled|launched|revealed) (?:today|this week|on \\p{L}+day)', example: 'The firm announced today that it will expand.' },
  { signal: 'announced-today', re: '(?:is|are) (?:pleased|proud|excited|delighted|thrilled|happy) to (?:announce|introduce|unveil|share|launch)', example: 'Northline is pleased to announce its new chief executive.' },
  { signal: 'announced-today', re: '(?:has|have) (?:announced|launched|unveiled|released|introduced|appointed|named|completed|acquired|signed)', example: 'The company has announced a partnership with a local school.' },
  { signal: 'announced-today', re: '(?:announces|launches|unveils|introduces|appoints|names|acquires|expands|partners with|releases)', example: 'Brightpath announces new funding round.' },
  { signal: 'said-quote', re: '(?:said|says|added|explained|commented|noted|stated|according to)(?: \\p{L}+){0,3},? (?:ceo|chief|director|president|founder|head|manager|spokesperson|chair|professor|dr)', example: 'We are proud of the team, said Jane Doe, CEO of Acme.' },
  { signal: 'said-quote', re: '[,"”] (?:said|says|added|explained|commented|noted|stated)(?! (?:that|to|in|on|it))', example: '"It is a great day," said Maria Lopez.' },
  { signal: 'press-header', re: 'for immediate release|press release|news release|media release|embargoed until|under embargo', example: 'FOR IMMEDIATE RELEASE' },
  { signal: 'media-contact', re: 'media contacts?|press contacts?|media inquiries|media enquiries|press inquiries|press enquiries|for more information,? (?:please )?contact|notes? (?:to|for) (?:the )?editors?|investor relations', example: 'Media contact: Jan Smit, jan@example.com' },
  { signal: 'forward-looking', re: 'forward[- ]looking statements?|safe harbor|this press release contains|risks and uncertainties', example: 'This release contains forward-looking statements that involve risks and uncertainties.' },
  { signal: 'news-event', re: '(?:has|have|had) been (?:arrested|charged|jailed|sentenced|convicted|released|found|injured|killed|taken to hospital|appointed|named|awarded|recognised|recognized|approved|completed|opened|closed)', example: 'A 23-year-old man has been charged with burglary.' },
  { signal: 'news-event', re: '(?:was|were) (?:arrested|charged|jailed|sentenced|convicted|found|injured|killed|stopped|seized|recovered|reported|appointed|awarded|opened|closed|launched) (?:on|at|in|after|for|following|by|yesterday|last|this)', example: 'Two men were arrested on Friday after a pursuit.' },
  { signal: 'news-event', re: '(?:officers|police|detectives|firefighters|paramedics|emergency services|crews)(?: in \\p{L}+(?:-\\p{L}+)?)? (?:have|has|were|are|attended|arrested|seized|recovered|responded|are appealing|are investigating)', example: 'Officers attended a collision on the A1 this morning.' },
  { signal: 'news-event', re: 'following (?:an?|the) (?:incident|collision|investigation|report|fire|crash|review)', example: 'The road was closed following a collision near the bridge.' },
  { signal: 'witness-appeal', re: 'appeal(?:ing)? for (?:witnesses|information|help)|anyone (?:with|who has) (?:any )?information|if you (?:saw|witnessed|have any information)|(?:call|contact) (?:us on )?101|crimestoppers', example: 'Anyone with information is asked to call 101.' },
  { signal: 'greeting', re: '(?:hi|hey|hello|dear|morning|good (?:morning|afternoon|evening))(?= \\p{L}|,|!)', example: 'Hi Sam, thanks for getting in touch.' },
  { signal: 'apology', re: "(?:we(?:['’]re| are)|i(?:['’]m| am)) (?:so |really |very )?sorry|apologi[sz]e|apologies|sorry (?:to hear|for|about)|unfortunately", example: 'Sorry to hear your parcel is late.' },
  { signal: 'private-move', re: 'dm us|send us a (?:dm|direct message|private message|pm)|direct message|via dm|in a dm|drop us a dm|check your dms?|follow (?:and|&) dm', example: 'Could you send us a DM with your order number?' },
  { signal: 'opinion', re: "i (?:think|believe|feel|reckon|guess|wonder|love|hate|learned|learnt|noticed|found|remember|admit)|in my (?:view|opinion|experience)|my (?:take|view|two cents)|i['’](?:m|ve) (?:been|learned|noticed)", example: 'I think the new timetable works better for early shifts.' },
  { signal: 'congrats', re: 'congratulations|congrats|well done|great job|great work|hats off|bravo|kudos to|nice one', example: 'Congratulations to the team at the sports hall on the new stand!' },
  { signal: 'humour', re: 'haha\\p{L}*|lol|lmao|just kidding|only joking', example: 'Haha, the coffee machine wins again.' },
  { signal: 'institution', re: '(?:the )?(?:police|council|city council|government|minister|mayor|court|hospital|school|university|college|library|company|firm|board|trust|charity|foundation|authority|agency|department|group|retailer|operator|utility)', example: 'The council has approved the new cycle lane.' },
  { signal: 'advice', re: "(?:don['’]t|do not|never|always|remember to|make sure|be aware|stay safe|keep (?:your|an eye|them)|lock (?:your|up)|check (?:your|that|the)|look out for|beware of|report (?:it|them|anything|suspicious)|install|protect (?:your|yourself)|think before)", example: 'Always install the latest updates on your phone.' },
  { signal: 'link-cue', re: '(?:find out more|read more|more info(?:rmation)?|learn more|full story|details|watch|apply|sign up|register|book|more) (?:here|at|via|on|below)?:?$|here:?$', example: 'You can apply for this position here:' },
  { signal: 'news-event', re: "we(?:['’]ve| have) (?:\\p{L}+ )?(?:charged|arrested|seized|launched|opened|closed|issued|released|recovered|jailed|appointed|completed|received|published|introduced)", example: "We've charged a teenager with assault." },
  { signal: 'third-subject', re: '(?:has|have|is|are|was|were|will|today|announced|announces|launched|launches|said|says|opened|opens|offers|provides|reported|reports|continues|plans|aims|expects|received|won|welcomed|released|introduced|celebrates|marks|invites|urges|warns|confirms|confirmed)', example: 'Greenfield Energy has opened a new office in Leeds.' },
];
