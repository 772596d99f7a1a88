package vn.gov.quangngai.baocao.console.client;

import jakarta.ws.rs.ProcessingException;
import java.util.function.Supplier;

/** Runs a call to one service and names that service when it cannot be reached. */
final class Guarded {

    private Guarded() {
    }

    static <T> T call(ServicePart part, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException unreachable) {
            // connection refused, reset or timed out: no answer came, so the part is unavailable
            if (unreachable.getCause() instanceof ApiException answered) {
                throw answered;
            }
            throw new ServiceUnavailableException(part, unreachable);
        }
    }
}
