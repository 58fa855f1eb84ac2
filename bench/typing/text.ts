// The 500 characters the bench types: a pasted-press-release style post, so the coach has
// something to nudge about and the time to the first nudge can be measured.
const BASE =
  'Utrecht, 12 November 2026. Northwind Data, a leading provider of innovative cloud solutions, ' +
  'today announced the launch of Northwind Flow, a best-in-class platform that empowers organisations ' +
  'to unlock synergies. "We are thrilled to bring this game-changing solution to market," said Jan de Vries, CEO. ' +
  'Proud to announce that our award-winning team is now the number one partner in the region. ' +
  'About Northwind Data: founded in 2009, the company serves more than 400 customers. ';

export const TYPING_LENGTH = 500;

export const TYPED_TEXT = BASE.repeat(2).slice(0, TYPING_LENGTH);
