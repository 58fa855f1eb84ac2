// English signs of a personal case: who can be recognised, what is sensitive, how a matter is
// taken out of public. Every entry has an example that a test walks.
import type { PatternEntry, PhraseEntry } from '../../engine/nlp/phrase-data';

/** Points to one identifiable person. Case matters: a title before a capitalised name. */
export const identifiers: PatternEntry[] = [
  { re: /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss)\.?\s\p{Lu}/gu, example: 'Mrs Patel came in this morning.' },
  { re: /\(\d{1,3}\)/gu, example: 'Doris (87) celebrated her birthday on the ward.' },
  { re: /(?<![\p{L}\p{N}])\d{1,3}[- ](?:year-old|years old)(?![\p{L}])/giu, example: 'A 54-year-old man came in with chest pain.' },
  { re: /(?<![\p{L}])(?:boy|girl|lady|gentleman) of \d{1,2}(?![\p{N}])/giu, example: 'This brave girl of 7 went home today.' },
  { re: /(?<![\p{L}])(?:room|bed)\s\d{1,4}(?![\p{N}])/giu, example: 'The gentleman in room 12 wants his tea.' },
  { re: /(?<![\p{L}])your (?:neighbou?rs?|upstairs neighbou?rs?)(?![\p{L}])/giu, example: 'Your neighbour has been warned.' },
  { re: /(?<![\p{L}])(?:looked you up|(?:checked|had a look at|looked at|looked into|pulled up) your account|your account shows|your file)(?![\p{L}])/giu, example: "I've had a look at your account, Sam: you are behind." },
  // A patient said to be in a picture, or "anonymous" in the same sentence.
  { re: /(?<![\p{L}])patient(?![\p{L}])[^.!?\n]{0,80}(?<![\p{L}])(?:anonymi[sz]ed|anonymous|background|in the picture)(?![\p{L}])|(?<![\p{L}])anonymi[sz]ed(?![\p{L}])[^.!?\n]{0,80}(?<![\p{L}])patient(?![\p{L}])/giu, example: 'The patient is in the background, anonymised of course.' },
];
/** Points to one person's home: a street, a house number. */
export const placeIdentifiers: PatternEntry[] = [
  { re: /(?<![\p{L}])\p{Lu}\p{Ll}+\s(?:Street|Road|Lane|Avenue|Crescent)(?![\p{L}])|(?<![\p{L}])\p{Lu}\p{Ll}+(?:street|road|lane)(?![\p{L}])/gu, example: 'The house on Mill Lane gets a notice.' },
  { re: /(?<![\p{L}])at (?:number|no\.?) \d{1,4}(?![\p{N}])/giu, example: 'The family at number 12 gets a letter.' },
];


/** The greeting of a reply that addresses the person by name: "Hi Sam,". */
export const replyGreetings: PhraseEntry[] = [
  { phrase: 'hi', example: 'Hi Sam, your refund is on its way.' },
  { phrase: 'hey', example: 'Hey Jo, sorry about that.' },
  { phrase: 'hello', example: 'Hello Kim, thanks for asking.' },
  { phrase: 'dear', example: 'Dear Mr Hill, thank you for your letter.' },
];

/** Taking the matter out of public: a private message, a phone call, the own doctor. */
export const privateMoves: PhraseEntry[] = [
  { phrase: 'dm', example: 'Could you DM us your account number?' },
  { phrase: 'direct message', example: 'Send us a direct message and we will look.' },
  { phrase: 'private message', example: 'Please send us a private message.' },
  { phrase: 'privately', example: 'Happy to go through it privately.' },
  { phrase: 'in private', example: 'We can discuss that in private.' },
  { phrase: 'phone number', example: 'Leave your phone number and we will call.' },
  { phrase: 'call you', example: 'A colleague will call you today.' },
  { phrase: 'not here', example: 'Better not here: send us a message.' },
  { phrase: 'your (?:own )?(?:doctor|gp|pharmacist)', example: 'Please ask your own GP about this.' },
];

