package vn.gov.quangngai.baocao.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import vn.gov.quangngai.baocao.support.testing.RawHttp;
import vn.gov.quangngai.baocao.support.testing.WriteFuzzer;

/**
 * Generated requests against the running suite: bodies, headers and query strings to every write
 * endpoint of both services (the module tests' generators), malformed requests written byte by
 * byte, and slow bodies. Every count it reports is also checked: a 5xx, a hang, a refusal that is
 * not a problem or that changed what it refused, a connection closed on a request the server had
 * to answer, a stalled body not cut within the services' bound: each fails the run.
 */
final class SuiteFuzzing {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The services' bound on a request body (baocao.http.body-timeout, 30 s unless set), from the end of its headers. */
    static final Duration BODY_TIMEOUT = Duration.ofSeconds(30);
    /** Slack on the bounds below for a machine of 2 cores busy with 100 open connections. */
    private static final Duration SLACK = Duration.ofSeconds(5);
    /** With this many cases an endpoint or more, each endpoint must have accepted some and refused some (fewer may not reach a valid body). */
    private static final int BOTH_SIDES_FROM = 200;

    /**
     * The malformations after which a server may close the connection without answering: the
     * header block can be read, but the chunked body after it cannot be framed, so the request
     * never ends (RFC 9112 §7.1, §8: an incomplete message may be answered, or the connection
     * closed). That is a broken chunk size, and Content-Length beside chunked, which a server may
     * process as chunked alone (§6.1) and whose body is then no chunk at all. Every other request,
     * malformed in its request line or headers (a Content-Length of -1 among them, §6.3), must be
     * answered (400, 414, 431, 505), however broken.
     */
    static final java.util.Set<String> MAY_CLOSE = java.util.Set.of("a chunked body with a broken chunk size", "both Content-Length and chunked");

    private final Harness harness;

    SuiteFuzzing(Harness harness) {
        this.harness = harness;
    }

