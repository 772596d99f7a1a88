package vn.gov.quangngai.baocao.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.quangngai.baocao.importer.VietnameseText.Token;

/**
 * Finds the numbers of a clause and the words that belong to each. Commas, "và", parentheses and
 * "trong đó" cut a clause into phrases; a phrase with numbers belongs to them (the words before
 * the first number of a phrase and after each number up to the next), a phrase without numbers
 * is shared with its neighbours. Statements of none come from {@link NoneStatements}. Numbers after "trong đó", "gồm" or "(" break down the number
 * before them; a number after "có" or "với" describes the one before ("1 đoàn … có 42 người").
 */
final class MentionReader {

    private static final Set<String> SEPARATOR_WORDS = Set.of(VietnameseText.key("và"), VietnameseText.key("hoặc"));
    private static final List<List<String>> BREAKDOWN = List.of(VietnameseText.keys("trong đó"), VietnameseText.keys("bao gồm"),
            VietnameseText.keys("gồm"), VietnameseText.keys("cụ thể"), VietnameseText.keys("trong số"), VietnameseText.keys("riêng"));
    private static final List<List<String>> COMPARISON = List.of(VietnameseText.keys("so với"), VietnameseText.keys("cùng kỳ"));
    /** Words of a plan or a target: the numbers of such a clause are not results ("phấn đấu thành lập thêm 3 tổ hòa giải"). */
    private static final List<List<String>> PLANS = List.of(VietnameseText.keys("phấn đấu"), VietnameseText.keys("sẽ"), VietnameseText.keys("dự kiến"),
            VietnameseText.keys("chỉ tiêu"), VietnameseText.keys("định hướng"));
    private static final Set<String> ATTACH = Set.of(VietnameseText.key("có"), VietnameseText.key("với"), "/");
    private static final Set<String> QUALIFIERS = Set.of(VietnameseText.key("hơn"), VietnameseText.key("trên"), VietnameseText.key("khoảng"),
            VietnameseText.key("gần"), VietnameseText.key("xấp"), VietnameseText.key("xỉ"), VietnameseText.key("được"), VietnameseText.key("là"));
    static final String QUOTES = "\"“”'‘’";

    private MentionReader() {
    }

    /** A piece of a clause between two cuts, and whether the cut before it opens a breakdown. */
    private record Segment(int from, int to, boolean hardBefore, List<Mention> mentions) {
    }

