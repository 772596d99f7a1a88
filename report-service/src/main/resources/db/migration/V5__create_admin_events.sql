-- What administrators did to agency systems' Keycloak clients: who, when, which agency and client.
-- Append-only. A client's secret is never written here (nor anywhere else report-service keeps).
CREATE TABLE admin_event (
    id              BIGSERIAL     PRIMARY KEY,
    at              TIMESTAMPTZ   NOT NULL,
    action          VARCHAR(20)   NOT NULL,
    actor_subject   VARCHAR(200)  NOT NULL,
    actor_username  VARCHAR(200),
    actor_name      VARCHAR(300),
    agency_code     VARCHAR(40)   NOT NULL,
    client_id       VARCHAR(255)  NOT NULL
);
CREATE INDEX admin_event_by_agency ON admin_event (agency_code, id);
