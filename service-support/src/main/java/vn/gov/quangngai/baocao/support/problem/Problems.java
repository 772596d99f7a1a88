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

    /** What a status means, for the problems that have nothing more specific to say. */
    public static String defaultDetail(int status) {
        return switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This path does not accept that method.";
            case 406 -> "None of the accepted media types can be produced here.";
            case 408 -> "The request was not received in time.";
            case 413 -> "The request body is larger than this service accepts.";
            case 414 -> "The request target (path and query) is longer than this service accepts.";
            case 415 -> "This media type is not accepted here.";
            case 431 -> "The request headers are larger than this service accepts.";
            case 400 -> "The request could not be read.";
            case 503 -> "The service is not available just now; retry in a few seconds.";
            default -> "The request could not be served.";
        };
    }
}
