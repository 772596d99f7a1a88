package vn.gov.quangngai.baocao.importer;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gov.quangngai.baocao.importer.VietnameseText.Token;

/**
 * Reads the numbers of Vietnamese reports: "01", "1.736" (thousands), "215,4" (decimal),
 * "mười hai", "hai mươi lăm", followed by "trăm/nghìn/ngàn/triệu/tỷ" ("215,4 tỷ" is 215400000000,
 * "1 tỷ 250 triệu" adds up). Numbers that are parts of dates, document numbers, ranges, years or
 * codes ("04/3/2021", "150/KH-BDT", "2021-2025", "năm 2021", "Covid-19", "5K") are not read.
 */
final class VietnameseNumbers {

    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(?:,\\d+)?");
    private static final Map<String, Integer> DIGIT_WORDS = Map.ofEntries(
            Map.entry(VietnameseText.key("một"), 1), Map.entry(VietnameseText.key("mốt"), 1), Map.entry(VietnameseText.key("hai"), 2),
            Map.entry(VietnameseText.key("ba"), 3), Map.entry(VietnameseText.key("bốn"), 4), Map.entry(VietnameseText.key("tư"), 4),
            Map.entry(VietnameseText.key("năm"), 5), Map.entry(VietnameseText.key("lăm"), 5), Map.entry(VietnameseText.key("sáu"), 6),
            Map.entry(VietnameseText.key("bảy"), 7), Map.entry(VietnameseText.key("bẩy"), 7), Map.entry(VietnameseText.key("tám"), 8),
            Map.entry(VietnameseText.key("chín"), 9));
    private static final String TEN = VietnameseText.key("mười");
    private static final String TENS = VietnameseText.key("mươi");
    private static final Map<String, BigDecimal> MULTIPLIERS = Map.of(
            VietnameseText.key("trăm"), BigDecimal.valueOf(100), VietnameseText.key("nghìn"), BigDecimal.valueOf(1_000),
            VietnameseText.key("ngàn"), BigDecimal.valueOf(1_000), VietnameseText.key("triệu"), BigDecimal.valueOf(1_000_000),
            VietnameseText.key("tỷ"), BigDecimal.valueOf(1_000_000_000), VietnameseText.key("tỉ"), BigDecimal.valueOf(1_000_000_000));
    /** Words after which a number names something (a document, a day, a year, a level), not a quantity. */
    private static final Set<String> REFERENCE_BEFORE = keys("số", "ngày", "tháng", "khóa", "thứ", "điều", "khoản", "mức", "độ", "quý", "đợt",
            "lần", "phòng", "giờ", "tầng");
    /** Words before a number making it a change, not a value ("tăng 5 lượt so với năm trước", "thêm 3 tổ"). */
    private static final Set<String> CHANGE_BEFORE = Set.of(VietnameseText.key("tăng"), VietnameseText.key("giảm"), VietnameseText.key("thêm"));
    /** Money written onto its number ("500.000đ"). */
    static final Set<String> MONEY_WORDS = Set.of(VietnameseText.key("đồng"), VietnameseText.key("đ"), "vnđ", "vnd");
    /** Words before a number making it an ordinal or a neighbour of "năm" (a year, a weekday), when the number is a word. */
    private static final Set<String> NOT_BEFORE_WORD_NUMBER = keys("thứ", "trong", "hằng", "hàng", "mỗi", "cả", "các", "cuối", "đầu", "những",
            "của", "nhiều", "từng", "năm");

    /** Words after which "một", "năm" … are not numbers: "một số" (some), "năm trước" (last year), "một trong" (one of). */
    private static final Set<String> NOT_AFTER_WORD_NUMBER = keys("số", "cách", "phần", "trong", "nay", "trước", "sau", "qua", "tới", "học",
            "ngoái", "mới", "tài", "đầu", "cuối");

    private VietnameseNumbers() {
    }

    private static Set<String> keys(String... words) {
        Set<String> keys = new HashSet<>();
        for (String word : words) {
            keys.add(VietnameseText.key(word));
        }
        return Set.copyOf(keys);
    }

