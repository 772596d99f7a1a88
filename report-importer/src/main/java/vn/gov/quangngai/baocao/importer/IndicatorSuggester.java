package vn.gov.quangngai.baocao.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Suggests the round's figures from the report: each figure from the sentences of its own section
 * and from tables of figures, and, when neither states it, from the rest of the document under
 * stricter rules. A figure stated with two different values gets no suggestion but a warning.
 */
final class IndicatorSuggester {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+(?=[\\p{Lu}\\d+\\-])");
    private static final Pattern BULLET = Pattern.compile("^\\s*([-+•*–]|[a-zđ]\\)|\\d{1,2}\\))\\s*");

    /** What the figures became: suggestions in the outline's order, and the figures left out because the text disagrees. */
    record Result(List<Reading.Suggestion> suggestions, List<Reading.Warning> warnings) {
    }

    private IndicatorSuggester() {
    }

    /**
     * @param sections each section's paragraphs, by key
     * @param elsewhere paragraphs outside the sections (before the first, under headings of no section, after the signature)
     */
    static Result suggest(Template template, Map<String, List<Paragraph>> sections, List<Paragraph> elsewhere) {
        List<IndicatorProfile> indicators = IndicatorProfile.of(template);
        Map<IndicatorProfile, List<IndicatorMatcher.Assignment>> found = new LinkedHashMap<>();
        indicators.forEach(f -> found.put(f, new ArrayList<>()));
        Map<String, List<Clause>> clauses = new LinkedHashMap<>();
        sections.forEach((key, paragraphs) -> clauses.put(key, clauses(paragraphs)));
        clauses.put(null, clauses(elsewhere));

        for (Map.Entry<String, List<Clause>> section : clauses.entrySet()) {
            List<IndicatorProfile> own = indicators.stream().filter(f -> f.section.equals(section.getKey())).toList();
            for (Clause clause : section.getValue()) {
                List<Mention> mentions = MentionReader.read(clause);
                for (Mention mention : mentions) {
                    IndicatorMatcher.match(mention, mentions, own, IndicatorMatcher.Scope.SECTION).forEach(a -> found.get(a.indicator()).add(a));
                }
                own.stream().filter(IndicatorProfile::isBoolean)
                        .forEach(f -> IndicatorMatcher.statedYes(clause, f).ifPresent(a -> found.get(f).add(a)));
            }
        }
        List<Paragraph> all = new ArrayList<>(elsewhere);
        sections.values().forEach(all::addAll);
        for (Paragraph row : all.stream().filter(Paragraph::isTableRow).toList()) {
            TableIndicators.read(row).ifPresent(mention -> IndicatorMatcher.match(mention, List.of(mention), indicators, IndicatorMatcher.Scope.TABLE)
                    .forEach(a -> found.get(a.indicator()).add(a)));
        }
        List<IndicatorProfile> unstated = indicators.stream().filter(f -> found.get(f).isEmpty()).toList();
        for (Map.Entry<String, List<Clause>> section : clauses.entrySet()) {
            for (Clause clause : section.getValue()) {
                List<Mention> mentions = MentionReader.read(clause);
                for (Mention mention : mentions) {
                    IndicatorMatcher.match(mention, mentions, indicators, IndicatorMatcher.Scope.DOCUMENT).stream()
                            .filter(a -> unstated.contains(a.indicator()) && !a.indicator().section.equals(section.getKey()))
                            .forEach(a -> found.get(a.indicator()).add(a));
                }
            }
        }
        return decide(found);
    }

    private static Result decide(Map<IndicatorProfile, List<IndicatorMatcher.Assignment>> found) {
        List<Reading.Suggestion> suggestions = new ArrayList<>();
        List<Reading.Warning> warnings = new ArrayList<>();
        found.forEach((indicator, assignments) -> {
            if (assignments.isEmpty()) {
                return;
            }
            IndicatorMatcher.Assignment first = assignments.get(0);
            IndicatorMatcher.Assignment other = assignments.stream().filter(a -> !same(a.value(), first.value())).findFirst().orElse(null);
            if (other == null) {
                suggestions.add(new Reading.Suggestion(indicator.code(), first.value(), first.clause().sentence()));
            } else {
                warnings.add(new Reading.Warning(other.clause().line(), other.clause().sentence(),
                        "figure %s (%s): the text gives %s here and %s at line %d; no value suggested, enter it by hand"
                                .formatted(indicator.code(), indicator.label(), other.value(), first.value(), first.clause().line())));
            }
        });
        return new Result(suggestions, warnings);
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    /** The clauses of paragraphs (tables of figures aside); a list item keeps the words of the paragraph that introduced it. */
    private static List<Clause> clauses(List<Paragraph> paragraphs) {
        List<Clause> clauses = new ArrayList<>();
        List<String> leadIn = List.of();
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.isTableRow()) {
                continue;
            }
            boolean item = BULLET.matcher(paragraph.text()).find();
            List<String> context = item ? leadIn : List.of();
            for (String sentence : sentences(paragraph.text())) {
                for (String part : sentence.split(";")) {
                    if (!part.isBlank()) {
                        clauses.add(new Clause(VietnameseText.tokens(part), sentence, paragraph.line(), context));
                    }
                }
            }
            if (paragraph.text().strip().endsWith(":")) {
                leadIn = VietnameseText.words(paragraph.text());
            } else if (!item) {
                leadIn = List.of();
            }
        }
        return clauses;
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
