-- How far aggregation-service has read report-service's change feed. One row; the follower locks
-- it while it reads, so with several instances only one follows the feed at a time.
CREATE TABLE feed_cursor (
    id         SMALLINT    PRIMARY KEY CHECK (id = 1),
    last_seq   BIGINT      NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO feed_cursor (id) VALUES (1);
