package vn.gov.quangngai.baocao.support.problem;

import jakarta.ws.rs.core.Response;

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
}
