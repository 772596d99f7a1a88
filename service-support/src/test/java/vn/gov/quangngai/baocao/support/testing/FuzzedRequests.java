package vn.gov.quangngai.baocao.support.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated request parts for fuzzing a write endpoint: bodies (valid bodies mutated at the JSON
 * level and at the byte level, random JSON, garbage), headers (Content-Type, If-Match,
 * Idempotency-Key) and query strings, drawn from a seeded random source with a bias to edge values
 * ({@link EdgeValues}), so that a failing case number can be generated again from its seed.
 */
public final class FuzzedRequests {

    /** One generated request: the query string to append (may be empty), extra headers, the body, and what kind of case it is. */
    public record Case(int number, String query, Map<String, String> headers, byte[] body, String kind) {
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Writes what it is given, however deep: the limits are the service's to enforce. */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamWriteConstraints(com.fasterxml.jackson.core.StreamWriteConstraints.builder().maxNestingDepth(100_000).build()).build());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> WORDS = List.of("sections", "indicators", "key", "text", "code", "value", "document", "nilReport",
            "number", "date", "place", "signer", "name", "title", "delegation", "recipients", "reason", "until", "templateCode",
            "template", "agencies", "period", "kind", "year", "index", "deadline", "request", "issuer", "II.3.receptions_periodic",
            "II.6.models", "II.6.has_model", "II.1.support_money", "II.6", "I", "DVCQ-NAM", "BDT", "STC");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8",
            "application/json; charset=iso-8859-1", "text/plain", "text/plain; charset=utf-8", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=xyz", "*/*", "application/", "json", ";;;", "application/json; charset=nope");
    private static final List<String> VIETNAMESE = List.of("Sở Nội vụ", "Ban Dân tộc", "Ủy ban nhân dân", "hòa", "hoà", "Không phát sinh", "Quảng Ngãi",
            "đ", "\u0301");
    private static final List<String> PARAMETERS = List.of("page", "size", "dryRun", "status", "after", "limit", "basis", "from", "to", "x", "", "page[]");

    private final Random random;
    /** The valid bodies as JSON, null for one that is not JSON (a CSV file): that one is changed at the byte level only. */
    private final List<JsonNode> seeds;
    private final List<String> seedTexts;
    private final EdgeValues values;
    private final int decimalScale;

    public FuzzedRequests(long seed, List<String> seedBodies) {
        this.random = new Random(seed);
        this.seeds = seedBodies.stream().map(FuzzedRequests::readOrNull).toList();
        this.seedTexts = List.copyOf(seedBodies);
        this.values = new EdgeValues(random);
        this.decimalScale = random.nextInt(6);
    }