    /** A number read from tokens {@code [start, end)}: its value and whether a multiplier word scaled it. */
    record Read(BigDecimal value, int start, int end, boolean scaled) {
    }

    /** The number starting at {@code i}, or empty when the token there is no quantity. */
    static Optional<Read> at(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        Optional<BigDecimal> base;
        int end;
        if (token.isNumber()) {
            if (!standsAlone(tokens, i)) {
                return Optional.empty();
            }
            base = digits(token.raw());
            end = i + 1;
        } else if (token.isWord() && DIGIT_WORDS.containsKey(token.key()) || token.isWord() && token.key().equals(TEN)) {
            int[] consumed = new int[1];
            base = words(tokens, i, consumed);
            end = i + consumed[0];
            if (base.isPresent() && !wordNumberIsQuantity(tokens, i, end)) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        if (base.isEmpty() || notAValueAfter(tokens, i, base.get())) {
            return Optional.empty();
        }
        BigDecimal value = base.get();
        boolean scaled = false;
        if (end < tokens.size() && MULTIPLIERS.containsKey(tokens.get(end).key())) {
            value = value.multiply(MULTIPLIERS.get(tokens.get(end).key()));
            BigDecimal unit = MULTIPLIERS.get(tokens.get(end).key());
            end++;
            scaled = true;
            // "1 tỷ 250 triệu": a smaller amount right after adds to the first
            if (end + 1 < tokens.size() && tokens.get(end).isNumber() && MULTIPLIERS.containsKey(tokens.get(end + 1).key())
                    && MULTIPLIERS.get(tokens.get(end + 1).key()).compareTo(unit) < 0) {
                Optional<BigDecimal> more = digits(tokens.get(end).raw());
                if (more.isPresent()) {
                    value = value.add(more.get().multiply(MULTIPLIERS.get(tokens.get(end + 1).key())));
                    end += 2;
                }
            }
        }
        return Optional.of(new Read(value.stripTrailingZeros(), i, end, scaled));
    }

    /** "196.878" → 196878, "01" → 1, "215,4" → 215.4; "2.5" or "1,736,000" are not Vietnamese numbers. */
    static Optional<BigDecimal> digits(String text) {
        if (THOUSANDS.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text.replace(".", "").replace(',', '.')));
        }
        if (PLAIN.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text.replace(',', '.')));
        }
        return Optional.empty();
    }

    /** A number joined to other characters ("04/3/2021", "150/KH", "2021-2025", "Covid-19", "5K") is a code, not a quantity. */
    private static boolean standsAlone(List<Token> tokens, int i) {
        if (i > 0 && !tokens.get(i).spaceBefore()) {
            Token before = tokens.get(i - 1);
            boolean joined = i > 1 && !before.spaceBefore() && !tokens.get(i - 2).is("(\"“'");
            if (before.isWord()) {
                return false;
            }
            // "khẩu/52.001 hộ" is a list; "21/21" and "Covid-19" are not quantities
            if (before.is("-–/.") && joined && !(before.is("/") && tokens.get(i - 2).isWord())) {
                return false;
            }
        }
        if (i + 1 < tokens.size() && !tokens.get(i + 1).spaceBefore()) {
            Token after = tokens.get(i + 1);
            if (after.isWord()) {
                return MONEY_WORDS.contains(after.key());
            }
            if (after.is("-–/") && i + 2 < tokens.size() && !tokens.get(i + 2).spaceBefore()) {
                return false;
            }
        }
        return true;
    }

    private static boolean notAValueAfter(List<Token> tokens, int i, BigDecimal value) {
        if (i > 1 && (tokens.get(i - 1).is(",") || tokens.get(i - 1).isWord() && tokens.get(i - 1).key().equals(VietnameseText.key("và")))
                && tokens.get(i - 2).isNumber() && notAValueAfter(tokens, i - 2, value)) {
            // "mức độ 3, 4": the second of a list of references is one too
            return true;
        }
        if (i == 0 || !tokens.get(i - 1).isWord()) {
            return false;
        }
        String before = tokens.get(i - 1).key();
        if (CHANGE_BEFORE.contains(before)) {
            // "cắt giảm 04 thủ tục" is a count of what was cut
            return i < 2 || !tokens.get(i - 2).isWord() || !tokens.get(i - 2).key().equals(VietnameseText.key("cắt"));
        }
        if (before.equals(VietnameseText.key("năm")) || before.equals(VietnameseText.key("đoạn"))) {
            return value.compareTo(BigDecimal.valueOf(1900)) >= 0 && value.compareTo(BigDecimal.valueOf(2100)) <= 0;
        }
        if (before.equals(VietnameseText.key("số")) && i > 1 && tokens.get(i - 2).isWord() && tokens.get(i - 2).key().equals(VietnameseText.key("tổng"))) {
            return false;
        }
        if (before.equals(VietnameseText.key("đến")) || before.equals(VietnameseText.key("tới"))) {
            // "từ 10 đến 15 lượt" is a range
            return i > 1 && (tokens.get(i - 2).isNumber() || tokens.get(i - 2).isWord() && DIGIT_WORDS.containsKey(tokens.get(i - 2).key()));
        }
        return REFERENCE_BEFORE.contains(before);
    }

    private static Optional<BigDecimal> words(List<Token> tokens, int i, int[] consumed) {
        String first = tokens.get(i).key();
        String second = i + 1 < tokens.size() && tokens.get(i + 1).isWord() ? tokens.get(i + 1).key() : "";
        String third = i + 2 < tokens.size() && tokens.get(i + 2).isWord() ? tokens.get(i + 2).key() : "";
        if (first.equals(TEN)) {
            if (DIGIT_WORDS.containsKey(second) && !second.equals(VietnameseText.key("mốt")) && !second.equals(VietnameseText.key("tư"))) {
                consumed[0] = 2;
                return Optional.of(BigDecimal.valueOf(10L + DIGIT_WORDS.get(second)));
            }
            consumed[0] = 1;
            return Optional.of(BigDecimal.TEN);
        }
        int digit = DIGIT_WORDS.get(first);
        if (second.equals(TENS) && digit >= 2) {
            if (DIGIT_WORDS.containsKey(third)) {
                consumed[0] = 3;
                return Optional.of(BigDecimal.valueOf(digit * 10L + DIGIT_WORDS.get(third)));
            }
            consumed[0] = 2;
            return Optional.of(BigDecimal.valueOf(digit * 10L));
        }
        if (first.equals(VietnameseText.key("lăm")) || first.equals(VietnameseText.key("mốt"))) {
            return Optional.empty();
        }
        consumed[0] = 1;
        return Optional.of(BigDecimal.valueOf(digit));
    }

    /**
     * A number written in words is read only when a noun follows it, it is not a proper name
     * ("Ba Tơ"), not "một số" (some) and not a year or a weekday ("năm 2021", "thứ Năm").
     */
    private static boolean wordNumberIsQuantity(List<Token> tokens, int start, int end) {
        Token first = tokens.get(start);
        boolean capital = Character.isUpperCase(first.raw().codePointAt(0));
        if (capital && start > 0 && !tokens.get(start - 1).is(".:;-–+•(\"“")) {
            return false;
        }
        if (end >= tokens.size() || !tokens.get(end).isWord() || start > 0 && !tokens.get(start).spaceBefore()) {
            return false;
        }
        if (!MULTIPLIERS.containsKey(tokens.get(end).key()) && IndicatorProfile.STOP_WORDS.contains(tokens.get(end).folded())) {
            // "kỳ/năm với …": a noun follows a number, not "với", "của", "và"
            return false;
        }
        if (Character.isUpperCase(tokens.get(end).raw().codePointAt(0)) && !MULTIPLIERS.containsKey(tokens.get(end).key())) {
            return false;
        }
        String next = tokens.get(end).key();
        if (NOT_AFTER_WORD_NUMBER.contains(next)) {
            return false;
        }
        return start == 0 || !tokens.get(start - 1).isWord() || !NOT_BEFORE_WORD_NUMBER.contains(tokens.get(start - 1).key());
    }
}
