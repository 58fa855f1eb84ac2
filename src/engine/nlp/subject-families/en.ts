// English words of the subject families (see types.ts). Only words that name the subject on
// their own in a post: "policy" or "budget" are left out because organisations post about their
// own policy and budget every day. Every list has an example that a test walks.
import type { FamilyEntry } from './types';

export const EN: readonly FamilyEntry[] = [
  {
    family: 'politics',
    words: ['politics', 'political', 'politician', 'politicians', 'election', 'elections', 'electoral', 'voters', 'ballot', 'coalition', 'opposition', 'government', 'minister', 'ministers', 'parliament', 'parliamentary', 'senator', 'congress', 'tories', 'conservatives', 'liberals', 'democrats', 'republicans', 'referendum', 'manifesto', 'lobbying', 'partisan', 'cabinet', 'westminster', 'whitehall', 'vote', 'votes', 'voting'],
    strong: ['election', 'elections', 'referendum', 'manifesto', 'partisan', 'lobbying'],
    example: 'Whoever wins the election, this government has failed us and every minister knows it.',
  },
  {
    family: 'labour',
    words: ['strike', 'strikes', 'striking', 'walkout', 'union', 'unions', 'unionised', 'picket', 'protest', 'protests', 'demonstration', 'rally'],
    strong: ['walkout', 'picket'],
    example: 'The union is calling a strike next week: join the picket line at the main gate.',
  },
  {
    family: 'legal',
    words: ['court', 'courts', 'lawsuit', 'lawsuits', 'litigation', 'sued', 'suing', 'judge', 'judges', 'verdict', 'ruling', 'lawyer', 'lawyers', 'solicitor', 'solicitors', 'tribunal', 'legal', 'prosecution', 'prosecutor', 'settlement', 'injunction', 'summons', 'claimant', 'regulator', 'ombudsman'],
    strong: ['lawsuit', 'lawsuits', 'litigation', 'verdict', 'injunction', 'tribunal', 'sued'],
    example: 'The judge ruled in our favour and the lawsuit is over, whatever their lawyers say.',
  },
  {
    family: 'incident',
    words: ['incident', 'incidents', 'accident', 'accidents', 'outage', 'outages', 'blackout', 'fault', 'failure', 'breakdown', 'fire', 'explosion', 'leak', 'spill', 'evacuation', 'evacuated', 'injured', 'injuries', 'casualties', 'fatal', 'fatality', 'emergency', 'crisis', 'disaster', 'breach', 'hacked', 'cyberattack', 'ransomware', 'contamination', 'collapse', 'malfunction', 'error', 'smoke', 'flames', 'blaze', 'firefighters'],
    strong: ['cyberattack', 'ransomware', 'explosion', 'fatality', 'outage', 'outages', 'blackout'],
    example: 'There was a fire in the plant this morning and two people were injured.',
  },
  {
    family: 'finance',
    words: ['profit', 'profits', 'revenue', 'revenues', 'turnover', 'earnings', 'quarterly', 'dividend', 'shareholders', 'takeover', 'merger', 'acquisition', 'tariff', 'tariffs', 'prices', 'pricing', 'bonuses'],
    strong: ['dividend', 'shareholders', 'takeover', 'merger', 'earnings'],
    example: 'Our quarterly results are in: record profit and a bigger dividend for shareholders.',
  },
  {
    family: 'personnel',
    words: ['layoffs', 'redundancies', 'redundancy', 'dismissal', 'dismissed', 'sacked', 'reorganisation', 'reorganization', 'restructuring', 'downsizing', 'salaries', 'salary', 'disciplinary', 'resignation', 'resigned'],
    strong: ['layoffs', 'redundancies', 'dismissal'],
    example: 'Heard there will be layoffs after the restructuring, and the board is keeping quiet.',
  },
  {
    family: 'complaint',
    words: ['complaint', 'complaints', 'complained', 'grievance', 'ombudsman', 'compensation', 'negligence', 'misconduct', 'allegations', 'allegation'],
    strong: ['grievance', 'negligence', 'misconduct', 'allegations'],
    example: 'About the complaint against our ward: the investigation will show there was no negligence.',
  },
];
