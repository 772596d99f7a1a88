package vn.gov.quangngai.baocao.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which figure a number states, if any. Its noun must be one the figure counts; among the
 * figures that count it, the one whose own terms (those the others lack) stand nearest decides,
 * phrase by phrase outwards; two figures named as near, or named in a list ("định kỳ, đột xuất"),
 * leave the number to nobody. A figure alone in counting the noun needs its terms in the clause.
 */
final class IndicatorMatcher {

    /** Where a mention is read: in its figure's section, in a table of figures, or anywhere in the document. */
    enum Scope { SECTION, TABLE, DOCUMENT }

    /** A value read for a figure, and the clause it was read from. */
    record Assignment(IndicatorProfile indicator, JsonNode value, Clause clause) {
    }

    private static final Set<String> LIST_WORDS = Set.of(VietnameseText.key("và"), VietnameseText.key("hoặc"), VietnameseText.key("cũng"),
            VietnameseText.key("như"));
    private static final Set<String> NO_CLAIM = Set.of(VietnameseText.key("không"), VietnameseText.key("chưa"), VietnameseText.key("sẽ"),
            VietnameseText.key("dự"), VietnameseText.key("phấn"));

    private IndicatorMatcher() {
    }

    /** The figures a number or a statement of zero gives a value to: none, one, or (for zero) every figure it covers. */
    static List<Assignment> match(Mention mention, List<Mention> clauseMentions, List<IndicatorProfile> scope, Scope kind) {
        if (mention.nil) {
            return kind == Scope.SECTION ? NoneStatements.match(mention, scope) : List.of();
        }
        List<Assignment> assignments = new ArrayList<>();
        number(mention, clauseMentions, scope, kind).ifPresent(assignments::add);
        if (kind != Scope.DOCUMENT) {
            yesNo(mention, clauseMentions, scope).ifPresent(assignments::add);
        }
        return assignments;
    }

