package vn.gov.quangngai.baocao.report.onboarding;

/**
 * Keycloak's admin API could not do what was asked: unreachable, or it refused. The message names
 * the operation and Keycloak's status, never a request or answer body (they may hold secrets).
 */
public class KeycloakUnavailableException extends RuntimeException {

    public KeycloakUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public KeycloakUnavailableException(String message) {
        super(message);
    }
}
