package vn.gov.quangngai.baocao.report.registry;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import vn.gov.quangngai.baocao.support.testing.Concurrently;

/** REST Assured requests sent at once through {@link Concurrently}, and their answers counted by status. */
final class Race {

    private static final Duration BOUND = Duration.ofSeconds(60);

    private Race() {
    }

    /** The answers of {@code count} requests, the i-th made by {@code request.apply(i)}, in that order, all within a minute. */
    static List<Response> run(int count, IntFunction<Response> request) throws Exception {
        return Concurrently.run(count, BOUND, i -> () -> request.apply(i));
    }

    static long count(List<Response> responses, int status) {
        return responses.stream().filter(r -> r.statusCode() == status).count();
    }
}
