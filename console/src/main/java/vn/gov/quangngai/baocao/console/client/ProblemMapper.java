package vn.gov.quangngai.baocao.console.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import vn.gov.quangngai.baocao.console.client.model.Problem;

/** Turns a service's error answer into an {@link ApiException} with its problem+json, whatever the method returns. */
abstract class ProblemMapper implements ResponseExceptionMapper<ApiException> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ServicePart part;

    ProblemMapper(ServicePart part) {
        this.part = part;
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public ApiException toThrowable(Response response) {
        return new ApiException(part, response.getStatus(), problem(response));
    }

    private static Problem problem(Response response) {
        MediaType type = response.getMediaType();
        if (type == null || !type.getSubtype().endsWith("json") || !response.hasEntity()) {
            return null;
        }
        try (InputStream body = response.readEntity(InputStream.class)) {
            return JSON.readValue(body, Problem.class);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** For report-service's clients. */
    public static final class Reports extends ProblemMapper {
        public Reports() {
            super(ServicePart.REPORTS);
        }
    }

    /** For aggregation-service's clients. */
    public static final class Summaries extends ProblemMapper {
        public Summaries() {
            super(ServicePart.SUMMARIES);
        }
    }
}