    private static Optional<Assignment> number(Mention mention, List<Mention> clauseMentions, List<IndicatorProfile> scope, Scope kind) {
        List<IndicatorProfile> counting = scope.stream().filter(f -> f.isNumber() && counts(f, mention) && fits(f, mention.value)).toList();
        if (counting.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> layers = new ArrayList<>();
        layers.add(mention.words(mention.own));
        layers.add(mention.words(mention.after));
        layers.add(mention.words(mention.before));
        if (mention.head == null) {
            layers.add(inherited(mention, clauseMentions));
        }
        List<String> clause = clauseWords(mention.clause);
        for (List<String> layer : layers) {
            List<IndicatorProfile> named = new ArrayList<>();
            for (IndicatorProfile indicator : counting) {
                if (distinctiveIn(indicator, counting, layer, mention)) {
                    named.add(indicator);
                }
            }
            if (named.size() > 1) {
                return Optional.empty();
            }
            if (named.size() == 1 && counting.size() > 1) {
                IndicatorProfile indicator = named.get(0);
                if (listed(indicator, counting, mention.clause) || kind == Scope.DOCUMENT && termsIn(indicator, clause) < 2) {
                    return Optional.empty();
                }
                return Optional.of(new Assignment(indicator, value(indicator, mention.value), mention.clause));
            }
        }
        if (counting.size() == 1 && mention.head == null) {
            IndicatorProfile indicator = counting.get(0);
            // the words of the noun that made the number count for the figure are no further evidence of it
            int noun = indicator.nounLength(mention.noun);
            List<String> near = new ArrayList<>(mention.words(mention.own, noun));
            near.addAll(mention.words(mention.after));
            near.addAll(mention.words(mention.before));
            near.addAll(inherited(mention, clauseMentions));
            int nearTerms = evidenceIn(indicator, near);
            int clauseTerms = evidenceIn(indicator, clause);
            // the noun names the figure: a term no other figure has ("03 cuộc đối thoại"), or a hint with more of its words in the clause
            boolean named = indicator.own.stream().anyMatch(term -> Clause.contains(folded(mention.noun), term))
                    || indicator.hintNamed(mention.noun) && clauseTerms > evidenceIn(indicator, folded(mention.noun));
            // alone in counting the noun, the figure still needs its words in the noun ("03 cuộc đối thoại"), or beside the number and in the clause
            boolean enough = switch (kind) {
                case DOCUMENT -> nearTerms >= 2 || named && clauseTerms >= 2;
                // a row of a table of figures is its label and nothing else
                case TABLE -> nearTerms >= 1 || named;
                case SECTION -> nearTerms >= 2 || nearTerms >= 1 && clauseTerms >= 2 || named;
            };
            if (enough) {
                return Optional.of(new Assignment(indicator, value(indicator, mention.value), mention.clause));
            }
        }
        return Optional.empty();
    }

    /** "Có mô hình": yes when a number of the thing it asks about is above zero, no when it is zero. */
    private static Optional<Assignment> yesNo(Mention mention, List<Mention> clauseMentions, List<IndicatorProfile> scope) {
        if (mention.money || mention.percent || mention.value.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        List<String> noun = mention.noun.isEmpty() && mention.head != null ? mention.head.noun : mention.noun;
        List<IndicatorProfile> asking = scope.stream().filter(f -> f.isBoolean() && f.asksAbout(noun)).toList();
        if (asking.size() != 1) {
            return Optional.empty();
        }
        IndicatorProfile indicator = asking.get(0);
        List<String> near = new ArrayList<>(mention.words(mention.own));
        near.addAll(mention.words(mention.after));
        near.addAll(inherited(mention, clauseMentions));
        if (termsIn(indicator, near) == 0 || termsIn(indicator, clauseWords(mention.clause)) < 2) {
            return Optional.empty();
        }
        return Optional.of(new Assignment(indicator, BooleanNode.valueOf(mention.value.signum() > 0), mention.clause));
    }

    /**
     * "Xã đăng ký mô hình "Dân vận khéo"": a yes stated in words, when a clause without negation or
     * plans repeats at least five words of the yes/no figure's label in a row.
     */
    static Optional<Assignment> statedYes(Clause clause, IndicatorProfile indicator) {
        if (clause.tokens().stream().anyMatch(t -> t.isWord() && NO_CLAIM.contains(t.key()))) {
            return Optional.empty();
        }
        List<String> words = clause.words(0, clause.tokens().size());
        List<String> label = VietnameseText.words(indicator.label());
        for (int i = 0; i < words.size(); i++) {
            for (int j = 0; j < label.size(); j++) {
                int length = 0;
                int content = 0;
                while (i + length < words.size() && j + length < label.size() && words.get(i + length).equals(label.get(j + length))) {
                    content += IndicatorProfile.STOP_WORDS.contains(label.get(j + length)) ? 0 : 1;
                    length++;
                }
                if (content >= 5) {
                    return Optional.of(new Assignment(indicator, BooleanNode.TRUE, clause));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean counts(IndicatorProfile indicator, Mention mention) {
        if (indicator.type() == IndicatorType.MONEY || mention.money) {
            return indicator.type() == IndicatorType.MONEY && mention.money;
        }
        if (indicator.isPercent() != mention.percent) {
            return false;
        }
        List<String> noun = mention.noun.isEmpty() && mention.head != null ? mention.head.noun : mention.noun;
        if (!noun.isEmpty()) {
            return indicator.counts(noun);
        }
        List<String> before = mention.keysBefore();
        return indicator.nouns.stream().anyMatch(n -> Collections.indexOfSubList(before, n) >= 0);
    }

    private static boolean fits(IndicatorProfile indicator, BigDecimal value) {
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        return value.signum() >= 0 && (indicator.type() == IndicatorType.DECIMAL || whole);
    }

    /** The words of the numbers joined to this one by "có"/"với", either way. */
    private static List<String> inherited(Mention mention, List<Mention> clauseMentions) {
        List<String> words = new ArrayList<>();
        for (Mention other : clauseMentions) {
            if (other == mention.attached || other.attached == mention) {
                words.addAll(other.words(other.own));
                words.addAll(other.words(other.after));
            }
        }
        return words;
    }

    static boolean distinctiveIn(IndicatorProfile indicator, List<IndicatorProfile> rivals, List<String> words, Mention mention) {
        for (List<String> term : distinctive(indicator, rivals)) {
            if (Clause.contains(words, term)) {
                return true;
            }
        }
        return indicator.hintNamed(mention.noun) && rivals.stream().noneMatch(r -> r != indicator && r.hintNamed(mention.noun));
    }

    static Set<List<String>> distinctive(IndicatorProfile indicator, List<IndicatorProfile> rivals) {
        Set<List<String>> own = new LinkedHashSet<>(indicator.terms);
        for (IndicatorProfile rival : rivals) {
            if (rival != indicator) {
                own.removeAll(rival.terms);
            }
        }
        return own;
    }

    /**
     * Whether the figure's own term stands in a list with a rival's ("định kỳ, đột xuất được 25
     * lượt", "tiếp nhận và giải quyết 1.205 hồ sơ"): then the number counts them together.
     */
    private static boolean listed(IndicatorProfile indicator, List<IndicatorProfile> rivals, Clause clause) {
        List<int[]> mine = occurrences(distinctive(indicator, rivals), clause);
        Set<List<String>> others = new HashSet<>();
        rivals.stream().filter(r -> r != indicator).forEach(r -> others.addAll(distinctive(r, rivals)));
        others.removeAll(indicator.terms);
        for (int[] a : mine) {
            for (int[] b : occurrences(others, clause)) {
                int[] first = a[0] < b[0] ? a : b;
                int[] second = a[0] < b[0] ? b : a;
                if (onlyListWordsBetween(clause, first[1], second[0])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<int[]> occurrences(Set<List<String>> terms, Clause clause) {
        List<int[]> found = new ArrayList<>();
        for (List<String> term : terms) {
            for (int start : clause.findAll(term)) {
                int end = start;
                int words = 0;
                while (end < clause.tokens().size() && words < term.size()) {
                    if (!clause.tokens().get(end).is(",.;:()\"“”'/-–")) {
                        words++;
                    }
                    end++;
                }
                found.add(new int[] {start, end});
            }
        }
        return found;
    }

    private static boolean onlyListWordsBetween(Clause clause, int from, int to) {
        if (to < from || to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            VietnameseText.Token token = clause.tokens().get(i);
            if (!(token.is(",/") || token.isWord() && LIST_WORDS.contains(token.key()))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> folded(List<String> keys) {
        return keys.stream().map(k -> VietnameseText.fold(k.replaceAll("\\d$", ""))).toList();
    }

    private static int evidenceIn(IndicatorProfile indicator, List<String> words) {
        return (int) indicator.evidence.stream().filter(term -> Clause.contains(words, term)).count();
    }

    static int termsIn(IndicatorProfile indicator, List<String> words) {
        int count = 0;
        for (List<String> term : indicator.terms) {
            if (Clause.contains(words, term)) {
                count++;
            }
        }
        return count;
    }

    static List<String> clauseWords(Clause clause) {
        List<String> words = new ArrayList<>(clause.leadIn());
        words.addAll(clause.words(0, clause.tokens().size()));
        return words;
    }

    static JsonNode value(IndicatorProfile indicator, BigDecimal value) {
        if (indicator.type() == IndicatorType.DECIMAL) {
            return DecimalNode.valueOf(value.stripTrailingZeros());
        }
        return LongNode.valueOf(value.setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }
}
