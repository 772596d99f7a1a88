package vn.gov.quangngai.baocao.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * A real answer as the example of every read: {@code openapi-examples/<operationId>.json} on the
 * service's class path (recorded from the service's own answers by its OpenApiExamplesTest) goes
 * into the operation's 200 response. Integrators see what the API really returns, not a shape.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ResponseExamples implements OASFilter {

    /** Where the examples live, relative to the class path root. */
    public static final String FOLDER = "openapi-examples/";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getOperationId() == null || operation.getResponses() == null) {
            return operation;
        }
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        String example = read(operation.getOperationId());
        if (ok == null || example == null || ok.getContent() == null || ok.getContent().getMediaTypes() == null) {
            return operation;
        }
        MediaType json = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json != null && (json.getExamples() == null || json.getExamples().isEmpty())) {
            json.addExample("recorded", OASFactory.createExample().summary("A real answer, recorded from the service").value(parse(example)));
        }
        return operation;
    }

    private static String read(String operationId) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FOLDER + operationId + ".json")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable example of " + operationId, e);
        }
    }

    private static Object parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("an example that is not JSON", e);
        }
    }
}
