// Signs that a post points to one identifiable person (a title and a name, an age, a room or
// house number, the person replied to, "your neighbour"), and signs that it moves a personal
// matter to a private channel. Together with a sensitive subject (arrears, a diagnosis, a
// benefit) the first makes a personal case told in public; the second means it is handled well.
import type { Span } from '../types';

const IDENTIFIERS: RegExp[] = [
  // "meneer De Groot", "mevrouw Dekker", "Mrs Patel"
  /\b(?:[Mm]eneer|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.|[Mm]w\.)\s\p{Lu}/gu,
  /\b(?:Mr|Mrs|Ms|Miss)\.?\s\p{Lu}/gu,
  // An age: "(87)", "54-year-old", "een kanjer van 7"
  /\(\d{1,3}\)/gu,
  /\b\d{1,3}[- ](?:jarige|jarig|year-old|years old|jaar oud)\b/giu,
  /\b(?:kanjer|meisje|jongen|kindje|dame|heer|boy|girl|lady|gentleman) van \d{1,2}\b/giu,
  // A room or a house: "kamer 214", "room 12", "Molenstraat 14", "aan de Kanaalstraat"
  /\b(?:kamer|room|bed)\s\d{1,4}\b/giu,
  /\b\p{Lu}\p{Ll}+(?:straat|laan|weg|plein|pad|dijk|kade|singel|gracht|steeg|street|road|lane|avenue|crescent)\b/gu,
  // A neighbour of the person replied to; a looked-up account or file.
  /\b(?:buurman|buurvrouw|buren) van (?:jou|je|u)\b|\b(?:je|jouw|uw) (?:buurman|buurvrouw)\b|\byour neighbou?r\b/giu,
  /\b(?:looked you up|checked your account|your account shows|uw dossier|je dossier|jouw dossier)\b/giu,
  // "kleine Lowie": a child named
  /\bkleine \p{Lu}\p{Ll}+/gu,
];

/** A patient said to be in a picture, or "anonymous" in the same sentence. */
const PATIENT_SHOWN = /\b(?:patiënte?|patient)\b[^.!?\n]{0,80}\b(?:onherkenbaar|anoniem|geanonimiseerd|anonymi[sz]ed|achtergrond|background|op de foto|in beeld|in the picture)|\b(?:onherkenbaar|anoniem|anonymi[sz]ed)\b[^.!?\n]{0,80}\b(?:patiënte?|patient)\b/giu;

/** Addressing the person one replies to: "@paul_m1982", "Hoi Samira,". */
const REPLY_ADDRESS = /^\s*(?:@[\w.]+|(?:[Hh]oi|[Hh]i|[Hh]ey|[Hh]allo|[Hh]ello|[Dd]ag|[Bb]este|[Dd]ear)\s\p{Lu}\p{Ll}+)/u;

const PRIVATE_MOVE =
  /\b(?:privébericht|privé-bericht|privé bericht|pb|dm|dm'en|direct message|private message|privately|in private|telefoonnummer|phone number|bellen we|belt (?:een collega|iemand|u)|call you|niet hier|liever niet hier|not here|ombudsdienst|hier niets|hier niet over|huisarts|apotheker|your (?:own )?(?:doctor|gp|pharmacist))\b/iu;

export function identifierSpans(text: string, reply: boolean): Span[] {
  const spans: Span[] = [];
  for (const re of [...IDENTIFIERS, PATIENT_SHOWN]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (reply) {
    const m = REPLY_ADDRESS.exec(text);
    if (m) {
      const lead = m[0].search(/\S/);
      spans.push({ start: m.index + lead, end: m.index + m[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function movesToPrivate(text: string): boolean {
  return PRIVATE_MOVE.test(text);
}

/** Sensitive subjects used when a pack lists none of its own. */
export const DEFAULT_SENSITIVE = [
  'uitkering', 'bijstand', 'schulden', 'betalingsachterstand', 'diagnose', 'ziekte', 'operatie', 'opname', 'dwangsom',
  'benefit', 'benefits', 'arrears', 'debt', 'diagnosis', 'illness', 'surgery', 'eviction',
];

// Advice on someone's own medicine: "ik zou je bloeddrukpillen halveren", "stop taking the tablets".
const MEDICINE =
  '\\p{L}{0,20}(?:pillen|pil|tabletten|tablet|medicatie|medicijnen|medicijn|dosis|stillers|remmers|antibiotica|insuline|inhaler|puffer|puf|druppels|siroop|' +
  'pills|tablets|medication|dose|dosage|painkillers|inflammatories|antibiotics|insulin|inhaler|drops|ibuprofen|paracetamol)';
// Changing a dose up or down, stopping, or taking extra: advice only the own doctor may give.
const ADVICE =
  '(?:halveer|halveren|verdubbel|verdubbelen|verhoog|verhogen|verlaag|verlagen|afbouwen|stop met|stoppen met|minder innemen|halve|neem (?:gerust |maar |best )?(?:een )?extra|' +
  'double|increase|raise|lower|reduce|stop taking|cut down|take (?:an )?extra)';
const MEDICAL_ADVICE = new RegExp(`\\b${ADVICE}\\b[^.!?\\n]{0,60}?${MEDICINE}\\b|${MEDICINE}\\b[^.!?\\n]{0,40}?\\b${ADVICE}\\b`, 'giu');

// Health details that make a named or numbered person a patient story. Dutch compounds
// ("heupbreuk", "knieoperatie") are caught by their medical tail.
const HEALTH = new RegExp(
  '(?<![\\p{L}])(?:\\p{L}{0,14}(?:breuk|operatie|ontsteking|kanker|infarct|infectie|tumor|tumour|fractuur|prothese)|beroerte|hartaanval|dementie|chemo\\p{L}{0,8}|' +
    'diagnose|gediagnosticeerd|revalidatie|gehospitaliseerd|opgenomen|bevalling|stroke|heart attack|dementia|cancer|fracture|broken (?:hip|leg|arm|wrist)|' +
    '(?:hip|knee) replacement|(?:nieuwe|new) (?:knie|heup|knee|hip)|surgery|diagnosed|diagnosis|rehab|chemotherapy|admitted|miscarriage)(?![\\p{L}])',
  'giu',
);

export function healthSpans(text: string): Span[] {
  const spans: Span[] = [];
  HEALTH.lastIndex = 0;
  for (let m = HEALTH.exec(text); m !== null; m = HEALTH.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Spans of personal dosage advice; only meaningful in a reply to someone. */
export function medicalAdviceSpans(text: string): Span[] {
  const spans: Span[] = [];
  MEDICAL_ADVICE.lastIndex = 0;
  for (let m = MEDICAL_ADVICE.exec(text); m !== null; m = MEDICAL_ADVICE.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