    void run(int reportCases, int aggregationCases, int rawCases, long seed) throws Exception {
        String report = harness.suite.reportServices().get(0).baseUrl();
        String aggregation = harness.suite.aggregationServices().get(0).baseUrl();
        List<WriteFuzzer.Target> reportTargets = reportTargets(report);
        int reportTargetCount = reportTargets.size();
        WriteFuzzer.Result toReport = new WriteFuzzer(report).run(reportTargets, reportCases, seed);
        WriteFuzzer.Result toAggregation = new WriteFuzzer(aggregation).run(aggregationTargets(aggregation), aggregationCases, seed);
        List<String> rawFailures = new ArrayList<>();
        Map<String, Integer> raw = raw(report, rawCases, seed, rawFailures);
        List<String> slowFailures = new ArrayList<>();
        Map<String, Integer> slow = slowBodies(report, slowFailures);

        Map<String, String> counts = new LinkedHashMap<>();
        int cases = toReport.cases() + toAggregation.cases();
        counts.put("generated requests to the write endpoints (report-service + aggregation-service)", toReport.cases() + " + " + toAggregation.cases() + " = " + cases);
        counts.put("answers by status, report-service", toReport.byStatus().toString());
        counts.put("answers by status, aggregation-service", toAggregation.byStatus().toString());
        counts.put("5xx answers", String.valueOf(toReport.serverErrors() + toAggregation.serverErrors()));
        counts.put("no answer within " + WriteFuzzer.HANG.toSeconds() + " s", String.valueOf(toReport.hangs() + toAggregation.hangs()));
        counts.put("refusals without problem+json, or after which the report, round count, registry entry or snapshot count had changed",
                String.valueOf(toReport.failures().size() + toAggregation.failures().size() - toReport.serverErrors() - toAggregation.serverErrors()
                        - toReport.hangs() - toAggregation.hangs()));
        boolean enoughForBothSides = reportCases / reportTargetCount >= BOTH_SIDES_FROM && aggregationCases / 2 >= BOTH_SIDES_FROM;
        counts.put("endpoints the generated requests never got past, or never got refused by" + (enoughForBothSides ? "" : " (not checked: fewer than "
                + BOTH_SIDES_FROM + " cases an endpoint)"), oneSided(toReport, toAggregation).toString());
        raw.forEach((kind, count) -> counts.put("malformed requests written byte by byte: " + kind, String.valueOf(count)));
        counts.put("malformed requests written byte by byte: failures (5xx, no answer, a connection closed on a request that had to be answered)",
                String.valueOf(rawFailures.size()));
        slow.forEach((kind, count) -> counts.put("stalled bodies: " + kind, String.valueOf(count)));
        counts.put("stalled bodies not cut as they must be (another agency's 403 within " + SLACK.toSeconds() + " s, the right agency's 408 within "
                + BODY_TIMEOUT.plus(SLACK).toSeconds() + " s, the read meanwhile 200 within " + SLACK.toSeconds() + " s)", String.valueOf(slowFailures.size()));
        List<String> failures = new ArrayList<>(toReport.failures());
        failures.addAll(toAggregation.failures());
        if (enoughForBothSides) {
            oneSided(toReport, toAggregation).forEach(target -> failures.add("only one side of an endpoint reached: " + target));
        }
        failures.addAll(rawFailures);
        failures.addAll(slowFailures);
        failures.stream().limit(30).forEach(failure -> harness.report.failure("fuzzing: " + failure));
        if (failures.size() > 30) {
            harness.report.failure("fuzzing: " + (failures.size() - 30) + " failures more");
        }
        harness.report.line(new ReliabilityReport.Line("fuzzing the write endpoints", cases + " generated requests, " + rawCases + " malformed ones, "
                + slow.values().stream().mapToInt(Integer::intValue).sum() + " stalled bodies", 0, 0, 0, 0, "—",
                failures.isEmpty() ? "passed" : "**failed**"));
        harness.report.section("Fuzzing the running suite", """
                The module tests' generators (a seeded random source with a bias to edge values: empty, 0, ±1, each type's
                extremes, NUL, unpaired surrogates, very long texts; seed %d) make bodies (valid bodies changed at one value, at the
                JSON level, at the byte level; random JSON; garbage), headers (Content-Type, If-Match, Idempotency-Key) and query
                strings for every write endpoint: a draft (the built-in outline, and an outline with a figure of each type), its
                import, submit, a whole submission in one request, return, accept, reopen, opening and closing a round, adding and
                changing an agency, a dated change of the registry and a registry file (CSV), creating, rotating and disabling an
                agency system's client, taking a snapshot, the nudge. Each answer must come within %d s, never be a 5xx, be a
                problem (problem+json with type, title, code, its status, each field error with a pointer and a message) when it
                refuses, and a refusal must leave the report's ETag (or the round count, the registry entry, the agency's
                clients, the snapshot count) as it was; the nudge stores nothing, so only its answers are checked. With %d cases
                an endpoint or more, each endpoint must also have accepted some requests and refused others.
                Then requests written byte by byte (broken request lines, escapes, header blocks, bodies whose length lies): each
                must be answered without a 5xx; the connection may close without an answer only after a header block whose
                chunked body cannot be framed (%s), an incomplete request that the server cannot answer in turn. Then
                bodies that stall: fifty from a submitter of another agency, fifty from the right one, all at once; another
                agency's must be refused with 403 within %d s, the right agency's cut with 408 within %d s (the services' bound on a
                body is %d s from its headers), and a read served meanwhile within %d s.
                """.formatted(seed, WriteFuzzer.HANG.toSeconds(), BOTH_SIDES_FROM, String.join("; ", new java.util.TreeSet<>(MAY_CLOSE)), SLACK.toSeconds(),
                BODY_TIMEOUT.plus(SLACK).toSeconds(), BODY_TIMEOUT.toSeconds(), SLACK.toSeconds()), counts);
    }

