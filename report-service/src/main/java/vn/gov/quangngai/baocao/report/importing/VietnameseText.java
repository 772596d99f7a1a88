package vn.gov.quangngai.baocao.report.importing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text as the importer compares and reads it: without accents or case, and its number forms. */
final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {
    }

    /**
     * Lower case, accents dropped, đ as d, punctuation as spaces: "Hòa", "Hoà" (either tone-mark
     * placement, NFC or NFD) all read "hoa".
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").strip();
    }

    static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** 196.878 → 196878; 01 → 1; 2,5 → 2.5. */
    static BigDecimal number(String text) {
        String digits = text.strip();
        if (digits.matches("\\d{1,3}(\\.\\d{3})+")) {
            digits = digits.replace(".", "");
        }
        return new BigDecimal(digits.replace(',', '.'));
    }

    /** "9 tỷ" → 9000000000, "1,5 triệu" → 1500000; the unit word is folded before it is read. */
    static BigDecimal amount(String number, String unit) {
        BigDecimal value = number(number);
        return switch (fold(unit)) {
            case "ty" -> value.multiply(BigDecimal.valueOf(1_000_000_000L));
            case "trieu" -> value.multiply(BigDecimal.valueOf(1_000_000L));
            case "nghin", "ngan" -> value.multiply(BigDecimal.valueOf(1_000L));
            default -> value;
        };
    }
}
