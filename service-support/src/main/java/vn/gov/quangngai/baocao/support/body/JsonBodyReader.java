package vn.gov.quangngai.baocao.support.body;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ConstraintViolationExceptionMapper;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;
import vn.gov.quangngai.baocao.support.problem.Problem;

/**
 * Reads a {@link JsonBody} record from a JSON request body, naming every problem of the body in
 * one 422 before the resource runs:
 * <ol>
 * <li>JSON that is not well formed (trailing text, duplicate member names included) is a 400;</li>
 * <li>null members count as absent; text with control characters is refused (PostgreSQL and Word
 *     documents cannot hold them);</li>
 * <li>the body is checked against the record's schema in the served OpenAPI document: wrong types,
 *     unknown fields, values outside a closed set, bad dates, all at once;</li>
 * <li>what failed is cut out, the rest is bound to the record, and Bean Validation (sizes, patterns)
 *     adds its findings below what the schema already named;</li>
 * <li>the {@link BodyRule}s of the record's type add what needs the registry, the round or the path.</li>
 * </ol>
 * Jackson alone stops at the first type mismatch; this is why the schema comes first.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

    private final ObjectReader reader;
    private final ObjectMapper json;
    private final RequestSchemas schemas;
    private final Validator validator;
    private final List<BodyRule<?>> rules;

    public JsonBodyReader(ObjectMapper json, RequestSchemas schemas, Validator validator, @Any Instance<BodyRule<?>> rules) {
        this.json = json;
        this.reader = json.reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.schemas = schemas;
        this.validator = validator;
        this.rules = rules.stream().toList();
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isAnnotationPresent(JsonBody.class);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        Locale locale = Languages.ofHeader(headers.getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        JsonNode tree = parse(entity.readAllBytes(), type.getAnnotation(JsonBody.class), locale);
        JsonTrees.dropNullMembers(tree);

        List<Problem.FieldError> problems = new ArrayList<>(controlCharacters(tree, locale));
        problems.addAll(SchemaProblems.of(schemas.schema(schemaName(type)).validate(tree), locale));
        problems.forEach(problem -> JsonTrees.remove(tree, problem.pointer()));
        Object value = json.treeToValue(tree, type);
        List<Problem.FieldError> named = List.copyOf(problems);
        for (ConstraintViolation<Object> violation : validator.validate(value)) {
            String pointer = ConstraintViolationExceptionMapper.pointer(violation);
            if (named.stream().noneMatch(problem -> JsonTrees.isWithin(pointer, problem.pointer()))) {
                problems.add(new Problem.FieldError(pointer, violation.getMessage()));
            }
        }
        checkRules(type, value, locale, problems);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(Problem.FieldError::pointer, JsonBodyReader::documentOrder));
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Msg.of("support.body.problems", problems.size()).in(locale), problems);
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void checkRules(Class<?> type, Object value, Locale locale, List<Problem.FieldError> problems) {
        Map<String, String> path = pathParameters();
        for (BodyRule rule : rules) {
            if (rule.type().equals(type)) {
                rule.check(value, path, locale, problems);
            }
        }
    }

    /** The current request's path parameters, decoded; a MessageBodyReader is given no other way to them. */
    private static Map<String, String> pathParameters() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        Map<String, String> parameters = new HashMap<>();
        if (request != null) {
            request.getAllPathParameters(false).forEach((name, values) -> parameters.put(name, values.isEmpty() ? null : values.get(0)));
        }
        return parameters;
    }

    private JsonNode parse(byte[] bytes, JsonBody body, Locale locale) throws IOException {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            if (body.emptyIsObject()) {
                return JsonNodeFactory.instance.objectNode();
            }
            throw notAnObject(locale);
        }
        JsonNode tree = reader.readTree(bytes);
        if (!tree.isObject()) {
            throw notAnObject(locale);
        }
        return tree;
    }

    private static ApiException notAnObject(Locale locale) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, Msg.of("support.body.problems", 1).in(locale),
                List.of(new Problem.FieldError("", Msg.of("support.body.notObject").in(locale))));
    }

    /** Text with a C0 control character other than tab and line breaks, or half of a surrogate pair. */
    private static List<Problem.FieldError> controlCharacters(JsonNode tree, Locale locale) {
        List<Problem.FieldError> problems = new ArrayList<>();
        JsonTrees.eachString(tree, "", (pointer, text) -> {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
                boolean loneSurrogate = Character.isSurrogate(c)
                        && !(Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(++i)));
                if (control || loneSurrogate) {
                    problems.add(new Problem.FieldError(pointer, Msg.of("support.field.controlCharacter",
                            String.format("U+%04X", (int) c), i + 1).in(locale)));
                    return;
                }
            }
        });
        return problems;
    }

    private static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    /** JSON Pointers in the order of the document: numeric tokens compared as numbers. */
    static int documentOrder(String a, String b) {
        String[] left = a.split("/", -1);
        String[] right = b.split("/", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = left[i].matches("\\d+") && right[i].matches("\\d+")
                    ? Long.compare(Long.parseLong(left[i]), Long.parseLong(right[i])) : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
