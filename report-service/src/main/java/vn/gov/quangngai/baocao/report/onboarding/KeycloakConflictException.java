package vn.gov.quangngai.baocao.report.onboarding;

/**
 * Keycloak refused a change with 409: something else changed the same client or group at that
 * moment. A conflict for our caller to retry, not Keycloak being unreachable.
 */
public class KeycloakConflictException extends RuntimeException {

    public KeycloakConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
