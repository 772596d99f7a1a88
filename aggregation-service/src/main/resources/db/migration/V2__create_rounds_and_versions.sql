-- aggregation-service's own copy of what it needs from report-service: rounds with their outline,
-- each expected agency's standing, every submitted version it has taken in, their figures one
-- row each (so that the consolidation is SQL), and frozen snapshots of summaries.

CREATE TABLE round (
    code            VARCHAR(40)  PRIMARY KEY,
    title           VARCHAR(500) NOT NULL,
    request_number  VARCHAR(100) NOT NULL,
    request_date    DATE         NOT NULL,
    request_issuer  VARCHAR(300) NOT NULL,
    period_kind     VARCHAR(10)  NOT NULL,
    period_year     INTEGER      NOT NULL,
    period_index    INTEGER,
    deadline        TIMESTAMPTZ  NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    template        JSONB        NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);

CREATE TABLE round_agency (
    round_code          VARCHAR(40)   NOT NULL REFERENCES round (code),
    agency_code         VARCHAR(40)   NOT NULL,
    agency_name         VARCHAR(300)  NOT NULL,
    position            INTEGER       NOT NULL,
    status              VARCHAR(12)   NOT NULL DEFAULT 'NOT_STARTED',
    current_version     INTEGER       NOT NULL DEFAULT 0,
    first_submitted_at  TIMESTAMPTZ,
    late                BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (round_code, agency_code)
);

CREATE TABLE report_version (
    round_code    VARCHAR(40)  NOT NULL,
    agency_code   VARCHAR(40)  NOT NULL,
    version       INTEGER      NOT NULL,
    submitted_at  TIMESTAMPTZ  NOT NULL,
    late          BOOLEAN      NOT NULL,
    nil_report    BOOLEAN      NOT NULL,
    content       JSONB        NOT NULL,
    PRIMARY KEY (round_code, agency_code, version),
    FOREIGN KEY (round_code, agency_code) REFERENCES round_agency (round_code, agency_code)
);

-- One row per figure an agency gave a value (an empty figure has no row: it is not a zero).
CREATE TABLE figure_value (
    round_code    VARCHAR(40)  NOT NULL,
    agency_code   VARCHAR(40)  NOT NULL,
    version       INTEGER      NOT NULL,
    code          VARCHAR(60)  NOT NULL,
    number_value  NUMERIC,
    bool_value    BOOLEAN,
    text_value    TEXT,
    PRIMARY KEY (round_code, agency_code, version, code),
    FOREIGN KEY (round_code, agency_code, version) REFERENCES report_version (round_code, agency_code, version)
);

CREATE TABLE snapshot (
    id          UUID         PRIMARY KEY,
    round_code  VARCHAR(40)  NOT NULL REFERENCES round (code),
    basis       VARCHAR(10)  NOT NULL,
    taken_at    TIMESTAMPTZ  NOT NULL,
    taken_by    JSONB        NOT NULL,
    body        JSONB        NOT NULL
);
CREATE INDEX snapshot_by_round ON snapshot (round_code, taken_at);

ALTER TABLE feed_cursor ADD COLUMN last_success_at TIMESTAMPTZ;
