-- The registry over time. An agency keeps its code for ever; what it is called, what kind of body
-- it is and whom it belongs to are periods with dates (valid_from inclusive, valid_to exclusive,
-- NULL: open). Changes (create, rename, merge, split, dissolve) are recorded with their effective
-- date and legal basis; merges and splits link predecessors to successors. A round keeps the names
-- its agencies had in its period, whatever the registry says later.

CREATE TABLE agency_period (
    id          BIGSERIAL    PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL REFERENCES agency (code),
    valid_from  DATE,
    valid_to    DATE,
    name        VARCHAR(300) NOT NULL,
    kind        VARCHAR(10)  NOT NULL CHECK (kind IN ('SO', 'BAN', 'NGANH', 'HUYEN', 'XA', 'PHUONG', 'DAC_KHU')),
    parent_code VARCHAR(40)  REFERENCES agency (code),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from < valid_to)
);
CREATE INDEX agency_period_by_code ON agency_period (code, valid_from);

-- The registry as it stood before any recorded change: open-ended periods.
INSERT INTO agency_period (code, valid_from, valid_to, name, kind, parent_code)
SELECT code, NULL, NULL, name, kind, parent_code FROM agency;

ALTER TABLE agency DROP COLUMN name;
ALTER TABLE agency DROP COLUMN kind;
ALTER TABLE agency DROP COLUMN parent_code;

CREATE TABLE agency_change (
    id          BIGSERIAL     PRIMARY KEY,
    change_key  VARCHAR(100)  UNIQUE,
    type        VARCHAR(10)   NOT NULL CHECK (type IN ('CREATE', 'RENAME', 'MERGE', 'SPLIT', 'DISSOLVE')),
    effective   DATE          NOT NULL,
    basis       VARCHAR(500)  NOT NULL,
    body        JSONB         NOT NULL,
    applied_at  TIMESTAMPTZ   NOT NULL,
    applied_by  VARCHAR(200)  NOT NULL
);

CREATE TABLE agency_link (
    predecessor  VARCHAR(40)  NOT NULL REFERENCES agency (code),
    successor    VARCHAR(40)  NOT NULL REFERENCES agency (code),
    effective    DATE         NOT NULL,
    change_id    BIGINT       NOT NULL REFERENCES agency_change (id),
    PRIMARY KEY (predecessor, successor)
);
CREATE INDEX agency_link_by_successor ON agency_link (successor);

-- What a round expects: each agency with its name, kind and parent in the round's period.
ALTER TABLE round ADD COLUMN as_of DATE;
UPDATE round SET as_of = (make_date(period_year,
        CASE period_kind WHEN 'YEAR' THEN 12 WHEN 'HALF' THEN period_index * 6 WHEN 'QUARTER' THEN period_index * 3 ELSE period_index END, 1)
        + INTERVAL '1 month' - INTERVAL '1 day')::date;
ALTER TABLE round ALTER COLUMN as_of SET NOT NULL;

ALTER TABLE report ADD COLUMN agency_name VARCHAR(300);
ALTER TABLE report ADD COLUMN agency_kind VARCHAR(10);
ALTER TABLE report ADD COLUMN agency_parent VARCHAR(40);
UPDATE report r SET agency_name = p.name, agency_kind = p.kind, agency_parent = p.parent_code
FROM agency_period p WHERE p.code = r.agency_code;
ALTER TABLE report ALTER COLUMN agency_name SET NOT NULL;
ALTER TABLE report ALTER COLUMN agency_kind SET NOT NULL;
