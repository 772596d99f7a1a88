-- Reporting rounds, the agencies' reports, their frozen versions, the audit trail, the change
-- feed and the submit idempotency keys.

CREATE TABLE round (
    id              BIGSERIAL    PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]{2,40}$'),
    title           VARCHAR(500) NOT NULL,
    request_number  VARCHAR(100) NOT NULL,
    request_date    DATE         NOT NULL,
    request_issuer  VARCHAR(300) NOT NULL,
    period_kind     VARCHAR(10)  NOT NULL CHECK (period_kind IN ('YEAR', 'HALF', 'QUARTER', 'MONTH')),
    period_year     INTEGER      NOT NULL,
    period_index    INTEGER,
    deadline        TIMESTAMPTZ  NOT NULL,
    status          VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    template        JSONB        NOT NULL,
    template_code   VARCHAR(60),
    created_at      TIMESTAMPTZ  NOT NULL,
    created_by      VARCHAR(200) NOT NULL,
    closed_at       TIMESTAMPTZ
);

-- One row per expected agency, created with the round: a report exists from the start, NOT_STARTED.
CREATE TABLE report (
    id                  BIGSERIAL    PRIMARY KEY,
    round_id            BIGINT       NOT NULL REFERENCES round (id),
    agency_code         VARCHAR(40)  NOT NULL REFERENCES agency (code),
    position            INTEGER      NOT NULL,
    status              VARCHAR(12)  NOT NULL CHECK (status IN ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    draft               JSONB,
    revision            INTEGER      NOT NULL DEFAULT 0,
    current_version     INTEGER      NOT NULL DEFAULT 0,
    first_submitted_at  TIMESTAMPTZ,
    last_submitted_at   TIMESTAMPTZ,
    late                BOOLEAN      NOT NULL DEFAULT FALSE,
    return_reason       VARCHAR(2000),
    reopened_until      TIMESTAMPTZ,
    reopened            BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at          TIMESTAMPTZ  NOT NULL,
    UNIQUE (round_id, agency_code)
);

-- Every submission, frozen: never updated, never deleted.
CREATE TABLE report_version (
    report_id         BIGINT       NOT NULL REFERENCES report (id),
    version           INTEGER      NOT NULL CHECK (version > 0),
    content           JSONB        NOT NULL,
    submitted_at      TIMESTAMPTZ  NOT NULL,
    submitted_by      JSONB        NOT NULL,
    late              BOOLEAN      NOT NULL,
    PRIMARY KEY (report_id, version)
);

-- Append-only audit trail of every change to a report, draft saves included.
CREATE TABLE report_event (
    id              BIGSERIAL     PRIMARY KEY,
    report_id       BIGINT        NOT NULL REFERENCES report (id),
    at              TIMESTAMPTZ   NOT NULL,
    action          VARCHAR(20)   NOT NULL,
    actor_subject   VARCHAR(200)  NOT NULL,
    actor_username  VARCHAR(200),
    actor_name      VARCHAR(300),
    from_status     VARCHAR(12)   NOT NULL,
    to_status       VARCHAR(12)   NOT NULL,
    version         INTEGER       NOT NULL,
    reason          VARCHAR(2000)
);
CREATE INDEX report_event_by_report ON report_event (report_id, id);

-- The change feed: one row per status change or round event, written in the transaction of the
-- change. Writers take an advisory lock before inserting, so seq order is commit order and a
-- reader that stores its cursor misses nothing.
CREATE TABLE change_feed (
    seq          BIGSERIAL    PRIMARY KEY,
    round_code   VARCHAR(40)  NOT NULL,
    agency_code  VARCHAR(40),
    version      INTEGER,
    status       VARCHAR(20)  NOT NULL,
    at           TIMESTAMPTZ  NOT NULL
);

-- Idempotency-Key of a submit: the first answer, returned again to a retry with the same key.
CREATE TABLE submit_idempotency (
    report_id        BIGINT        NOT NULL REFERENCES report (id),
    idempotency_key  VARCHAR(200)  NOT NULL,
    version          INTEGER       NOT NULL,
    response         JSONB         NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (report_id, idempotency_key)
);