    private List<WriteFuzzer.Target> reportTargets(String report) {
        String bdt = harness.submitters.get("BDT");
        String draft = reportOf(report, openRound(report, "DVCQ-NAM"), "BDT");
        put(draft, bdt, DRAFT);
        String figures = reportOf(report, openRound(report, null), "BDT");
        put(figures, bdt, FIGURES_DRAFT);
        String submit = reportOf(report, openRound(report, "DVCQ-NAM"), "BDT");
        put(submit, bdt, DRAFT);
        String imported = reportOf(report, openRound(report, "DVCQ-NAM"), "BDT");
        // each review action on a report of its own, in the state that action needs: submitted, submitted, and in a closed round
        String review = submitted(reportOf(report, openRound(report, "DVCQ-NAM"), "BDT"), bdt);
        String accepted = submitted(reportOf(report, openRound(report, "DVCQ-NAM"), "BDT"), bdt);
        String reopenedRound = openRound(report, "DVCQ-NAM");
        String reopened = submitted(reportOf(report, reopenedRound, "BDT"), bdt);
        Harness.Answer closed = send("POST", report + "/api/v1/rounds/" + reopenedRound + "/close", harness.tokens.of("bob"), "{}");
        if (closed.status() != 200) {
            throw new IllegalStateException("cannot close a round: " + closed.status() + " " + closed.body());
        }
        String closeRound = openRound(report, "DVCQ-NAM");
        // the dated registry change renames its agency from 2099: an agency of its own for today's corrections by PUT
        String agency = newAgency(report);
        String corrected = newAgency(report);
        String submissions = reportOf(report, openRound(report, "DVCQ-NAM"), "BDT");
        String clients = "/api/v1/agencies/MINHLONG/clients";
        String rotated = newClient(report + clients);
        String disabled = newClient(report + clients);

        String reason = "{\"reason\": \"Đề nghị bổ sung số liệu.\"}";
        List<String> json = List.of("application/json");
        Runnable nothing = () -> { };
        return List.of(
                target("PUT draft", "PUT", draft, bdt, List.of(DRAFT, "{\"nilReport\": true}"), json, () -> etag(draft, bdt), nothing),
                target("PUT figures", "PUT", figures, bdt, List.of(FIGURES_DRAFT), json, () -> etag(figures, bdt), nothing),
                target("submit", "POST", submit + "/submit", bdt, List.of("{}"), json, () -> etag(submit, bdt),
                        () -> send("POST", submit + "/return", harness.tokens.of("bob"), reason)),
                target("submissions", "POST", submissions + "/submissions", bdt, List.of(DRAFT, "{\"nilReport\": true}"), json, () -> etag(submissions, bdt),
                        () -> send("POST", submissions + "/return", harness.tokens.of("bob"), reason)),
                target("import", "POST", imported + "/import", bdt, List.of(DRAFT), List.of("text/plain; charset=utf-8", DOCX), () -> etag(imported, bdt), nothing),
                target("open round", "POST", "/api/v1/rounds", "bob", List.of(roundBody("RL-FUZZ", "DVCQ-NAM"), roundBody("RL-FUZZ2", null)), json,
                        () -> total(report + "/api/v1/rounds?size=1", "bob"), nothing),
                target("return", "POST", review + "/return", "bob", List.of(reason), json, () -> etag(review, "bob"),
                        () -> harness.post(review + "/submit", harness.tokens.of(bdt))),
                target("accept", "POST", accepted + "/accept", "bob", List.of("{}"), json, () -> etag(accepted, "bob"), nothing),
                target("reopen", "POST", reopened + "/reopen", "bob", List.of("{\"reason\": \"Gia hạn.\", \"until\": \"2099-12-31T23:59:59+07:00\"}"), json,
                        () -> etag(reopened, "bob"), nothing),
                target("close round", "POST", "/api/v1/rounds/" + closeRound + "/close", "bob", List.of("{}"), json,
                        () -> harness.get(report + "/api/v1/rounds/" + closeRound, harness.tokens.of("bob")).body().replaceAll(".*\"status\"\\s*:\\s*\"([A-Z]+)\".*", "$1"), nothing),
                target("add agency", "POST", "/api/v1/agencies", "admin", List.of("{\"code\": \"SNGV\", \"name\": \"Sở Ngoại vụ\", \"kind\": \"SO\"}"), json,
                        () -> total(report + "/api/v1/agencies?size=1", "admin"), nothing),
                target("change agency", "PUT", "/api/v1/agencies/" + corrected, "admin",
                        List.of("{\"name\": \"Cơ quan thử đã sửa tên\", \"kind\": \"SO\"}", "{\"name\": \"Cơ quan thử\", \"kind\": \"BAN\"}"), json,
                        () -> harness.get(report + "/api/v1/agencies/" + corrected, harness.tokens.of("admin")).body(), nothing),
                target("registry change", "POST", "/api/v1/agencies/changes", "admin", List.of("{\"type\": \"RENAME\", \"effective\": \"2099-01-01\", "
                                + "\"basis\": \"Quyết định thử\", \"code\": \"" + agency + "\", \"name\": \"Cơ quan thử đổi tên\"}"), json,
                        () -> total(report + "/api/v1/agencies?size=1", "admin") + " " + harness.get(report + "/api/v1/agencies/" + agency, harness.tokens.of("admin")).body(),
                        nothing),
                target("registry import", "POST", "/api/v1/agencies/import", "admin", List.of("code,name,kind,parent,validFrom\nFZCSV,UBND xã Thử,XA,,2099-01-01\n"),
                        List.of("text/csv", "text/plain; charset=utf-8"), () -> total(report + "/api/v1/agencies?size=1", "admin"), nothing),
                target("create client", "POST", clients, "admin", List.of("", "{}"), json, () -> clientList(report + clients), nothing),
                target("rotate secret", "POST", clients + "/" + rotated + "/secret", "admin", List.of("", "{}"), json, () -> clientList(report + clients), nothing),
                target("disable client", "DELETE", clients + "/" + disabled, "admin", List.of(""), json, () -> clientList(report + clients), nothing));
    }

