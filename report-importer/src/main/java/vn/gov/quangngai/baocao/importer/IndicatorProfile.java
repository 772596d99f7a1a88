package vn.gov.quangngai.baocao.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What names a figure of the outline in a report, read from its label, unit and hints: the nouns
 * a number of it is followed by ("lượt", "khẩu"), the terms around it (pairs of label words, each
 * hint), and every word that may describe it (to read "không có … nào" statements).
 */
final class IndicatorProfile {

    /** Words too common in reports to say which figure a number is. */
    static final Set<String> STOP_WORDS = Set.of("so", "cac", "cua", "va", "duoc", "da", "co", "cho", "voi", "la", "nhung", "nay", "de",
            "tai", "theo", "ve", "bi", "nhu", "o", "thuoc", "tren", "mot", "hoac", "nao", "khi", "thi", "den", "tong", "cung", "con");
    /** Pairs of words found in nearly every section of a report. */
    private static final Set<List<String>> GENERIC_TERMS = Set.of(List.of("thuc", "hien"), List.of("to", "chuc"), List.of("trien", "khai"),
            List.of("cong", "tac"), List.of("ket", "qua"), List.of("nhan", "dan"), List.of("don", "vi"), List.of("dia", "phuong"),
            List.of("dia", "ban"), List.of("nguoi", "dan"), List.of("can", "bo"), List.of("cong", "chuc"), List.of("vien", "chuc"),
            List.of("nguoi", "lao"), List.of("lao", "dong"), List.of("chinh", "quyen"), List.of("hanh", "chinh"), List.of("quan", "ly"),
            List.of("covid", "19"), List.of("kinh", "phi"), List.of("so", "tien"), List.of("so", "luong"));
    /** Nouns that count the same things as a unit ("03 công chức" are people). */
    private static final Map<String, List<String>> UNIT_SYNONYMS = Map.of(
            "người", List.of("cán bộ", "công chức", "viên chức", "người lao động", "đảng viên", "CBCCVC", "CBCC", "CBCNV", "đồng chí", "lao động"),
            "cuộc", List.of("buổi"),
            "văn bản", List.of("kế hoạch", "công văn", "quyết định", "chỉ thị", "hướng dẫn", "thông báo", "nghị quyết"),
            "thủ tục", List.of("TTHC"),
            "đơn", List.of("đơn thư"));
    /** Nouns that start like a unit and are something else ("đơn vị" is not "đơn", "tổ chức" not "tổ"). */
    private static final List<List<String>> NOT_UNITS = List.of(VietnameseText.keys("đơn vị"), VietnameseText.keys("tổ chức"),
            VietnameseText.keys("ban hành"), VietnameseText.keys("hộ tịch"), VietnameseText.keys("lượt truy cập"));
    private static final Pattern IN_PARENTHESES = Pattern.compile("\\(([^()]{1,20})\\)");

    final Template.Indicator indicator;
    final String section;
    /** Syllable keys of the nouns a number of this figure is followed by. */
    final List<List<String>> nouns = new ArrayList<>();
    final List<List<String>> unit = new ArrayList<>();
    /** Folded terms: label word pairs, words in parentheses, hints. */
    final Set<List<String>> terms = new LinkedHashSet<>();
    final Set<List<String>> hints = new LinkedHashSet<>();
    /** Terms that say more than the noun itself: "kế hoạch" names a document, it is no evidence of which figure counts it. */
    final Set<List<String>> evidence = new LinkedHashSet<>();
    final List<List<String>> hintKeys = new ArrayList<>();
    final Set<String> vocabulary = new LinkedHashSet<>();
    /** Terms of the label no other figure of the outline has ("đối thoại"): alone they say which figure a noun is. */
    final Set<List<String>> own = new LinkedHashSet<>();
    private final Set<List<String>> labelTerms = new LinkedHashSet<>();
    final List<String> labelKeys;

    IndicatorProfile(Template.Indicator indicator, String section) {
        this.indicator = indicator;
        this.section = section;
        this.labelKeys = VietnameseText.keys(indicator.label());
        String unitText = indicator.unit() == null || indicator.unit().isBlank() ? unitFromLabel(indicator.label()) : indicator.unit();
        if (unitText != null) {
            unit.add(VietnameseText.keys(unitText));
            nouns.add(VietnameseText.keys(unitText));
            UNIT_SYNONYMS.getOrDefault(unitText.strip().toLowerCase(), List.of()).forEach(s -> nouns.add(VietnameseText.keys(s)));
            vocabulary.addAll(VietnameseText.words(unitText));
        }
        for (String hint : indicator.hints()) {
            List<String> folded = VietnameseText.words(hint);
            if (!folded.isEmpty()) {
                hints.add(folded);
                terms.add(folded);
                hintKeys.add(VietnameseText.keys(hint));
                vocabulary.addAll(folded);
            }
        }
        nouns.addAll(hintKeys);
        leadingNoun(labelKeys).ifPresent(nouns::add);
        nouns.forEach(n -> n.forEach(k -> vocabulary.add(VietnameseText.fold(k.replaceAll("\\d$", "")))));
        List<String> labelWords = VietnameseText.words(indicator.label());
        vocabulary.addAll(labelWords);
        boolean[] inUnit = new boolean[labelWords.size()];
        for (List<String> u : unit) {
            List<String> folded = u.stream().map(k -> VietnameseText.fold(k.replaceAll("\\d$", ""))).toList();
            for (int i = 0; i + folded.size() <= labelWords.size(); i++) {
                if (labelWords.subList(i, i + folded.size()).equals(folded)) {
                    Arrays.fill(inUnit, i, i + folded.size(), true);
                }
            }
        }
        for (int i = 0; i + 1 < labelWords.size(); i++) {
            List<String> pair = List.of(labelWords.get(i), labelWords.get(i + 1));
            // the unit where the label says it ("Số lượt …") is the noun, not a term
            if (!STOP_WORDS.contains(pair.get(0)) && !STOP_WORDS.contains(pair.get(1)) && !GENERIC_TERMS.contains(pair) && !inUnit[i] && !inUnit[i + 1]) {
                terms.add(pair);
                labelTerms.add(pair);
            }
        }
        Matcher parenthesised = IN_PARENTHESES.matcher(indicator.label());
        while (parenthesised.find()) {
            List<String> words = VietnameseText.words(parenthesised.group(1));
            if (words.size() == 1) {
                terms.add(words);
                labelTerms.add(words);
            }
        }
        evidence.addAll(terms);
        List<List<String>> unitNouns = new ArrayList<>(unit);
        if (unitText != null) {
            UNIT_SYNONYMS.getOrDefault(unitText.strip().toLowerCase(), List.of()).forEach(s -> unitNouns.add(VietnameseText.keys(s)));
        }
        unitNouns.forEach(n -> evidence.remove(n.stream().map(k -> VietnameseText.fold(k.replaceAll("\\d$", ""))).toList()));
    }

