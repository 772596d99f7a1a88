package vn.gov.quangngai.baocao.support.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body that is not JSON, or not of the expected shape, as a 400 problem pointing where it broke. */
public final class JsonExceptionMappers {

    private JsonExceptionMappers() {
    }

    static Response malformed(JsonProcessingException exception) {
        String pointer = exception instanceof JsonMappingException mapping ? pointer(mapping.getPath()) : "";
        String where = exception.getLocation() == null ? ""
                : " at line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr();
        String message = exception.getOriginalMessage() == null ? "unreadable JSON" : exception.getOriginalMessage().lines().findFirst().orElse("");
        return Problems.response(Problem.of(ErrorCode.MALFORMED_REQUEST, "The body is not valid JSON of the expected shape" + where + ".",
                List.of(new Problem.FieldError(pointer, message))));
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/').append(reference.getFieldName() != null
                    ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    /** Syntax errors. */
    @Provider
    public static class Parse implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException exception) {
            return malformed(exception);
        }
    }

    /** Wrong shapes, and an empty body where one is needed. */
    @Provider
    public static class Mismatch implements ExceptionMapper<MismatchedInputException> {
        @Override
        public Response toResponse(MismatchedInputException exception) {
            return malformed(exception);
        }
    }

    /** Anything else Jackson could not read. */
    @Provider
    public static class Other implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException exception) {
            return malformed(exception);
        }
    }
}