/** Sensitive subjects used when a pack marks no subject of its own as personal. */
export const sensitiveWords: PhraseEntry[] = [
  { phrase: 'benefit', example: 'Mr Hill, your benefit has stopped.' },
  { phrase: 'benefits', example: 'Mrs Jones has lived on benefits for years.' },
  { phrase: 'arrears', example: 'You are £300 in arrears.' },
  { phrase: 'debt', example: 'Your neighbour is in debt.' },
  { phrase: 'diagnosis', example: 'His diagnosis came yesterday.' },
  { phrase: 'illness', example: 'Her illness makes work hard.' },
  { phrase: 'surgery', example: 'After surgery she went home.' },
  { phrase: 'eviction', example: 'The eviction of Mr Dale is set for Monday.' },
  { phrase: 'penalty', example: 'Mr Hale, your penalty charge still stands.' },
  { phrase: 'overdraft', example: 'Your overdraft is £400 over its limit, Dan.' },
  { phrase: 'bailiffs?', example: 'The bailiffs visited Mrs Grant on Elm Road yesterday.' },
  { phrase: 'universal credit', example: 'Your universal credit was stopped, Jo.' },
  { phrase: 'sick (?:leave|note)', example: 'Tom has been on sick leave since March.' },
  { phrase: 'criminal record', example: 'Your neighbour has a criminal record.' },
  { phrase: 'disciplinary', example: 'Sam from the Leeds depot faces a disciplinary.' },
  { phrase: 'repossession', example: 'The repossession of Mr Ward’s car is next week.' },
  { phrase: 'care assessment', example: 'Mrs Patel (80) is still waiting for her care assessment.' },
];

/** Health details that make a named or numbered person a patient story. */
export const health: PhraseEntry[] = [
  { phrase: 'tumou?r', example: 'A 47-year-old man with a rare tumour.' },
  { phrase: 'stroke', example: 'Gerald is home after his stroke.' },
  { phrase: 'heart attack', example: 'Mr Smith had a heart attack last week.' },
  { phrase: 'dementia', example: 'Her dementia is getting worse.' },
  { phrase: 'cancer', example: 'Mrs Patel has beaten cancer.' },
  { phrase: 'fracture', example: 'A hip fracture at 91.' },
  { phrase: 'broken (?:hip|leg|arm|wrist)', example: 'Doris (87) is home after a broken hip.' },
  { phrase: '(?:hip|knee) replacement', example: 'Walking again after his knee replacement.' },
  { phrase: 'new (?:knee|hip)', example: 'Dancing on his new hip!' },
  { phrase: 'surgery', example: 'Back home after surgery.' },
  { phrase: 'diagnosed', example: 'She was diagnosed last spring.' },
  { phrase: 'diagnosis', example: 'His diagnosis came as a shock.' },
  { phrase: 'rehab', example: 'Three weeks of rehab and he walks again.' },
  { phrase: 'chemotherapy', example: 'Her chemotherapy starts on Monday.' },
  { phrase: 'admitted', example: 'Mr Dale was admitted last night.' },
  { phrase: 'miscarriage', example: 'After her miscarriage she needed time.' },
];

/**
 * How one person's own case stands: a decision about them, a payment of theirs that is missing,
 * a warning they got. Said to or about someone who can be recognised, that is their file told in
 * public. Written with the person in it ("you", "your") or with a missing payment, so that news
 * about a plan or a vote does not count; a cancelled order or a late parcel is service, not a case.
 */
