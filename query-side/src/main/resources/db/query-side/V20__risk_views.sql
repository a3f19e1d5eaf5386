-- The risk register read model (one row per registered or suggested risk), portable between PostgreSQL and H2 in
-- PostgreSQL mode. The columns beside the document exist only to filter, sort and page.
CREATE TABLE risk_view (
    risk_id             VARCHAR(255)             NOT NULL PRIMARY KEY,
    subject_kind        VARCHAR(32)              NOT NULL,
    subject_id          VARCHAR(255)             NOT NULL,
    category            VARCHAR(32)              NOT NULL,
    owner               VARCHAR(32)              NOT NULL,
    status              VARCHAR(32)              NOT NULL,
    level               VARCHAR(16),
    level_rank          INTEGER                  NOT NULL,
    score               INTEGER                  NOT NULL,
    review_by           DATE,
    review_overdue      BOOLEAN                  NOT NULL,
    escalation_awaiting BOOLEAN                  NOT NULL,
    escalated_at        TIMESTAMP WITH TIME ZONE,
    last_changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence_number     BIGINT                   NOT NULL,
    document            TEXT                     NOT NULL
);
CREATE INDEX risk_view_subject_idx ON risk_view (subject_kind, subject_id);
CREATE INDEX risk_view_level_idx ON risk_view (level_rank, score);
CREATE INDEX risk_view_review_idx ON risk_view (review_by);
CREATE INDEX risk_view_owner_status_idx ON risk_view (owner, status);
