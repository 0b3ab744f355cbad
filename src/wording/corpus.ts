// What both faces (and the corpus loader) say when there are no articles to read: where they go and how to point
// the tool at them.

/** The fix for an empty or missing corpus directory. */
export const PUT_ARTICLES_THERE =
  'put the articles there as <id>.md files, or point CORPUS_DIR or --corpus at their directory';
