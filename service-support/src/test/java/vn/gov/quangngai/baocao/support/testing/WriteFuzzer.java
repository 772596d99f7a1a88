package vn.gov.quangngai.baocao.support.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Sends generated requests ({@link FuzzedRequests}) to write endpoints and checks each answer: no
 * 5xx, none slower than 10 s, every refusal problem+json with its status and a code, and nothing
 * changed by a refusal (each endpoint says what to compare before and after). The module tests
 * run it against one service, the reliability harness against the running suite.
 */
public final class WriteFuzzer {

    /**
     * A write endpoint: who calls it (a token asked for at each request: a long run outlives a
     * token), valid bodies to start from, and what a refusal must leave unchanged ({@code state};
     * null for an endpoint that stores nothing, such as the nudge, which only shortens a wait).
     */
    public record Target(String name, String method, String path, Supplier<String> token, List<String> seeds, List<String> contentTypes,
                         Supplier<String> state, Runnable afterSuccess) {
    }

    /**
     * What a run found: cases sent, answers by status (all, and by target), refusals, and every
     * failure of the rules above.
     */
    public record Result(int cases, Map<Integer, Integer> byStatus, Map<String, Map<Integer, Integer>> byTarget, int refused, int serverErrors,
                         int hangs, List<String> failures) {

        /** The targets that never answered with a success, or never refused: a fuzzer that reached only one side of an endpoint's checks. */
        public List<String> oneSided() {
            return byTarget.entrySet().stream()
                    .filter(target -> target.getValue().keySet().stream().noneMatch(status -> status < 300)
                            || target.getValue().keySet().stream().noneMatch(status -> status >= 400 && status < 500))
                    .map(target -> target.getKey() + " " + target.getValue()).toList();
        }
    }

    public static final Duration HANG = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    public WriteFuzzer(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Sends {@code cases} requests, round the targets in turn, from generators seeded with {@code seed}. */
    public Result run(List<Target> targets, int cases, long seed) throws InterruptedException {
        System.out.printf("Fuzzing %s with %d generated requests from seed %d%n", baseUrl, cases, seed);
        List<FuzzedRequests> generators = targets.stream()
                .map(target -> new FuzzedRequests(seed + target.name().hashCode(), target.seeds())).toList();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Map<Integer, Integer>> byTarget = new TreeMap<>();
        int refused = 0;
        int serverErrors = 0;
        int hangs = 0;
        for (int number = 0; number < cases; number++) {
            int pick = number % targets.size();
            Target target = targets.get(pick);
            FuzzedRequests.Case generated = generators.get(pick).next(number);
            String before = target.state() == null ? null : target.state().get();
            Answer answer = send(target, generated);
            String where = "case " + number + " (" + generated.kind() + ", " + target.name() + ")";
            if (answer == null) {
                hangs++;
                failures.add(where + ": no answer within " + HANG.toSeconds() + " s");
                continue;
            }
            byStatus.merge(answer.status(), 1, Integer::sum);
            byTarget.computeIfAbsent(target.name(), name -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
            if (answer.status() >= 500) {
                serverErrors++;
                failures.add(where + ": " + answer.status() + " " + excerpt(answer.body()) + " for " + excerpt(generated.bodyText()));
            } else if (answer.status() >= 400) {
                refused++;
                String shape = answer.problemShape();
                if (shape != null) {
                    failures.add(where + ": " + answer.status() + " " + shape + ": " + excerpt(answer.body()));
                }
                String after = target.state() == null ? null : target.state().get();
                if (!java.util.Objects.equals(after, before)) {
                    failures.add(where + ": refused with " + answer.status() + " but the state changed from " + before + " to " + after);
                }
            } else {
                target.afterSuccess().run();
            }
        }
        return new Result(cases, byStatus, byTarget, refused, serverErrors, hangs, failures);
    }

    private record Answer(int status, String contentType, String body) {

        /**
         * What is wrong with the refusal's shape, or null when it is a problem as the API documents
         * it: problem+json with type, title, code, the answer's own status, and each field error
         * with a JSON Pointer and a message.
         */
        String problemShape() {
            if (!"application/problem+json".equals(contentType)) {
                return "without a problem+json body (" + contentType + ")";
            }
            JsonNode problem;
            try {
                problem = JSON.readTree(body);
            } catch (IOException e) {
                return "with a problem+json body that is not JSON";
            }
            if (problem == null || problem.path("status").asInt() != status) {
                return "with a problem whose status is not the answer's";
            }
            for (String member : List.of("type", "title", "code")) {
                if (problem.path(member).asText("").isBlank()) {
                    return "with a problem without " + member;
                }
            }
            for (JsonNode error : problem.path("errors")) {
                String pointer = error.path("pointer").asText(null);
                if (pointer == null || !(pointer.isEmpty() || pointer.startsWith("/")) || error.path("message").asText("").isBlank()) {
                    return "with a field error without a JSON Pointer or a message";
                }
            }
            return null;
        }
    }

    private Answer send(Target target, FuzzedRequests.Case generated) throws InterruptedException {
        String uri = baseUrl + target.path() + (generated.query().isEmpty() ? "" : "?" + generated.query());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(HANG)
                .method(target.method(), HttpRequest.BodyPublishers.ofByteArray(generated.body()))
                .header("Authorization", "Bearer " + target.token().get());
        for (Map.Entry<String, String> header : generated.headers().entrySet()) {
            // a third of the cases carry one of the endpoint's own media types, so that their bodies reach its checks
            String value = header.getKey().equals("Content-Type") && generated.number() % 3 == 0
                    ? target.contentTypes().get(generated.number() % target.contentTypes().size()) : header.getValue();
            request.header(header.getKey(), value);
        }
        try {
            return answer(http, request);
        } catch (HttpTimeoutException e) {
            return null;
        } catch (IOException e) {
            // the connection broke: once more on a new connection, to tell a stale kept-alive connection from a service that hangs up
            try {
                return answer(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build(), request);
            } catch (HttpTimeoutException again) {
                return null;
            } catch (IOException again) {
                return new Answer(599, "", "no answer on two connections: " + e + "; " + again);
            }
        }
    }

    private static Answer answer(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
