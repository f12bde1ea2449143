// Schema 16: key images as pictures. A key image keeps the picture the expert saw when marking it
// (the image as windowed and zoomed, with the measurements drawn; no patient data), and a report
// draft keeps the figures it shows (which key images, in order, each with the expert's caption);
// a signed report freezes them.
import type { Migration } from './index';

export const keyImagePictures: Migration = {
  version: 16,
  name: 'key image pictures and report figures',
  up(db) {
    db.exec(`
      ALTER TABLE key_images ADD COLUMN picture BLOB;
      ALTER TABLE report_drafts ADD COLUMN figures_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE submitted_reports ADD COLUMN figures_json TEXT NOT NULL DEFAULT '[]';
    `);
  },
};
