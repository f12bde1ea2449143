// Schema 12: what the viewer needs to put series side by side. Each DICOM instance's geometry
// (position, orientation, pixel spacing), frame of reference, body part and whether it is a
// localizer, so that linked viewports match slices by position, reference lines cross the right
// slice and hanging protocols choose by body part. `header_version` says which reading of the header
// a row holds: rows written before are read again when their case's imaging is next listed.
// And the viewer's arrangement per case (layout, series, links, offsets), which the expert's own
// changes overwrite.
import type { Migration } from './index';

export const viewingGeometry: Migration = {
  version: 12,
  name: 'viewing geometry of DICOM instances, viewer state per case',
  up(db) {
    db.exec(`
      ALTER TABLE dicom_instances ADD COLUMN geometry TEXT;
      ALTER TABLE dicom_instances ADD COLUMN frame_of_reference TEXT NOT NULL DEFAULT '';
      ALTER TABLE dicom_instances ADD COLUMN body_part TEXT NOT NULL DEFAULT '';
      ALTER TABLE dicom_instances ADD COLUMN localizer INTEGER NOT NULL DEFAULT 0 CHECK (localizer IN (0, 1));
      ALTER TABLE dicom_instances ADD COLUMN header_version INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE viewer_states (
        case_id TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        state_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
