/** What read a document, kept with its results: a later engine that reads better can tell them apart. */
export const ENGINE = 'tesseract.js 7, fra+eng LSTM best_int';
