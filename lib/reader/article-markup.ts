// How the reader's client parts find the words of the server-made article (article-html.ts): a
// word is any button of a German sentence that is not one of its tools. The words carry no
// attribute of their own, since the article's HTML travels twice (the document and React's
// payload) and has hundreds of them; a word's index is its place among its sentence's words.
export const WORD_BUTTON = ".sentence-de button:not(.tool-button)";

/** The index of a word button among its sentence's words, and the sentence's id. */
export function wordPlace(
  button: Element,
): { sentenceId: string; index: number } | undefined {
  const sentence = button.closest(".sentence");
  if (!sentence?.id || !button.matches(WORD_BUTTON)) return undefined;
  const index = [...sentence.querySelectorAll(WORD_BUTTON)].indexOf(button);
  return index < 0 ? undefined : { sentenceId: sentence.id, index };
}