    /** The case with this number (cases are drawn in order from the seed). */
    public Case next(int number) {
        int pick = random.nextInt(100);
        int seed = random.nextInt(seeds.size());
        String kind;
        byte[] body;
        boolean json = seeds.get(seed) != null;
        if (json && pick < 50) {
            kind = "json-mutation";
            body = write(mutate(seeds.get(seed).deepCopy(), 1 + random.nextInt(3)));
        } else if (json && pick < 62) {
            kind = "json-random";
            body = write(value(3));
        } else if (pick < 82) {
            kind = "bytes-mutation";
            body = mutateBytes(seedTexts.get(seed).getBytes(StandardCharsets.UTF_8));
        } else if (pick < 90) {
            kind = "garbage";
            body = garbage();
        } else {
            kind = "seed";
            body = seedTexts.get(seed).getBytes(StandardCharsets.UTF_8);
        }
        return new Case(number, query(), headers(), body, kind);
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        int contentType = random.nextInt(10);
        if (contentType < 6) {
            headers.put("Content-Type", "application/json");
        } else if (contentType < 9) {
            headers.put("Content-Type", CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())));
        }
        if (random.nextInt(4) == 0) {
            headers.put("If-Match", headerText(List.of("*", "\"0\"", "W/\"1\"", "\"x\", \"y\"", "")));
        }
        if (random.nextInt(4) == 0) {
            headers.put("Idempotency-Key", random.nextInt(5) == 0 ? "k".repeat(200 + random.nextInt(200)) : headerText(List.of("", "same-key", "ü")));
        }
        return headers;
    }

    /** Header values an HTTP client can send (visible ASCII and spaces); the raw-socket cases cover the rest. */
    private String headerText(List<String> fixed) {
        if (random.nextBoolean()) {
            return fixed.get(random.nextInt(fixed.size()));
        }
        StringBuilder text = new StringBuilder();
        for (char c : anyText().toCharArray()) {
            text.append(c >= 0x20 && c < 0x7f ? c : (char) ('a' + random.nextInt(26)));
        }
        return text.toString().strip();
    }

    private String query() {
        if (random.nextInt(10) < 7) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            String name = PARAMETERS.get(random.nextInt(PARAMETERS.size()));
            String value = switch (random.nextInt(6)) {
                case 0 -> Long.toString(values.nextLong());
                case 1 -> "true";
                case 2 -> vietnamese();
                case 3 -> "9".repeat(1 + random.nextInt(30));
                case 4 -> controlText();
                default -> anyText();
            };
            pairs.add(encode(name) + "=" + encode(value));
        }
        return String.join("&", pairs);
    }

    private String anyText() {
        return values.nextText(40);
    }

    private String controlText() {
        return values.nextControlText(8);
    }

    private String vietnamese() {
        return values.nextWords(VIETNAMESE, 4);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonNode mutate(JsonNode root, int times) {
        JsonNode result = root;
        for (int i = 0; i < times; i++) {
            if (random.nextBoolean() && tweakLeaf(result)) {
                continue;
            }
            List<JsonNode> containers = new ArrayList<>();
            collect(result, containers);
            JsonNode target = containers.isEmpty() ? null : containers.get(random.nextInt(containers.size()));
            if (target instanceof ObjectNode object && !object.isEmpty()) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                switch (random.nextInt(4)) {
                    case 0 -> object.remove(name);
                    case 1 -> object.set(WORDS.get(random.nextInt(WORDS.size())), value(2));
                    default -> object.set(name, value(2));
                }
            } else if (target instanceof ArrayNode array && !array.isEmpty()) {
                int index = random.nextInt(array.size());
                switch (random.nextInt(4)) {
                    case 0 -> array.remove(index);
                    case 1 -> array.add(array.get(index).deepCopy());
                    default -> array.set(index, value(2));
                }
            } else {
                result = value(3);
            }
        }
        return result;
    }

    /**
     * Changes one value of the body and keeps the rest as it was, so that the change reaches the
     * checks behind the shape's (a text with odd characters where a text is expected, a number
     * out of range where a number is): the cases a random tree seldom reaches.
     */
    private boolean tweakLeaf(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        List<Runnable> tweaks = new ArrayList<>();
        for (JsonNode container : containers) {
            if (container instanceof ObjectNode object) {
                object.fields().forEachRemaining(field -> {
                    if (field.getValue().isValueNode()) {
                        tweaks.add(() -> object.set(field.getKey(), tweaked(field.getValue())));
                    }
                });
            } else if (container instanceof ArrayNode array) {
                for (int index = 0; index < array.size(); index++) {
                    int at = index;
                    if (array.get(at).isValueNode()) {
                        tweaks.add(() -> array.set(at, tweaked(array.get(at))));
                    }
                }
            }
        }
        if (tweaks.isEmpty()) {
            return false;
        }
        tweaks.get(random.nextInt(tweaks.size())).run();
        return true;
    }

    private JsonNode tweaked(JsonNode value) {
        if (value.isTextual()) {
            String text = value.asText();
            int at = random.nextInt(text.length() + 1);
            String insert = switch (random.nextInt(8)) {
                case 0 -> "\u0000";
                case 1 -> controlText();
                case 2 -> "\uD83D\uDE00\u200F\u0301";
                case 3 -> "\uDC00";
                case 4 -> "x".repeat(3_000 + random.nextInt(30_000));
                case 5 -> "   ";
                case 6 -> vietnamese();
                default -> anyText();
            };
            return random.nextInt(6) == 0 ? NODES.textNode("") : NODES.textNode(text.substring(0, at) + insert + text.substring(at));
        }
        if (value.isNumber()) {
            return switch (random.nextInt(12)) {
                case 0 -> NODES.numberNode(-1);
                case 1 -> NODES.numberNode(new BigDecimal("1.5"));
                case 2 -> NODES.numberNode(largeNumber());
                case 3 -> NODES.numberNode(new BigDecimal("1e300"));
                case 4 -> NODES.numberNode(new BigInteger("18446744073709551616"));
                case 5 -> NODES.numberNode(Long.MIN_VALUE);
                case 6 -> NODES.numberNode(new BigDecimal("1e-400"));
                case 7 -> NODES.textNode(value.asText());
                case 8 -> NODES.numberNode(new BigDecimal("0.000000000000000000001"));
                case 9 -> NODES.numberNode(new BigDecimal("1e400"));
                case 10 -> NODES.booleanNode(true);
                default -> NODES.numberNode(values.nextLong());
            };
        }
        if (value.isBoolean()) {
            return random.nextBoolean() ? NODES.textNode(value.asText()) : NODES.numberNode(1);
        }
        return value(1);
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                collect(children.next(), containers);
            }
        }
    }

    private JsonNode value(int depth) {
        int pick = random.nextInt(depth > 0 ? 14 : 10);
        return switch (pick) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(values.nextLong());
            case 3 -> NODES.numberNode(values.nextDecimal(decimalScale));
            case 4 -> NODES.numberNode(random.nextInt(3) - 1);
            case 5 -> NODES.numberNode(new BigInteger("9".repeat(20 + random.nextInt(60))));
            case 6 -> NODES.numberNode(largeNumber());
            case 7 -> NODES.textNode(anyText());
            case 8 -> NODES.textNode(vietnamese());
            case 9 -> NODES.textNode(random.nextInt(4) == 0 ? "x".repeat(20_000 + random.nextInt(60_000)) : controlText());
            case 10, 11 -> {
                ObjectNode object = NODES.objectNode();
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    object.set(random.nextBoolean() ? WORDS.get(random.nextInt(WORDS.size())) : anyText(), value(depth - 1));
                }
                yield object;
            }
            case 12 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    array.add(value(depth - 1));
                }
                yield array;
            }
            default -> deeplyNested(10 + random.nextInt(1_500));
        };
    }

    /** Numbers with large exponents, beyond a double's range (1e400) among them. */
    private BigDecimal largeNumber() {
        int exponent = 1 + random.nextInt(2_000);
        return new BigDecimal(BigInteger.valueOf(1 + random.nextInt(9)), -exponent * (random.nextBoolean() ? 1 : -1));
    }

    private static JsonNode deeplyNested(int depth) {
        JsonNode node = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
            node = NODES.arrayNode().add(node);
        }
        return node;
    }

    private byte[] mutateBytes(byte[] bytes) {
        byte[] result = bytes.clone();
        switch (random.nextInt(5)) {
            case 0 -> result = java.util.Arrays.copyOf(result, random.nextInt(Math.max(1, result.length)));
            case 1 -> {
                for (int i = 0, n = 1 + random.nextInt(5); i < n && result.length > 0; i++) {
                    result[random.nextInt(result.length)] = (byte) random.nextInt(256);
                }
            }
            case 2 -> {
                int at = random.nextInt(result.length + 1);
                byte[] insert = "{}[]\",:\\0x-+eE.".substring(random.nextInt(15)).getBytes(StandardCharsets.US_ASCII);
                byte[] grown = new byte[result.length + insert.length];
                System.arraycopy(result, 0, grown, 0, at);
                System.arraycopy(insert, 0, grown, at, insert.length);
                System.arraycopy(result, at, grown, at + insert.length, result.length - at);
                result = grown;
            }
            case 3 -> result = (new String(result, StandardCharsets.UTF_8) + new String(result, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            default -> result = new String(result, StandardCharsets.UTF_8).replace("\"", "").getBytes(StandardCharsets.UTF_8);
        }
        return result;
    }

    private byte[] garbage() {
        return switch (random.nextInt(5)) {
            case 0 -> new byte[0];
            case 4 -> {
                int depth = 500 + random.nextInt(5_000);
                yield ("[".repeat(depth) + "1" + "]".repeat(depth)).getBytes(StandardCharsets.US_ASCII);
            }
            case 1 -> " \n\t ".getBytes(StandardCharsets.US_ASCII);
            case 2 -> {
                byte[] bytes = new byte[random.nextInt(2_000)];
                random.nextBytes(bytes);
                yield bytes;
            }
            default -> anyText().getBytes(StandardCharsets.UTF_8);
        };
    }

    private static JsonNode readOrNull(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
