package vn.gov.quangngai.baocao.console.client.model;

import java.time.OffsetDateTime;

/** One step of a report's audit trail: who, when, what, from which status, which version, why. */
public record AuditEvent(long id, OffsetDateTime at, String action, Actor actor, String fromStatus, String toStatus, int version,
                         String reason) {
}