export const caseOutcomes: PhraseEntry[] = [
  { phrase: 'your (?:\\p{L}+ ){0,3}(?:was|were|has been|have been|is|are) (?:also )?(?:turned down|rejected|refused|declined|not approved|withdrawn|suspended)', example: 'Your mitigation form was turned down as well, sorry.' },
  { phrase: "you (?:didn['’]t|did not|have not|haven['’]t|failed to) (?:pass|pay)", example: "You didn't pass the statistics module." },
  { phrase: 'you (?:failed|owe)', example: 'You failed the resit, so you need to repeat the year.' },
  { phrase: "(?:rent|payment|payments|instalment|invoice|bill|fees?) (?:\\p{L}+ ){0,4}(?:hasn['’]t|haven['’]t|has not|have not|wasn['’]t|was not|isn['’]t|is not|aren['’]t|are not) (?:yet )?(?:been )?(?:received|paid)", example: "We can see your rent for October hasn't been paid." },
  { phrase: '(?:unpaid|overdue|outstanding) (?:rent|bills?|invoices?|balance|fees?|fines?)', example: 'There is still £120 of unpaid rent on the account.' },
  { phrase: '(?<!(?:if|when|once|whether) )(?:the|your|his|her|their) (?:\\p{L}+ ){0,2}(?:rent|payment|invoice|bill|fees?|balance) (?:\\p{L}+ ){0,3}(?:is|are) (?:still )?(?:unpaid|overdue|outstanding)', example: "You're on the old plan and the October invoice is still unpaid, which is why your reports are locked." },
  { phrase: 'final warning', example: 'They got a final warning from us today.' },
  // What awaits someone in person: a ban, a formal notice, a fine.
  { phrase: "(?:is|has been|was|are|have been) (?:\\p{L}+ ){0,2}banned from|(?:isn['’]t|is not|won['’]t be) (?:\\p{L}+ ){0,2}allowed back", example: 'The man from Friday is not allowed back for now.' },
  { phrase: "(?:you['’]ll|you will) (?:\\p{L}+ ){0,2}(?:receive|get) a (?:formal |written |final )?(?:notice|warning|fine|penalty)", example: "You'll get a written warning in the post tomorrow." },
  { phrase: 'police (?:have|has) (?:already )?been (?:called|round|out)', example: 'The police have been round twice already.' },
  // Someone in person missed payments: "you've missed", not "Missed a payment? Here is how".
  { phrase: "(?:you|you['’]ve|you have|he|she|he['’]s|she['’]s|they|they['’]ve|they have) (?:\\p{L}+ ){0,2}missed (?:\\p{L}+ ){0,3}(?:payments?|instalments?|repayments?)", example: "I can see you've missed the last two payments, Sam, that is why the letter came." },
  // How someone's own application went: "your neighbour's extension was approved", not a school's permit.
  { phrase: "(?:your|his|her|their|neighbou?r['’]s) (?:\\S+ ){0,2}(?:permit|application|planning permission|extension|appeal|claim) (?:\\S+ ){0,6}(?:was|were|has been|have been|got) (?:\\p{L}+ ){0,2}(?:approved|granted|refused|rejected|turned down)", example: "Your neighbour's extension at number 9 was approved in June, he applied in time." },
  // The person's own account or card, or a decision on their matter that stands.
  { phrase: '(?:card|account) (?:number )?ending (?:in |with )?\\d{2,4}', example: 'Hi Dave, the £189 went back on the 5th, but to the old card ending 4471.' },
  { phrase: '(?:the|your|that) (?:charge|fine|penalty|decision) (?:still )?stands', example: 'I have looked into it again, Mr Hale, and the charge stands.' },
  // What the records say about someone, and a sanction on their child, told in public.
  // A household's arrears told in public: "they'd got £1,400 behind on their electricity".
  { phrase: "[£€$]?\\d[\\d,.]* behind (?:on|with) (?:their|his|her|your) (?:\\S+ )?(?:rent|electricity|energy|gas|bills?|payments?|mortgage|council tax)", example: "They'd got £1,400 behind on their electricity without telling anyone." },
  { phrase: "(?:our|my|the) records show (?:that )?you|your (?:son|daughter|child) (?:\\S+ ){0,5}(?:has been |is |was )?(?:excluded|suspended|(?:isn['’]t|is not|won['’]t be) allowed (?:in|back|to come)|(?:gets|has|got) (?:a )?detention)", example: 'Our records show you booked for four, and your son has been excluded until Monday.' },
  // A person's own payment gone wrong and put right, told in public: a double charge, money going back to their card.
  { phrase: "(?:were|was|have been|has been|got) (?:charged|debited|billed) (?:\\S+ ){0,3}twice|(?:money|refund|payment)(?:['’]s| is| has) (?:going|gone) back (?:to|on|into) your (?:card|account|bank)", example: "Hi Karen, the freeze didn't go through, so you were charged £27.50 twice; the money's going back to your card on Friday." },
];
