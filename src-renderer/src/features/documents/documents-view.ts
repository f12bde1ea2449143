// How the expert likes the documents listed (as a list, or along the patient's history),
// remembered between sessions: a layout choice, never case data, so the renderer's storage is fine.
import { useState } from 'react';

export type DocumentsView = 'list' | 'timeline';

const KEY = 'documents.view.v1';

function load(): DocumentsView {
  try {
    return localStorage.getItem(KEY) === 'timeline' ? 'timeline' : 'list';
  } catch {
    return 'list';
  }
}

export function useDocumentsView(): [DocumentsView, (view: DocumentsView) => void] {
  const [view, setView] = useState(load);
  return [
    view,
    (next) => {
      setView(next);
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Storage full or refused: the choice lasts for this session.
      }
    },
  ];
}