    private List<WriteFuzzer.Target> aggregationTargets(String aggregation) {
        String round = latestRound();
        String snapshots = "/api/v1/rounds/" + round + "/snapshots";
        String notifier = harness.suite.tokens.forDevClient("report-service");
        return List.of(
                target("take snapshot", "POST", snapshots, "bob", List.of("{}", "{\"basis\": \"accepted\"}"), List.of("application/json"),
                        () -> total(aggregation + snapshots + "?size=1", "bob"), () -> { }),
                // the nudge stores nothing (it only makes the follower read sooner): its answers alone are checked
                new WriteFuzzer.Target("nudge", "POST", "/api/v1/feed/nudge", () -> notifier, List.of("{}"), List.of("application/json"), null, () -> { }));
    }

    /** A new system client of the agency, for the fuzzer to rotate or disable. */
    private String newClient(String url) {
        Harness.Answer answer = send("POST", url, harness.tokens.of("admin"), "");
        if (answer.status() != 201) {
            throw new IllegalStateException("cannot create a client: " + answer.status() + " " + answer.body());
        }
        return answer.body().replaceAll(".*\"clientId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    /** The agency's clients without their secrets: what a refused create, rotation or disabling must leave as it was. */
    private String clientList(String url) {
        Harness.Answer answer = harness.get(url, harness.tokens.of("admin"));
        return answer.status() + " " + answer.body();
    }

    /** A target whose token is the named user's, fetched again whenever it is about to expire. */
    private WriteFuzzer.Target target(String name, String method, String url, String user, List<String> seeds, List<String> contentTypes,
                                      java.util.function.Supplier<String> state, Runnable afterSuccess) {
        String path = url.startsWith("http") ? url.substring(url.indexOf("/api/")) : url;
        return new WriteFuzzer.Target(name, method, path, () -> harness.tokens.of(user), seeds, contentTypes, state, afterSuccess);
    }

    /**
     * Requests written byte by byte, drawn from a seeded random source; their answers by kind. A
     * refusal without a body is counted with what made the request malformed: only the HTTP codec
     * answers that way, before the service has a request to look at. A 5xx, no answer, or a
     * connection closed without an answer (except after a malformation of {@link #MAY_CLOSE}) is
     * added to {@code failures}.
     */
    private Map<String, Integer> raw(String report, int cases, long seed, List<String> failures) {
        Random random = new Random(seed);
        int port = Integer.parseInt(report.substring(report.lastIndexOf(':') + 1));
        String token = harness.tokens.of(harness.submitters.get("BDT"));
        Map<String, Integer> kinds = new TreeMap<>();
        List<String> targets = List.of("/api/v1/rounds", "/api/v1/rounds/%00", "/api/v1/rounds/%zz", "/api/v1/rounds/%C3%28", "/api/v1/rounds?page=%",
                "/api/v1/rounds?page=-1", "/api/v1/rounds?page=1e9", "/api/v1/rounds/" + "A".repeat(9_000), "/api/v1/rounds/a|b", "/api/v1/rounds/x%2F..%2F",
                "//api/v1/rounds", "/api/v1/rounds/\u00e1", "/api/v1/changes?after=-5", "/q/health/ready", "/api/v1/me?\u0000");
        List<String> methods = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO");
        Map<String, String> malformations = new java.util.LinkedHashMap<>();
        malformations.put("headers over 16 KiB", "X-Padding: " + "p".repeat(17_000 + random.nextInt(10_000)) + "\r\n");
        malformations.put("a header with a control character", "X-Control: a\u0001b\r\n");
        malformations.put("a chunked body with a broken chunk size", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        malformations.put("Content-Length: -1", "Content-Type: application/json\r\nContent-Length: -1\r\n");
        malformations.put("both Content-Length and chunked", "Content-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n");
        malformations.put("an Idempotency-Key of 300 characters", "Idempotency-Key: " + "k".repeat(300) + "\r\n");
        malformations.put("nothing more", "");
        List<String> names = List.copyOf(malformations.keySet());
        for (int i = 0; i < cases; i++) {
            String version = random.nextInt(20) == 0 ? "HTTP/1.0" : random.nextInt(30) == 0 ? "HTTP/9.9" : "HTTP/1.1";
            String malformation = names.get(random.nextInt(names.size()));
            StringBuilder request = new StringBuilder();
            request.append(methods.get(random.nextInt(methods.size()))).append(' ').append(targets.get(random.nextInt(targets.size()))).append(' ')
                    .append(version).append("\r\nHost: localhost\r\n");
            if (random.nextBoolean()) {
                request.append("Authorization: Bearer ").append(random.nextInt(5) == 0 ? "x.y.z" : token).append("\r\n");
            }
            request.append(malformations.get(malformation));
            String text = request.toString();
            if (!text.endsWith("\r\n\r\n")) {
                text += random.nextBoolean() ? "Content-Length: 2\r\n\r\n{}" : "\r\n";
            }
            String what = version.equals("HTTP/9.9") ? "HTTP/9.9" : malformation;
            try (RawHttp http = RawHttp.send(port, text.getBytes(StandardCharsets.ISO_8859_1))) {
                RawHttp.Answer answer = http.answer(WriteFuzzer.HANG);
                String kind;
                if (answer == null) {
                    boolean closed = http.closedByServer(Duration.ofMillis(100));
                    kind = closed ? "connection closed without an answer (" + what + ")" : "no answer within " + WriteFuzzer.HANG.toSeconds() + " s (" + what + ")";
                    if (!closed || !MAY_CLOSE.contains(what)) {
                        failures.add("raw case " + i + ": " + kind + ": " + excerpt(text));
                    }
                } else if (answer.status() >= 500) {
                    kind = answer.status() + " (server error; " + what + ")";
                    failures.add("raw case " + i + ": " + kind + ": " + excerpt(text));
                } else if (answer.status() >= 400 && String.valueOf(answer.header("content-type")).startsWith("application/problem+json")) {
                    kind = answer.status() + " problem+json";
                } else if (answer.status() >= 400) {
                    kind = answer.status() + " without a body, from the HTTP codec (" + what + ")";
                } else {
                    kind = answer.status() + "";
                }
                kinds.merge(kind, 1, Integer::sum);
            }
        }
        return kinds;
    }

    /**
     * Fifty stalled bodies from a submitter of another agency and fifty from the right one, all
     * open at once. Each of another agency's must be refused (403) at once, without its body; each
     * of the right agency's cut (408) by the services' bound; and a read meanwhile served: anything
     * else is added to {@code failures}.
     */
    private Map<String, Integer> slowBodies(String report, List<String> failures) {
        int port = Integer.parseInt(report.substring(report.lastIndexOf(':') + 1));
        String round = latestRound();
        String other = harness.tokens.of(harness.submitters.get("STC"));
        String own = harness.tokens.of(harness.submitters.get("BDT"));
        List<RawHttp> wrong = new ArrayList<>();
        List<RawHttp> right = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            wrong.add(RawHttp.send(port, stalled(round, other)));
            right.add(RawHttp.send(port, stalled(round, own)));
        }
        Map<String, Integer> kinds = new TreeMap<>();
        long start = System.nanoTime();
        Harness.Answer meanwhile = harness.get(report + "/api/v1/rounds/" + round + "/reports/BDT", own);
        Duration readTook = Duration.ofNanos(System.nanoTime() - start);
        kinds.put("a read of the report while they are open: " + meanwhile.status() + " within " + readTook.toMillis() + " ms", 1);
        if (meanwhile.status() != 200 || readTook.compareTo(SLACK) > 0) {
            failures.add("stalled bodies: a read while they were open answered " + meanwhile.status() + " after " + readTook.toMillis() + " ms");
        }
        for (RawHttp request : wrong) {
            RawHttp.Answer answer = request.answer(BODY_TIMEOUT.multipliedBy(2));
            kinds.merge("another agency's: " + (answer == null ? "no answer" : answer.status() + (answer.took().toMillis() < 1_000 ? " within 1 s" : " after " + answer.took().toSeconds() + " s")), 1, Integer::sum);
            if (answer == null || answer.status() != 403 || answer.took().compareTo(SLACK) > 0) {
                failures.add("stalled bodies: another agency's answered " + (answer == null ? "nothing" : answer.status() + " after " + answer.took().toMillis() + " ms"));
            }
            request.close();
        }
        for (RawHttp request : right) {
            RawHttp.Answer answer = request.answer(BODY_TIMEOUT.multipliedBy(2));
            kinds.merge("its own agency's: " + (answer == null ? "no answer" : answer.status() + " after " + answer.took().toSeconds() + " s"), 1, Integer::sum);
            if (answer == null || answer.status() != 408 || answer.took().compareTo(BODY_TIMEOUT.plus(SLACK)) > 0) {
                failures.add("stalled bodies: the right agency's answered " + (answer == null ? "nothing" : answer.status() + " after " + answer.took().toMillis() + " ms")
                        + " (its body cut after " + BODY_TIMEOUT.toSeconds() + " s expected)");
            }
            request.close();
        }
        return kinds;
    }

    private static List<String> oneSided(WriteFuzzer.Result... results) {
        List<String> targets = new ArrayList<>();
        for (WriteFuzzer.Result result : results) {
            targets.addAll(result.oneSided());
        }
        return targets;
    }

    private static String excerpt(String text) {
        String flat = text.replace("\r\n", "⏎");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }

    private static String stalled(String round, String token) {
        return "PUT /api/v1/rounds/" + round + "/reports/BDT HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"sections\": [";
    }

    /** The round the clients opened last. */
    private String latestRound() {
        try (var connection = harness.suite.reportDatabase.connect("report"); var statement = connection.createStatement();
             var row = statement.executeQuery("SELECT code FROM round WHERE code LIKE 'RL-%' ORDER BY id DESC LIMIT 1")) {
            row.next();
            return row.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String openRound(String report, String templateCode) {
        String code = "RL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Harness.Answer answer = send("POST", report + "/api/v1/rounds", harness.tokens.of("bob"), roundBody(code, templateCode));
        if (answer.status() != 201) {
            throw new IllegalStateException("cannot open a round: " + answer.status() + " " + answer.body());
        }
        return code;
    }

    /** The report with the fuzzer's draft saved and submitted: refused setup stops the run rather than leave an endpoint one-sided. */
    private String submitted(String url, String user) {
        put(url, user, DRAFT);
        Harness.Answer answer = send("POST", url + "/submit", harness.tokens.of(user), "{}");
        if (answer.status() != 200) {
            throw new IllegalStateException("cannot submit the fuzzer's draft: " + answer.status() + " " + answer.body());
        }
        return url;
    }

    /** A new agency of the registry, from today, for one endpoint to change. */
    private String newAgency(String report) {
        String code = "FZ" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Harness.Answer answer = send("POST", report + "/api/v1/agencies", harness.tokens.of("admin"),
                "{\"code\": \"" + code + "\", \"name\": \"Cơ quan thử\", \"kind\": \"SO\"}");
        if (answer.status() != 201) {
            throw new IllegalStateException("cannot add an agency: " + answer.status() + " " + answer.body());
        }
        return code;
    }

    private static String reportOf(String report, String round, String agency) {
        return report + "/api/v1/rounds/" + round + "/reports/" + agency;
    }

    private void put(String url, String user, String body) {
        Harness.Answer answer = send("PUT", url, harness.tokens.of(user), body);
        if (answer.status() >= 300) {
            throw new IllegalStateException("cannot save a draft: " + answer.status() + " " + answer.body());
        }
    }

    private Harness.Answer send(String method, String url, String token, String body) {
        return harness.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    private String etag(String url, String user) {
        try {
            java.net.http.HttpResponse<Void> answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .header("Authorization", "Bearer " + harness.tokens.of(user)).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() + " " + answer.headers().firstValue("ETag").orElse("");
        } catch (java.io.IOException e) {
            return "unreadable: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private String total(String url, String user) {
        return harness.get(url, harness.tokens.of(user)).body().replaceAll(".*\"total\"\\s*:\\s*(\\d+).*", "$1");
    }

    /** A round of BDT and STC: the built-in outline, or (without a template code) an outline with a figure of every type. */
    static String roundBody(String code, String templateCode) {
        String outline = templateCode != null ? "\"templateCode\": \"" + templateCode + "\"" : """
                "template": {"sections": [{"key": "I", "title": "Số liệu", "indicators": [
                  {"code": "I.count", "label": "Số lượt", "unit": "lượt", "type": "INTEGER", "aggregation": "SUM", "required": true},
                  {"code": "I.share", "label": "Tỷ lệ", "unit": "phần trăm", "type": "DECIMAL", "aggregation": "MAX"},
                  {"code": "I.money", "label": "Kinh phí", "unit": "đồng", "type": "MONEY", "aggregation": "SUM"},
                  {"code": "I.note", "label": "Ghi chú", "type": "TEXT", "aggregation": "NONE"},
                  {"code": "I.has", "label": "Có mô hình", "type": "BOOLEAN", "aggregation": "COUNT"}]}]}""";
        return "{\"code\": \"" + code + "\", \"title\": \"Báo cáo thử\", \"request\": {\"number\": \"2454/SNV-XDCQ\", \"date\": \"2021-10-29\", "
                + "\"issuer\": \"Sở Nội vụ\"}, \"period\": {\"kind\": \"YEAR\", \"year\": 2021}, \"deadline\": \"2099-12-31\", "
                + "\"agencies\": [\"BDT\", \"STC\"], " + outline + "}";
    }

    static final String DRAFT = """
            {"document": {"number": "125/BC-BDT", "date": "2021-11-12", "place": "Quảng Ngãi",
                          "signer": {"name": "Nguyễn Thế Nhân", "title": "PHÓ TRƯỞNG BAN", "delegation": "KT. TRƯỞNG BAN"},
                          "recipients": ["Sở Nội vụ", "Lưu: VT, VP"]},
             "sections": [{"key": "II.6", "text": "Ban Dân tộc đăng ký 01 mô hình \\"Dân vận khéo\\"."}],
             "indicators": [{"code": "II.1.elder_info_classes", "value": 12}, {"code": "II.1.support_money", "value": 9000000000},
                            {"code": "II.2.procedures_total", "value": 45},
                            {"code": "II.3.receptions_periodic", "value": 0}, {"code": "II.3.receptions_adhoc", "value": 0},
                            {"code": "II.6.models", "value": 1}, {"code": "II.6.has_model", "value": true}]}""";

    static final String FIGURES_DRAFT = """
            {"sections": [{"key": "I", "text": "Ban Dân tộc báo cáo số liệu."}],
             "indicators": [{"code": "I.count", "value": 12}, {"code": "I.share", "value": 12.5}, {"code": "I.money", "value": 9000000000},
                            {"code": "I.note", "value": "Không phát sinh"}, {"code": "I.has", "value": true}]}""";
}
