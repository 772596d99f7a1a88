package vn.gov.quangngai.baocao.report.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.Optional;
import vn.gov.quangngai.baocao.report.shared.Template;
import vn.gov.quangngai.baocao.report.shared.Texts;
import vn.gov.quangngai.baocao.support.i18n.Msg;

/**
 * What a figure's value may be, by the figure's type: whole numbers (counts and money) not
 * negative, decimals (at most ten places), true/false, text; every number below 10^18 in size (a
 * bigint, and far above any provincial figure); and the form a valid value is stored in.
 */
public final class IndicatorValueRules {

    public static final int MAX_TEXT = 2_000;
    static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000000000");
    static final int MAX_DECIMALS = 10;

    private IndicatorValueRules() {
    }

    /** Why {@code value} cannot be this figure's, or empty when it can; null and absent values (left empty) always can. */
    public static Optional<Msg> problem(Template.Indicator figure, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        String label = figure.label();
        return switch (figure.type()) {
            case INTEGER, MONEY -> {
                if (!value.isNumber() || !isWhole(value.decimalValue())) {
                    yield Optional.of(Msg.of("report.value.wholeNumber", label));
                }
                if (value.decimalValue().signum() < 0) {
                    yield Optional.of(Msg.of("report.value.notNegative", label));
                }
                yield tooLarge(value, label);
            }
            case DECIMAL -> !value.isNumber() ? Optional.of(Msg.of("report.value.number", label))
                    : value.decimalValue().stripTrailingZeros().scale() > MAX_DECIMALS ? Optional.of(Msg.of("report.value.tooPrecise", label, MAX_DECIMALS))
                    : tooLarge(value, label);
            case BOOLEAN -> value.isBoolean() ? Optional.empty() : Optional.of(Msg.of("report.value.boolean", label));
            case TEXT -> !value.isTextual() ? Optional.of(Msg.of("report.value.text", label))
                    : value.textValue().strip().length() > MAX_TEXT ? Optional.of(Msg.of("report.value.textTooLong", label, MAX_TEXT)) : Optional.empty();
        };
    }

    /** The value as stored: whole numbers as integers, decimals exact, text in NFC without surrounding spaces; null for empty. */
    public static JsonNode stored(Template.Indicator figure, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return NullNode.getInstance();
        }
        return switch (figure.type()) {
            case INTEGER, MONEY -> LongNode.valueOf(value.decimalValue().longValueExact());
            case DECIMAL -> DecimalNode.valueOf(value.decimalValue());
            case BOOLEAN -> BooleanNode.valueOf(value.booleanValue());
            case TEXT -> TextNode.valueOf(Texts.nfc(value.textValue()).strip());
        };
    }

    private static Optional<Msg> tooLarge(JsonNode value, String label) {
        return value.decimalValue().abs().compareTo(MAX_NUMBER) >= 0 ? Optional.of(Msg.of("report.value.tooLarge", label)) : Optional.empty();
    }

    /** 12 and 12.0 are whole; 1.5 is not. Decimal values arrive as BigDecimal (never a double that overflows to infinity). */
    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }
}
