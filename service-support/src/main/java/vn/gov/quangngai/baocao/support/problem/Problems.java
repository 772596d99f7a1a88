package vn.gov.quangngai.baocao.support.problem;

import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** Builds problem+json responses; the one place that sets their media type. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(ErrorCode code, String detail) {
        return response(Problem.of(code, detail));
    }

    /** What a status means, for the problems that have nothing more specific to say, in the caller's language. */
    public static String defaultDetail(int status, Locale language) {
        String key = switch (status) {
            case 400, 404, 405, 406, 408, 413, 414, 415, 431, 503 -> "support.status." + status;
            default -> "support.status.other";
        };
        return vn.gov.quangngai.baocao.support.i18n.Msg.of(key).in(language);
    }
}
