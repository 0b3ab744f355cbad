// What both faces say about an answer, in one place: the terminal and Discord lay these out their own way, but the
// words a reader sees are the same.

/** Shown above an answer whose best passage covers the question's main topic but not all of it. */
export const LOW_CONFIDENCE_NOTE = 'Closest coverage — may not answer this exactly.';
