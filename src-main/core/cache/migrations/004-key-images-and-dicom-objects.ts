// Schema 4: key images (the images an expert marks as key to the opinion), and what kind of DICOM
// object each indexed file is — an image, an encapsulated PDF (with where its bytes sit in the
// file, so the PDF viewer reads them by range), a structured report, a waveform or something else.
import type { Migration } from './index';

export const keyImagesAndDicomObjects: Migration = {
  version: 4,
  name: 'key images, DICOM object kinds',
  up(db) {
    db.exec(`
      CREATE TABLE key_images (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        attachment_id TEXT NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
        frame INTEGER NOT NULL,
        data_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (case_id, attachment_id, frame)
      );
      ALTER TABLE dicom_instances ADD COLUMN sop_class_uid TEXT NOT NULL DEFAULT '';
      ALTER TABLE dicom_instances ADD COLUMN object_kind TEXT NOT NULL DEFAULT 'image'
        CHECK (object_kind IN ('image', 'pdf', 'sr', 'waveform', 'other'));
      ALTER TABLE dicom_instances ADD COLUMN embedded_offset INTEGER;
      ALTER TABLE dicom_instances ADD COLUMN embedded_length INTEGER;
      -- Why an image cannot be shown (truncated, no pixels…), found once from its header; NULL if fine.
      ALTER TABLE dicom_instances ADD COLUMN problem TEXT;
      ALTER TABLE dicom_instances ADD COLUMN problem_detail TEXT NOT NULL DEFAULT '';
      UPDATE dicom_instances SET object_kind = 'other' WHERE is_image = 0;
    `);
  },
};
