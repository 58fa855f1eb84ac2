/**
 * A way of speaking for the organisation, as a regex source over the post with the pack's own
 * names masked. `{org}` stands for a noun of an organisation or one of the pack's names, `{stance}`
 * for a verb of taking a position; both come from the same language's lists. Case is ignored.
 */
export interface FrameEntry {
  frame: string;
  example: string;
}
