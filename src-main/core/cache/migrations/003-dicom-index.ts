// Schema 3: the DICOM index — one row per downloaded DICOM attachment, read once from its header,
// so that studies, series and the order of their images are known without parsing again.
import type { Migration } from './index';

export const dicomIndex: Migration = {
  version: 3,
  name: 'DICOM index',
  up(db) {
    db.exec(`
      CREATE TABLE dicom_instances (
        attachment_id TEXT PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        study_uid TEXT NOT NULL,
        series_uid TEXT NOT NULL,
        sop_uid TEXT NOT NULL,
        modality TEXT NOT NULL,
        study_description TEXT NOT NULL,
        series_description TEXT NOT NULL,
        series_number INTEGER,
        instance_number INTEGER,
        sort_position REAL,
        slice_location REAL,
        slice_thickness REAL,
        rows INTEGER NOT NULL,
        columns INTEGER NOT NULL,
        frames INTEGER NOT NULL,
        transfer_syntax TEXT NOT NULL,
        lossy INTEGER NOT NULL CHECK (lossy IN (0, 1)),
        is_image INTEGER NOT NULL CHECK (is_image IN (0, 1))
      );
      CREATE INDEX dicom_instances_series ON dicom_instances (case_id, series_uid);
    `);
  },
};