    static List<Mention> read(Clause clause) {
        List<Token> tokens = clause.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> plan : PLANS) {
                if (startsWith(tokens, i, plan)) {
                    return List.of();
                }
            }
        }
        int comparison = comparisonStart(tokens);
        List<Mention> mentions = new ArrayList<>(NoneStatements.read(clause));
        for (int i = 0; i < tokens.size(); i++) {
            if (i >= comparison || insideNil(mentions, i)) {
                continue;
            }
            Optional<VietnameseNumbers.Read> read = VietnameseNumbers.at(tokens, i);
            if (read.isPresent()) {
                mentions.add(number(clause, read.get()));
                i = read.get().end() - 1;
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start, b.start));
        List<Segment> segments = segments(clause, mentions);
        for (int s = 0; s < segments.size(); s++) {
            layer(segments, s);
        }
        linkBreakdownsAndAttachments(clause, mentions);
        return mentions;
    }

    private static Mention number(Clause clause, VietnameseNumbers.Read read) {
        List<Token> tokens = clause.tokens();
        int j = read.end();
        boolean money = false;
        boolean percent = false;
        if (j < tokens.size() && tokens.get(j).isWord() && VietnameseNumbers.MONEY_WORDS.contains(tokens.get(j).key())) {
            money = true;
            j++;
        } else if (j < tokens.size() && tokens.get(j).is("%")) {
            percent = true;
            j++;
        } else if (read.scaled() && read.value().compareTo(BigDecimal.valueOf(1_000_000)) >= 0
                && (j >= tokens.size() || !tokens.get(j).isWord() || Set.of("cho", "de", "tu", "von", "tien").contains(tokens.get(j).folded()))) {
            // "hơn 9 tỷ cho các huyện": millions and billions without a noun are money
            money = true;
        }
        List<String> noun = new ArrayList<>();
        for (int k = j; k < tokens.size() && noun.size() < 6; k++) {
            Token token = tokens.get(k);
            if (token.isWord()) {
                noun.add(token.key());
            } else if (!(token.kind() == Token.Kind.PUNCT && QUOTES.contains(token.raw()))) {
                break;
            }
        }
        return new Mention(clause, read.value(), read.start(), j, money ? List.of(VietnameseText.key("đồng")) : noun, money, percent, false);
    }

    private static int comparisonStart(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> marker : COMPARISON) {
                if (startsWith(tokens, i, marker)) {
                    return i;
                }
            }
        }
        return tokens.size();
    }

    private static boolean insideNil(List<Mention> mentions, int i) {
        return mentions.stream().anyMatch(m -> m.nil && i >= m.start && i < m.end);
    }

    /** Inside a number's own tokens ("1 tỷ 250 triệu"), where no cut falls. */
    private static boolean inside(List<Mention> mentions, int i) {
        return mentions.stream().anyMatch(m -> !m.nil && i > m.start && i < m.end);
    }

    private static List<Segment> segments(Clause clause, List<Mention> mentions) {
        List<Token> tokens = clause.tokens();
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        boolean hard = false;
        int i = 0;
        while (i <= tokens.size()) {
            int cut = i == tokens.size() ? 1 : cutLength(tokens, i);
            boolean inNumber = inside(mentions, i);
            if (cut > 0 && !inNumber) {
                if (i > from) {
                    int segmentFrom = from;
                    int segmentTo = i;
                    segments.add(new Segment(from, i, hard,
                            new ArrayList<>(mentions.stream().filter(m -> m.start >= segmentFrom && m.start < segmentTo).toList())));
                }
                int at = i;
                hard = i < tokens.size() && opensBreakdown(tokens, i) && mentions.stream().anyMatch(m -> !m.nil && m.end <= at);
                from = i + cut;
                i += cut;
            } else {
                i++;
            }
        }
        return segments;
    }

    /** How many tokens the cut at {@code i} takes (0 when none): punctuation, "và", "hoặc", "trong đó", … */
    private static int cutLength(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.is(",;()[]")) {
            return 1;
        }
        if (token.is("-–") && token.spaceBefore() && i + 1 < tokens.size() && tokens.get(i + 1).spaceBefore()) {
            return 1;
        }
        if (token.isWord() && SEPARATOR_WORDS.contains(token.key())) {
            return 1;
        }
        for (List<String> marker : BREAKDOWN) {
            if (startsWith(tokens, i, marker)) {
                return marker.size();
            }
        }
        return 0;
    }

    private static boolean opensBreakdown(List<Token> tokens, int i) {
        return tokens.get(i).is("(") || BREAKDOWN.stream().anyMatch(marker -> startsWith(tokens, i, marker));
    }

    private static boolean closesGroup(List<Token> tokens, int i) {
        return tokens.get(i).is(")");
    }

    private static void layer(List<Segment> segments, int s) {
        Segment segment = segments.get(s);
        List<Mention> inSegment = segment.mentions();
        for (int p = 0; p < inSegment.size(); p++) {
            Mention mention = inSegment.get(p);
            if (mention.nil) {
                continue;
            }
            int from = p == 0 ? segment.from() : mention.start;
            int to = p + 1 < inSegment.size() ? inSegment.get(p + 1).start : segment.to();
            mention.own.add(new Mention.Range(from, to));
            if (p == inSegment.size() - 1) {
                for (int k = s + 1; k < segments.size() && segments.get(k).mentions().isEmpty() && !segments.get(k).hardBefore(); k++) {
                    mention.after.add(new Mention.Range(segments.get(k).from(), segments.get(k).to()));
                }
            }
            if (p == 0 && !segment.hardBefore()) {
                for (int k = s - 1; k >= 0 && segments.get(k).mentions().isEmpty(); k--) {
                    mention.before.add(0, new Mention.Range(segments.get(k).from(), segments.get(k).to()));
                    if (segments.get(k).hardBefore()) {
                        break;
                    }
                }
            }
        }
    }

    private static void linkBreakdownsAndAttachments(Clause clause, List<Mention> mentions) {
        List<Token> tokens = clause.tokens();
        Mention previous = null;
        Mention head = null;
        int depth = 0;
        for (int i = 0, m = 0; i < tokens.size(); i++) {
            if (opensBreakdown(tokens, i)) {
                if (previous != null && head == null) {
                    head = previous;
                }
                depth += tokens.get(i).is("(") ? 1 : 0;
            } else if (closesGroup(tokens, i) && depth > 0 && --depth == 0) {
                head = null;
            }
            while (m < mentions.size() && mentions.get(m).start == i) {
                Mention mention = mentions.get(m++);
                if (mention.nil) {
                    continue;
                }
                if (head != null && head != mention) {
                    mention.head = head;
                } else if (previous != null && joinedByAttachment(tokens, previous, mention)) {
                    mention.attached = previous;
                }
                previous = mention;
            }
        }
    }

    /** "… 1 đoàn đại biểu có 42 người": the word before the number (qualifiers aside) is "có" or "với", with no parenthesis between. */
    private static boolean joinedByAttachment(List<Token> tokens, Mention previous, Mention mention) {
        int k = mention.start - 1;
        while (k >= previous.end && tokens.get(k).isWord() && QUALIFIERS.contains(tokens.get(k).key()) && !ATTACH.contains(tokens.get(k).key())) {
            k--;
        }
        if (k < previous.end || !ATTACH.contains(tokens.get(k).key())) {
            return false;
        }
        for (int i = previous.end; i < k; i++) {
            if (tokens.get(i).is("()")) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWith(List<Token> tokens, int i, List<String> keys) {
        if (i + keys.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < keys.size(); k++) {
            if (!tokens.get(i + k).isWord() || !tokens.get(i + k).key().equals(keys.get(k))) {
                return false;
            }
        }
        return true;
    }
}
