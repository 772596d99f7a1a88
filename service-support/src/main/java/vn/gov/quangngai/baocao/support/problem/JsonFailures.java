package vn.gov.quangngai.baocao.support.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.quangngai.baocao.support.i18n.Msg;

/**
 * What is wrong with a body the JSON reader refused, said as the catalogue says it, in the caller's
 * language and in JSON's words (a number, a text, an object): never the reader's own message, which
 * names Java types and library classes that mean nothing to whoever wrote the body. The reader's
 * exception types tell the cases apart where it has one per case; where it has not (an empty body,
 * trailing text, a member twice, which limit was crossed), the start of its message does, and a
 * limit's number is read from it. The message itself never reaches the caller.
 */
final class JsonFailures {

    private static final Pattern LIMIT = Pattern.compile("maximum (?:allowed )?\\((\\d+)");

    private JsonFailures() {
    }

    static Msg reason(JsonProcessingException failure) {
        if (failure instanceof StreamConstraintsException constraint) {
            return constraint(constraint.getOriginalMessage());
        }
        if (failure instanceof JsonEOFException) {
            return Msg.of("support.json.unexpectedEnd");
        }
        if (failure instanceof InputCoercionException) {
            return Msg.of("support.json.numberOutOfRange");
        }
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return Msg.of("support.json.unknownMember", unknown.getPropertyName());
        }
        if (failure instanceof InvalidFormatException invalid) {
            return invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? Msg.of("support.json.notAllowed") : expected(invalid.getTargetType());
        }
        if (failure instanceof MismatchedInputException mismatch) {
            String message = String.valueOf(mismatch.getOriginalMessage());
            if (message.startsWith("No content to map")) {
                return Msg.of("support.json.empty");
            }
            if (message.startsWith("Trailing token")) {
                return Msg.of("support.json.trailing");
            }
            return expected(mismatch.getTargetType());
        }
        if (String.valueOf(failure.getOriginalMessage()).startsWith("Duplicate field")) {
            return Msg.of("support.json.duplicate", currentName(failure));
        }
        return Msg.of("support.json.badToken");
    }

    private static Msg constraint(String message) {
        Matcher limit = LIMIT.matcher(String.valueOf(message));
        String max = limit.find() ? limit.group(1) : "?";
        String text = String.valueOf(message);
        if (text.startsWith("Number value length")) {
            return Msg.of("support.json.numberTooLong", max);
        }
        if (text.startsWith("String value length")) {
            return Msg.of("support.json.textTooLong", max);
        }
        if (text.startsWith("Name length")) {
            return Msg.of("support.json.nameTooLong", max);
        }
        if (text.startsWith("Document nesting depth")) {
            return Msg.of("support.json.tooDeep", max);
        }
        return Msg.of("support.json.tooLarge");
    }

    /** "expected a number here", in JSON's words for the Java type the reader wanted. */
    private static Msg expected(Class<?> type) {
        return Msg.of("support.json.expected", Msg.of("support.json.type." + jsonType(type)));
    }

    static String jsonType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
                || type == short.class || type == BigInteger.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return "number";
        }
        if (type == String.class || type.isEnum() || Temporal.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type.isPrimitive()) {
            return "value";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "object" : "value";
    }

    private static String currentName(JsonProcessingException failure) {
        try {
            return failure.getProcessor() instanceof JsonParser parser ? parser.currentName() : "?";
        } catch (IOException | RuntimeException unreadable) {
            return "?";
        }
    }
}
