package vn.gov.quangngai.baocao.console.client.model;

import java.time.OffsetDateTime;

/** A summary frozen by a reviewer: when, by whom, on which basis. */
public record Snapshot(String id, OffsetDateTime takenAt, Actor takenBy, String basis) {
}
