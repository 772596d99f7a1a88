package vn.gov.quangngai.baocao.support.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;

/** A body that is not JSON, or not of the expected shape, as a 400 problem pointing where it broke, in the caller's language ({@link JsonFailures}). */
public final class JsonExceptionMappers {

    private JsonExceptionMappers() {
    }

    static Response malformed(JsonProcessingException exception) {
        String pointer = exception instanceof JsonMappingException mapping ? pointer(mapping.getPath()) : "";
        Msg detail = exception.getLocation() == null || exception.getLocation().getLineNr() < 1 ? Msg.of("support.json.detail")
                : Msg.of("support.json.detailAt", exception.getLocation().getLineNr(), exception.getLocation().getColumnNr());
        Locale language = Languages.current();
        return Problems.response(Problem.of(ErrorCode.MALFORMED_REQUEST, detail.in(language),
                List.of(new Problem.FieldError(pointer, JsonFailures.reason(exception).in(language)))));
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
