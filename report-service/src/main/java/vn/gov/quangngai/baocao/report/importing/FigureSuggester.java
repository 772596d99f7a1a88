package vn.gov.quangngai.baocao.report.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.quangngai.baocao.report.domain.Template;

/**
 * Suggests figures of the built-in outline from the sentences of their section, where the text
 * states them unambiguously: a rule that finds two different values in a section suggests nothing.
 * Rules apply only to figure codes the round's outline has.
 */
final class FigureSuggester {

    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+|\\d+)";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+(?=[\\p{Lu}\\d+\\-])");

    /** A figure, the pattern that states it in a sentence, and how a match becomes its value. */
    private record Rule(String code, Pattern pattern, Function<Matcher, JsonNode> value) {
    }

    private static final List<Rule> RULES = List.of(
            count("II.1.elder_info_classes", NUMBER + "\\s+lớp(?![\\p{L}\\d])"),
            count("II.1.elder_info_attendances", NUMBER + "\\s+lượt người có uy tín"),
            count("II.1.study_tours_outside", NUMBER + "\\s+đoàn[^;]*?ngoài tỉnh"),
            count("II.1.study_tour_participants_outside", NUMBER + "\\s+người có uy tín đi tham quan, học tập ngoài tỉnh"),
            count("II.1.study_tours_inside", NUMBER + "\\s+đoàn[^;]*?(?<!\\p{L})trong tỉnh"),
            count("II.1.study_tour_participants_inside", "trong tỉnh, có\\s+" + NUMBER + "\\s+người"),
            count("II.1.elder_visits", NUMBER + "\\s+trường hợp người có uy tín"),
            new Rule("II.1.support_money", Pattern.compile("(?:hơn|trên|khoảng)?\\s*(\\d+(?:,\\d+)?)\\s*(tỷ|triệu)\\s+đồng"),
                    m -> LongNode.valueOf(VietnameseText.amount(m.group(1), m.group(2)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact())),
            count("II.1.support_people", NUMBER + "\\s+khẩu"),
            count("II.1.support_households", NUMBER + "\\s+hộ(?![\\p{L}\\d])"),
            fixed("II.1.staff_infected_f0", "không (?:ai|có (?:ai|trường hợp nào)) (?:bị|mắc)\\s+(?:Covid-19|F0)|không ai bị F0", LongNode.valueOf(0)),
            count("II.2.procedures_total", NUMBER + "\\s+(?:thủ tục hành chính|TTHC)"),
            fixed("II.3.receptions_periodic", "(?:chưa|không) có (?:vụ việc|lượt|trường hợp) nào phát sinh|không phát sinh (?:vụ việc|lượt) tiếp công dân", LongNode.valueOf(0)),
            fixed("II.3.receptions_adhoc", "(?:chưa|không) có (?:vụ việc|lượt|trường hợp) nào phát sinh|không phát sinh (?:vụ việc|lượt) tiếp công dân", LongNode.valueOf(0)),
            count("II.3.receptions_periodic", NUMBER + "\\s+lượt tiếp công dân định kỳ"),
            count("II.3.receptions_adhoc", NUMBER + "\\s+lượt tiếp công dân đột xuất"),
            count("II.6.models", "(?:xây dựng|đăng ký)\\s+" + NUMBER + "\\s+mô hình"),
            new Rule("II.6.has_model", Pattern.compile("(?:xây dựng|đăng ký)\\s+" + NUMBER + "\\s+mô hình"),
                    m -> BooleanNode.valueOf(VietnameseText.number(m.group(1)).signum() > 0)));

    private FigureSuggester() {
    }

    private static Rule count(String code, String regex) {
        return new Rule(code, Pattern.compile(regex, Pattern.UNICODE_CASE), m -> LongNode.valueOf(VietnameseText.number(m.group(1)).longValueExact()));
    }

    private static Rule fixed(String code, String regex, JsonNode value) {
        return new Rule(code, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), m -> value);
    }

    /** @param sections section key to its text */
    static List<ImportResult.Suggestion> suggest(Template template, Map<String, String> sections) {
        Map<String, ImportResult.Suggestion> chosen = new LinkedHashMap<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        for (Rule rule : RULES) {
            if (template.indicator(rule.code()).isEmpty() || ambiguous.contains(rule.code())) {
                continue;
            }
            String section = rule.code().substring(0, rule.code().lastIndexOf('.'));
            String text = sections.get(section);
            if (text == null) {
                continue;
            }
            for (String sentence : sentences(text)) {
                Matcher matcher = rule.pattern().matcher(sentence);
                while (matcher.find()) {
                    JsonNode value = rule.value().apply(matcher);
                    ImportResult.Suggestion earlier = chosen.get(rule.code());
                    if (earlier == null) {
                        chosen.put(rule.code(), new ImportResult.Suggestion(rule.code(), value, sentence));
                    } else if (!same(earlier.value(), value)) {
                        ambiguous.add(rule.code());
                    }
                }
            }
        }
        ambiguous.forEach(chosen::remove);
        return new ArrayList<>(chosen.values());
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            for (String sentence : SENTENCE_END.split(paragraph.strip())) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

}
