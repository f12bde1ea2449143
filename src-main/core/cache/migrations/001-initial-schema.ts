// Schema 1: everything the workstation keeps about the expert's cases, their work and its sync.
import type { Migration } from './index';

export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE expert_session (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        platform_url TEXT NOT NULL,
        expert_id TEXT NOT NULL,
        email TEXT NOT NULL,
        display_name TEXT NOT NULL,
        access_token TEXT,
        refresh_token TEXT,
        token_expires_at TEXT,
        signed_in_at TEXT NOT NULL
      );

      CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        feed_cursor TEXT,
        last_sync_at TEXT,
        last_contact_at TEXT
      );
      INSERT INTO sync_state (id) VALUES (1);

      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN
          ('offered', 'accepted', 'waiting_for_patient', 'submitted', 'closed', 'withdrawn', 'reassigned', 'declined')),
        disease_family TEXT NOT NULL,
        disease TEXT NOT NULL,
        language TEXT NOT NULL,
        offered_at TEXT NOT NULL,
        due_at TEXT,
        patient_age INTEGER,
        patient_sex TEXT CHECK (patient_sex IN ('female', 'male', 'other', 'unknown')),
        patient_region TEXT,
        patient_employment TEXT,
        gp_aware INTEGER CHECK (gp_aware IN (0, 1)),
        gp_consent INTEGER CHECK (gp_consent IN (0, 1)),
        platform_version INTEGER NOT NULL DEFAULT 0,
        read_only INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1)),
        purge_after TEXT,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX cases_status_due ON cases (status, due_at);

      CREATE TABLE first_opinions (
        case_id TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        diagnosis TEXT NOT NULL,
        proposed_treatment TEXT NOT NULL,
        given_by TEXT,
        given_at TEXT
      );

      CREATE TABLE questionnaire_responses (
        case_id TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        response_json TEXT NOT NULL
      );

      CREATE TABLE patient_questions (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        asked_at TEXT,
        PRIMARY KEY (case_id, id)
      );

      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('dicom', 'pdf', 'photo', 'other')),
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL,
        added_at TEXT,
        download_state TEXT NOT NULL DEFAULT 'pending'
          CHECK (download_state IN ('pending', 'downloading', 'available', 'corrupt')),
        bytes_done INTEGER NOT NULL DEFAULT 0,
        vault_file TEXT,
        vault_key BLOB,
        error_code TEXT,
        CHECK (download_state != 'available' OR (vault_file IS NOT NULL AND vault_key IS NOT NULL))
      );
      CREATE INDEX attachments_case ON attachments (case_id);

      CREATE TABLE messages (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        direction TEXT NOT NULL CHECK (direction IN ('to_patient', 'from_patient')),
        kind TEXT NOT NULL DEFAULT 'message' CHECK (kind IN ('message', 'info_request', 'follow_up_question')),
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        delivery_state TEXT NOT NULL CHECK (delivery_state IN ('queued', 'sent', 'read', 'received')),
        read_locally INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX messages_case ON messages (case_id, created_at);

      CREATE TABLE report_drafts (
        case_id TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        template_id TEXT NOT NULL,
        template_version TEXT NOT NULL,
        language TEXT NOT NULL,
        answers_json TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE submitted_reports (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('report', 'addendum')),
        template_id TEXT NOT NULL,
        template_version TEXT NOT NULL,
        language TEXT NOT NULL,
        answers_json TEXT NOT NULL,
        divergence TEXT NOT NULL CHECK (divergence IN ('convergent', 'divergent')),
        divergence_kind TEXT CHECK (divergence_kind IN ('diagnostic', 'therapeutic', 'both')),
        complexity TEXT NOT NULL CHECK (complexity IN ('simple', 'complex')),
        review_seconds INTEGER NOT NULL CHECK (review_seconds >= 0),
        signed_by TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        base_version INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'submitted', 'rejected')),
        receipt_json TEXT
      );

      CREATE TABLE review_sessions (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        active_seconds INTEGER NOT NULL DEFAULT 0 CHECK (active_seconds >= 0),
        idle_kept_seconds INTEGER NOT NULL DEFAULT 0,
        idle_discarded_seconds INTEGER NOT NULL DEFAULT 0,
        end_reason TEXT,
        heartbeat_at TEXT,
        adjusted_seconds INTEGER,
        adjustment_reason TEXT,
        removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
        CHECK (adjusted_seconds IS NULL OR (adjusted_seconds >= 0 AND adjusted_seconds <= active_seconds))
      );
      CREATE INDEX review_sessions_case ON review_sessions (case_id, started_at);

      CREATE TABLE measurements (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        attachment_id TEXT,
        series_uid TEXT,
        sop_instance_uid TEXT,
        frame INTEGER,
        kind TEXT NOT NULL,
        data_json TEXT NOT NULL,
        is_key_image INTEGER NOT NULL DEFAULT 0 CHECK (is_key_image IN (0, 1)),
        created_at TEXT NOT NULL
      );
      CREATE INDEX measurements_case ON measurements (case_id);

      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT,
        kind TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        payload_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_error_code TEXT,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'conflict'))
      );
      CREATE INDEX outbox_case ON outbox (case_id, seq);

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        case_id TEXT,
        detail_json TEXT NOT NULL DEFAULT '{}',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        synced INTEGER NOT NULL DEFAULT 0 CHECK (synced IN (0, 1))
      );
      -- Append-only: an entry may be marked synced, never edited or removed.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE OF at, action, case_id, detail_json, prev_hash, hash ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
    `);
  },
};