    /**
     * The words a label starts with when it names what is counted rather than the unit ("Người có
     * uy tín ốm đau …, được thăm hỏi" counted in "trường hợp"): a number may be followed by them.
     */
    private Optional<List<String>> leadingNoun(List<String> label) {
        boolean counted = !label.isEmpty() && (label.get(0).equals(VietnameseText.key("số")) || label.get(0).equals(VietnameseText.key("tổng")));
        if (counted || unit.stream().anyMatch(u -> startsWith(label, u))) {
            // "Số lượt …", "Lượt tiếp dân …": the unit is the noun
            return Optional.empty();
        }
        List<String> lead = label.subList(0, Math.min(label.size(), 3));
        if (lead.size() < 2 || STOP_WORDS.contains(VietnameseText.fold(lead.get(0).replaceAll("\\d$", "")))) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(lead));
    }

    /** The profiles of an outline's figures, each knowing which of its terms are its own. */
    static List<IndicatorProfile> of(Template template) {
        List<IndicatorProfile> indicators = new ArrayList<>();
        for (Template.Section section : template.sections()) {
            section.indicators().forEach(indicator -> indicators.add(new IndicatorProfile(indicator, section.key())));
        }
        for (IndicatorProfile indicator : indicators) {
            for (List<String> term : indicator.labelTerms) {
                if (indicator.evidence.contains(term) && indicators.stream().noneMatch(other -> other != indicator && other.terms.contains(term))) {
                    indicator.own.add(term);
                }
            }
        }
        return indicators;
    }

    /** "Số lượt tiếp công dân" without a unit: "lượt". */
    private static String unitFromLabel(String label) {
        List<String> words = List.of(label.strip().split("\\s+"));
        int start = 0;
        if (!words.isEmpty() && VietnameseText.fold(words.get(0)).equals("tong")) {
            start++;
        }
        if (words.size() > start + 1 && VietnameseText.fold(words.get(start)).equals("so")) {
            return words.get(start + 1);
        }
        return null;
    }

    String code() {
        return indicator.code();
    }

    String label() {
        return indicator.label();
    }

    IndicatorType type() {
        return indicator.type();
    }

    boolean isBoolean() {
        return indicator.type() == IndicatorType.BOOLEAN;
    }

    boolean isNumber() {
        return indicator.type() == IndicatorType.INTEGER || indicator.type() == IndicatorType.DECIMAL || indicator.type() == IndicatorType.MONEY;
    }

    boolean isPercent() {
        return unit.stream().anyMatch(u -> u.equals(List.of("%")));
    }

    /** A noun this figure counts: the unit, a noun of the same kind, or a hint ("khẩu"). */
    boolean counts(List<String> noun) {
        if (NOT_UNITS.stream().anyMatch(n -> startsWith(noun, n))) {
            return false;
        }
        return nouns.stream().anyMatch(n -> startsWith(noun, n));
    }

    /** How many words of the noun the figure's noun forms account for ("nhân khẩu" of "nhân khẩu đồng bào"). */
    int nounLength(List<String> noun) {
        return nouns.stream().filter(n -> startsWith(noun, n)).mapToInt(List::size).max().orElse(0);
    }

    /** A noun this figure's hints name ("khẩu" for people supported): evidence as much as a term. */
    boolean hintNamed(List<String> noun) {
        return hintKeys.stream().anyMatch(h -> startsWith(noun, h));
    }

    /** A yes/no figure about the thing a number counts: the noun stands in its label ("mô hình"). */
    boolean asksAbout(List<String> noun) {
        if (noun.isEmpty()) {
            return false;
        }
        List<String> head = noun.subList(0, Math.min(2, noun.size()));
        return counts(noun) || Collections.indexOfSubList(labelKeys, head) >= 0;
    }

    static boolean startsWith(List<String> words, List<String> prefix) {
        return !prefix.isEmpty() && words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
    }

    @Override
    public String toString() {
        return code();
    }
}
