package vn.gov.quangngai.baocao.systemtests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code curl} commands of a Markdown guide's {@code bash} blocks, read the way the shell reads
 * them (quotes, line continuations, command substitution), grouped by the guide's numbered steps
 * ("Bước 1. …"). Files a block writes with a here-document are kept, so a later
 * {@code --data-binary @file} has its body.
 */
final class GuideCommands {

    private static final Pattern STEP = Pattern.compile("(?m)^#{2,3} Bước (\\d+)\\. (.+)$");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,3} ");
    private static final Pattern HEREDOC = Pattern.compile("(?ms)cat > (\\S+) <<'(\\w+)'\\n(.*?)\\n\\2$");
    private static final Map<String, String> VARIABLES = Map.of(
            "API", "http://127.0.0.1:8081/api/v1",
            "AGG", "http://127.0.0.1:8082/api/v1",
            "KC", "http://127.0.0.1:8180/realms/baocao/protocol/openid-connect/token");

    /** A {@code curl} as written: method, URL with the guide's variables put in, headers, and the body if any. */
    record Curl(String method, String url, Map<String, String> headers, String body, String bodyFile) {

        /** The service the URL names, or null for anything that is not a service's {@code /api/v1} (Keycloak, health checks). */
        String service() {
            if (url.startsWith(VARIABLES.get("API") + "/")) {
                return "report-service";
            }
            return url.startsWith(VARIABLES.get("AGG") + "/") ? "aggregation-service" : null;
        }

        String path() {
            String noScheme = url.substring(url.indexOf("//") + 2);
            String path = noScheme.substring(noScheme.indexOf('/'));
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }

        List<String> queryNames() {
            int query = url.indexOf('?');
            List<String> names = new ArrayList<>();
            if (query >= 0) {
                for (String pair : url.substring(query + 1).split("&")) {
                    names.add(pair.split("=", 2)[0]);
                }
            }
            return names;
        }

        /** What call this is, as a test records its own calls. */
        ApiCall call(OpenApiContract contract) {
            OpenApiContract.Operation operation = contract.operation(service(), method, path())
                    .orElseThrow(() -> new AssertionError("no operation " + method + " " + path() + " in " + service() + "'s OpenAPI document"));
            List<String> contractHeaders = headers.entrySet().stream().filter(h -> ApiCall.counts(h.getKey(), h.getValue())).map(Map.Entry::getKey).toList();
            return new ApiCall(service(), method, operation.template(), new java.util.HashSet<>(queryNames()), new java.util.HashSet<>(contractHeaders));
        }
    }

    /** A numbered step of the guide: its number, title, and its {@code curl} commands in order. */
    record Step(int number, String title, List<Curl> commands) {
    }

    private final List<Step> steps;
    private final List<Curl> all;
    private final Map<String, String> files;
    private final String text;

    private GuideCommands(String text) {
        this.text = text;
        this.files = new LinkedHashMap<>();
        Matcher heredoc = HEREDOC.matcher(text);
        while (heredoc.find()) {
            files.put(heredoc.group(1), heredoc.group(3) + "\n");
        }
        this.all = curls(text);
        this.steps = new ArrayList<>();
        Matcher step = STEP.matcher(text);
        while (step.find()) {
            Matcher next = HEADING.matcher(text);
            int end = next.find(step.end()) ? next.start() : text.length();
            steps.add(new Step(Integer.parseInt(step.group(1)), step.group(2).strip(), curls(text.substring(step.end(), end))));
        }
    }

    static GuideCommands read(Path guide) {
        return new GuideCommands(BashBlocks.read(guide));
    }

    List<Step> steps() {
        return steps;
    }

    Step step(int number) {
        return steps.stream().filter(s -> s.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("the guide has no step " + number));
    }

    /** Every {@code curl} of every {@code bash} block, steps or not. */
    List<Curl> all() {
        return all;
    }

    /** The body a command sends: inline, or the here-document it names; null when it sends none or a file the guide does not write. */
    String body(Curl curl) {
        return curl.body() != null ? curl.body() : curl.bodyFile() == null ? null : files.get(curl.bodyFile());
    }

    String text() {
        return text;
    }

    /** Whether the guide's text holds {@code quoted}, as written in a JSON answer or in prose. */
    boolean shows(String quoted) {
        return text.contains(quoted);
    }

    private static List<Curl> curls(String markdown) {
        List<Curl> curls = new ArrayList<>();
        for (String bash : BashBlocks.in(markdown)) {
            for (int start : ShellWords.commandStarts(bash, "curl")) {
                curls.add(parse(ShellWords.words(bash, start)));
            }
        }
        return curls;
    }

    private static Curl parse(List<String> words) {
        String method = null;
        String url = null;
        String body = null;
        String bodyFile = null;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-X" -> method = words.get(++i);
                case "-H" -> {
                    String header = substitute(words.get(++i));
                    int colon = header.indexOf(':');
                    headers.put(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
                }
                case "-d", "--data", "--data-binary" -> {
                    String data = words.get(++i);
                    if (data.startsWith("@")) {
                        bodyFile = data.substring(1);
                    } else {
                        body = body == null ? data : body + "&" + data;
                    }
                }
                case "-o", "-D", "-w", "-u" -> i++;
                default -> {
                    if (!word.startsWith("-")) {
                        url = substitute(word);
                    }
                }
            }
        }
        if (method == null) {
            method = body != null || bodyFile != null ? "POST" : "GET";
        }
        return new Curl(method, url, headers, body, bodyFile);
    }

    /** The guide's variables put in; any other ({@code $TOKEN}, {@code $ETAG}) stands for some value. */
    private static String substitute(String word) {
        Matcher variable = Pattern.compile("\\$\\{?([A-Z_]+)}?").matcher(word);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(out, Matcher.quoteReplacement(VARIABLES.getOrDefault(variable.group(1), "X")));
        }
        return variable.appendTail(out).toString();
    }
}
