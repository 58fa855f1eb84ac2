// Names in a sentence, in the UI language: "legal cases and incidents", "politics, strikes and
// unions and legal cases" would read as four things, so names that hold the word "and" themselves
// are listed with commas only: "incidents and accidents, fraud and theft".

/** `and` is the UI language's word for "and" ("and", "en"). */
export function listNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  const inner = new RegExp(`(?:^|\\s)${and}(?:\\s|$)`, 'u');
  if (names.some((n) => inner.test(n))) return names.join(', ');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
