package vn.gov.quangngai.baocao.report.onboarding;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Calls to Keycloak's admin API, their failures turned into {@link KeycloakUnavailableException}:
 * Keycloak's own 403 or 404 must never reach our caller as if it were our answer; its 409 (someone
 * changed the same thing at that moment) into {@link KeycloakConflictException}. Only the
 * operation and Keycloak's status are kept; bodies are never read into a message.
 */
final class KeycloakCalls {

    private KeycloakCalls() {
    }

    static <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new KeycloakConflictException(operation + ": Keycloak answered 409", e);
            }
            throw new KeycloakUnavailableException(operation + ": Keycloak answered " + e.getResponse().getStatus(), e);
        } catch (ProcessingException e) {
            throw new KeycloakUnavailableException(operation + ": Keycloak unreachable", e);
        }
    }

    static void run(String operation, Runnable call) {
        call(operation, () -> {
            call.run();
            return null;
        });
    }

    /** The id at the end of a 201's Location; anything else is a failure of {@code operation}. */
    static String createdId(Response response, String operation) {
        try (response) {
            URI location = response.getLocation();
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new KeycloakConflictException(operation + ": Keycloak answered 409", null);
            }
            if (response.getStatus() != 201 || location == null) {
                throw new KeycloakUnavailableException(operation + ": Keycloak answered " + response.getStatus());
            }
            String path = location.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }
}
