// The words OCR read on a photo of a document, laid over the image where they were read: invisible
// text that can be selected and quoted (marked as recognised), and the find's matches drawn over
// their words (the selected one stronger). The layer has the image's own pixel size and is scaled
// and turned with it.
import type { RecognisedPage } from '../../../../contract';

interface Props {
  page: RecognisedPage;
  /** Indexes of the words of each match of the find; `selected` is the one shown. */
  matches: number[][];
  selected: number;
}

export function PhotoTextLayer({ page, matches, selected }: Props) {
  const marked = new Map<number, boolean>();
  matches.forEach((words, m) => words.forEach((w) => marked.set(w, marked.get(w) === true || m === selected)));
  return (
    <div
      className="photo-text"
      style={{ width: page.width, height: page.height }}
      data-testid="photo-text"
      // The quote reads its page and whether its text was recognised from here (report-quote.ts).
      data-page-number="1"
      data-recognised="true"
      data-photo="true"
    >
      {page.words.map((word, i) => {
        // Image space: the transform's origin is the box's lower left corner, its height on the diagonal.
        const height = Math.abs(word.transform[0]);
        const left = word.transform[4];
        const top = word.transform[5] - height;
        const mark = marked.get(i);
        return (
          <span
            key={i}
            className={`photo-text__word${mark === undefined ? '' : mark ? ' photo-text__word--selected' : ' photo-text__word--match'}`}
            style={{ left, top, width: word.width, height, fontSize: height * 0.8, lineHeight: `${height}px` }}
            data-testid={mark === undefined ? undefined : 'photo-match'}
          >
            {word.text}
            {/* A space after each word, so that a selection across words reads as words. */}
            {page.words[i + 1]?.line === word.line ? ' ' : '\n'}
          </span>
        );
      })}
    </div>
  );
}
