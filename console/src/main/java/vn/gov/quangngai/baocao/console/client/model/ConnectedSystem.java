package vn.gov.quangngai.baocao.console.client.model;

import java.time.OffsetDateTime;

/** An agency's own system connected to the suite: a confidential Keycloak client that posts its reports. Never its secret. */
public record ConnectedSystem(String clientId, boolean enabled, OffsetDateTime createdAt) {
}
