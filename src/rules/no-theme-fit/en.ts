// English leisure and fan talk: snacks, TV, matches, polls about favourites. An organisation's
// post about these serves no goal unless it also touches a theme. Every entry has an example that
// a test walks. Emoji sit here too: they belong to no language.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

export const leisure: PhraseEntry[] = [
  { phrase: 'fries|frites', example: 'Fries or onion rings with lunch?' },
  { phrase: 'pizza(?:s)?', example: 'Pizza Friday in the control room!' },
  { phrase: 'hamburgers?|burgers?', example: 'Best burger in town, who agrees?' },
  { phrase: 'crisps', example: 'Crisps or nachos with your Friday lunch?' },
  { phrase: 'nachos', example: 'Crisps or nachos with your Friday lunch?' },
  { phrase: 'donuts?|doughnuts?', example: 'Doughnuts in the canteen today!' },
  { phrase: 'favou?rite snack|crisp flavours?', example: 'What is your favourite snack at work?' },
  { phrase: 'cocktails?', example: 'Cocktails on the roof tonight.' },
  { phrase: 'quiz time', example: 'Quiz time: guess the song!' },
  { phrase: '🍟|🍕|🍔|🍻|🍺|🍿|📺|⚽|🎬', example: 'Crisps or nachos? 🍟' },
  { phrase: 'eurovision', example: 'Who is watching Eurovision tonight?' },
  { phrase: 'netflix', example: 'What are you bingeing on Netflix?' },
  { phrase: 'cinema', example: 'Off to the cinema tonight.' },
  { phrase: 'tv show|reality show', example: 'Which reality show are you hooked on?' },
  { phrase: 'strictly|bake off|x factor|the voice', example: 'Who else is glued to the Bake Off final tonight?' },
  { phrase: '(?:the )?\\p{L}+ final tonight', example: 'Anyone watching the cup final tonight?' },
  { phrase: 'season finale', example: 'That season finale, wow.' },
  { phrase: '(?:favou?rite|best) (?:christmas )?(?:film|movie|series|song|album)', example: 'What is your favourite Christmas movie?' },
  { phrase: 'movie night', example: 'Movie night with the team!' },
  { phrase: 'christmas (?:film|movie)', example: 'Time for a Christmas film.' },
  { phrase: 'boxset', example: 'Which boxset are you watching?' },
  { phrase: 'binge-?watch\\p{L}*', example: 'Binge-watching all weekend.' },
  { phrase: 'football|soccer', example: 'Football tonight, who is watching?' },
  { phrase: 'premier league|champions league|away end', example: 'Thirty years in the away end, and still no Champions League.' },
  { phrase: 'world cup', example: 'World Cup fever in the office.' },
  { phrase: 'the match|what a match', example: 'What a match! That penalty 😍' },
  { phrase: 'what a goal', example: 'What a goal in the last minute!' },
  { phrase: 'stadium', example: 'Off to the stadium on Sunday.' },
  { phrase: 'darts', example: 'Darts final tonight!' },
  { phrase: 'formula (?:1|one)|grand prix', example: 'Who wins the Grand Prix?' },
  { phrase: 'tour de france', example: 'Following the Tour de France?' },
  { phrase: 'the olympics', example: 'Watching the Olympics at lunch.' },
  { phrase: 'what a race', example: 'What a race that was!' },
  { phrase: 'penalty', example: 'What a match! That penalty 😍' },
  { phrase: 'referee', example: 'The referee missed it.' },
  { phrase: 'who (?:will )?wins?', example: 'Who wins tonight?' },
  { phrase: 'vote in our stories|poll in our stories', example: 'Vote in our stories!' },
  { phrase: 'team \\p{L}+ or team \\p{L}+', example: 'Team crisps or team nachos?' },
  // A match report: the score, the minute, the table.
  { phrase: '(?:won|lost|drew|beat \\p{L}+(?: \\p{L}+)?) \\d{1,2}[-–]\\d{1,2}', example: 'We beat Hebble Rovers 3-1 on Saturday!' },
  { phrase: 'in the \\d{1,3}(?:st|nd|rd|th) minute|stoppage time|injury time', example: 'Winner in the 94th minute, I am still shaking.' },
  { phrase: 'full-?time whistle|hat-?trick|league leaders', example: 'A hat-trick before half time, and we are league leaders at Christmas!' },
  { phrase: 'love island|gogglebox|eastenders|coronation street|i[\'’]m a celebrity|strictly come dancing', example: 'Who else is watching Love Island tonight?' },
  { phrase: 'last night[\'’]s (?:episode|final|show)|the (?:final|episode) last night', example: 'Still not over last night\'s episode.' },
  // Holidays and trips.
  { phrase: 'back from (?:\\p{L}+ ){0,3}(?:holiday|vacation|weeks?|a fortnight)', example: 'Back from two weeks in Crete with the family.' },
  { phrase: 'on holiday|holiday snaps|road trip|camper ?van|jet ?lag|sunbathing', example: 'Road trip through the Highlands with the kids.' },
  // Cooking and recipes.
  { phrase: '(?:favou?rite |my )?recipes?', example: 'My favourite recipe for a rainy Sunday.' },
  { phrase: 'sunday roast|roast potatoes|roast dinner|goose fat|banana bread|bake a cake', example: 'Sunday roast, my way: crispy roast potatoes.' },
  // Hobbies, sport done for fun, pets and the weather: a life outside work.
  { phrase: 'fishing|angling|tight lines|carp', example: 'Lovely day fishing at the lake, three carp before lunch.' },
  { phrase: 'half[- ]marathon|marathon|parkrun|personal best', example: 'Ran my first half marathon on Sunday, a personal best by ten minutes!' },
  { phrase: 'golf|round of golf|hole in one', example: 'A hole in one on the 7th, drinks are on me.' },
  { phrase: 'classic car|vintage car|car show', example: 'Took the classic car to the village car show this weekend.' },
  { phrase: 'puppy|kitten|our new dog|my dog|my cat|(?:cat|dog|puppy|kitten) phase|already planning the next (?:trip|holiday)', example: 'Is this a standard cat phase, or is he plotting? Already planning the next holiday.' },
  { phrase: 'first snow|snowman|heatwave', example: 'First snow of the year, who has built a snowman yet?' },
  { phrase: 'knitting|crochet|jigsaw puzzle', example: 'Finished my first knitting project: a very wonky scarf.' },
  { phrase: 'padel|squash match|tennis match|surfing|surf lesson|ice skating|sourdough', example: 'My sourdough starter finally made a loaf with a proper crumb.' },
  { phrase: 'fish and chips|chippy tea|takeaway night', example: 'Friday tradition: fish and chips from the place on the quay.' },
  // Sport done or followed for fun, by category rather than by the hobby last seen: racing on a
  // bike, board and table games, ball games, fitness, a podium in one's own age group. The two
  // lists are compiled together, so a word borrowed by both languages stands in one of them only;
  // and no word an organisation's own notice uses for its work ("picnic tables", "new album of
  // photos", "greenhouse gas", "the time trial closes the road", "moving house?").
  { phrase: 'cyclocross|sportive', example: 'Third in the vets cyclocross at the weekend, mud up to my ears.' },
  { phrase: 'chess(?: club| tournament| match)?|rapidplay|grandmaster', example: 'Won the county rapidplay chess tournament on Sunday.' },
  { phrase: 'bowling|ten-?pin|snooker|badminton|volleyball|netball', example: 'Sunday afternoon bowling with my brothers-in-law.' },
  { phrase: 'rugby (?:match|game|league)|six nations|cricket (?:match|season)|test match|wimbledon', example: 'Six Nations weekend: who else is glued to the rugby match?' },
  { phrase: 'triathlon|ironman|leg day|five-a-side|5-a-side', example: 'Signed up for my first triathlon next summer, send help.' },
  { phrase: 'pub quiz', example: 'Our team came second at the pub quiz last night.' },
  { phrase: 'my age (?:group|category)', example: 'First in my age group for the first time.' },
  // Music, games and puzzles.
  { phrase: 'setlist|karaoke|playstation|xbox|nintendo|fortnite|crossword|wordle|sudoku', example: 'Karaoke night with the in-laws: nobody can sing.' },
  { phrase: 'board ?games?|video ?games?', example: 'Board games night at ours: who wins at Monopoly?' },
  { phrase: 'which (?:album|song|band|film|movie)', example: 'Friday question: which album got you through the nineties?' },
  // Days out, trips and the garden.
  { phrase: 'apple picking|pick[- ]your[- ]own|theme park|rollercoaster', example: 'Apple picking with the kids, eleven kilos in the boot.' },
  { phrase: 'narrowboat|canal holiday|city break|weekend away|ski(?:ing)? (?:trip|holiday)', example: 'Back from a week on a narrowboat on the Llangollen canal.' },
  { phrase: 'my greenhouse|allotment|veg(?:etable)? patch|tomato plants|my garden', example: 'Fourteen kilos of tomatoes from my greenhouse this year.' },
  // Home cooking and family meals.
  { phrase: 'sunday dinner|yorkshire puddings?|curry night|pancake day|birthday cake', example: "Sunday dinner at my mum's: Yorkshire puddings the size of a hat." },
  { phrase: "(?:brothers?|sisters?|mothers?|fathers?)-in-law|in-laws|my (?:mum|mam|nan|gran)['’]s", example: "Sunday dinner at my mum's, then bowling with the in-laws." },
  // Home, collecting and eating out. Not school holidays, bands or choirs: a notice says when the
  // desk is closed over half-term, and an event lists the brass band that plays.
  { phrase: '(?:finally|just|we(?:[\'’]ve| have)|i(?:[\'’]ve| have)) moved house|flat-?pack', example: 'Finally moved house: three weeks of paint in my hair and a sofa that would not fit.' },
  { phrase: 'euphonium|model railway|stamp collection|ramen (?:bar|shop|noodles)|bowl of ramen|noodles|curry house', example: 'Thirty years of building my model railway, and the loft is finally full.' },
];
