// Schema 11: each DICOM instance's study date (0008,0020) and time (0008,0030), so that the viewer
// groups a case's series by study, newest first (a CT of last year beside this year's). Instances
// indexed before this version have none until their file is indexed again: the viewer puts such a
// study last, "date unknown", rather than guess.
import type { Migration } from './index';

export const studyDates: Migration = {
  version: 11,
  name: 'study dates of DICOM instances',
  up(db) {
    db.exec(`
      ALTER TABLE dicom_instances ADD COLUMN study_date TEXT;
      ALTER TABLE dicom_instances ADD COLUMN study_time TEXT;
    `);
  },
};
