package vn.gov.quangngai.baocao.importer;

import com.fasterxml.jackson.databind.node.BooleanNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.gov.quangngai.baocao.importer.VietnameseText.Token;

/**
 * Statements that there was none of something ("chưa có vụ việc nào phát sinh", "không ai bị F0",
 * "chưa đăng ký mô hình "Dân vận khéo" nào"): read as a mention of zero when every word of what
 * there was none of belongs to a figure, and given to the figures it covers.
 */
final class NoneStatements {

    private static final Set<String> NEGATIONS = Set.of(VietnameseText.key("không"), VietnameseText.key("chưa"));
    private static final List<List<String>> NIL_VERBS = List.of(VietnameseText.keys("có"), VietnameseText.keys("phát sinh"),
            VietnameseText.keys("xảy ra"), VietnameseText.keys("nhận được"), VietnameseText.keys("tiếp nhận"), VietnameseText.keys("nhận"),
            VietnameseText.keys("phát hiện"), VietnameseText.keys("ghi nhận"), VietnameseText.keys("đăng ký"), VietnameseText.keys("xây dựng"),
            VietnameseText.keys("thành lập"), VietnameseText.keys("tổ chức"), VietnameseText.keys("thực hiện"), VietnameseText.keys("được"),
            VietnameseText.keys("bị"), VietnameseText.keys("mắc"), VietnameseText.keys("nhiễm"));
    private static final String NONE = VietnameseText.key("nào");
    private static final Set<String> CAUSES = Set.of(VietnameseText.key("do"), VietnameseText.key("vì"), VietnameseText.key("nên"),
            VietnameseText.key("để"), VietnameseText.key("mà"), VietnameseText.key("khi"), VietnameseText.key("nếu"));
    private static final List<List<String>> GENERIC_EVENTS = List.of(VietnameseText.keys("vụ việc"), VietnameseText.keys("vụ"),
            VietnameseText.keys("việc"), VietnameseText.keys("trường hợp"), VietnameseText.keys("ca"));
    private static final Set<String> NIL_WORDS = Set.of("phat", "sinh", "xay", "ra", "vu", "viec", "truong", "hop", "ca", "trong", "ky", "nam",
            "bao", "cao", "lan", "moi", "nhan", "tiep", "ghi", "phai", "bi");

    private NoneStatements() {
    }

    /** "không có vụ việc nào phát sinh", "chưa đăng ký mô hình nào", "không ai bị F0", "không phát sinh đơn thư khiếu nại". */
    static List<Mention> read(Clause clause) {
        List<Token> tokens = clause.tokens();
        List<Mention> nils = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isWord() || !NEGATIONS.contains(tokens.get(i).key())) {
                continue;
            }
            int j = i + 1;
            boolean person = j < tokens.size() && tokens.get(j).isWord() && tokens.get(j).folded().equals("ai");
            if (person) {
                j++;
            }
            int verbStart = j;
            for (int verbs = 0; verbs < 3; verbs++) {
                int length = verbAt(tokens, j);
                if (length == 0) {
                    break;
                }
                j += length;
            }
            List<String> verb = clause.words(verbStart, j);
            List<String> phrase = new ArrayList<>();
            List<String> nounKeys = new ArrayList<>();
            boolean none = false;
            while (j < tokens.size() && phrase.size() <= 8) {
                Token token = tokens.get(j);
                if (token.isWord() && token.key().equals(NONE)) {
                    none = true;
                    j++;
                    break;
                }
                if (token.isWord() && CAUSES.contains(token.key()) && !phrase.isEmpty()) {
                    break;
                }
                if (token.isWord()) {
                    phrase.add(token.folded());
                    nounKeys.add(token.key());
                } else if (!(token.kind() == Token.Kind.PUNCT && MentionReader.QUOTES.contains(token.raw()))) {
                    break;
                }
                j++;
            }
            if (phrase.size() > 8 || (phrase.isEmpty() && !person) || j < tokens.size() && tokens.get(j).isNumber()) {
                continue;
            }
            List<String> statement = new ArrayList<>(phrase);
            if (none) {
                while (j < tokens.size() && tokens.get(j).isWord() && !CAUSES.contains(tokens.get(j).key()) && statement.size() < phrase.size() + 12) {
                    statement.add(tokens.get(j++).folded());
                }
            }
            if (j < tokens.size() && tokens.get(j).isWord() && CAUSES.contains(tokens.get(j).key())) {
                // what follows "do", "vì" is the reason, not what there was none of
                while (j < tokens.size() && !tokens.get(j).is(",.;:)!?")) {
                    j++;
                }
            }
            if (j < tokens.size() && !tokens.get(j).is(",.;:)!?")) {
                continue;
            }
            Mention nil = new Mention(clause, BigDecimal.ZERO, i, j, person ? List.of(VietnameseText.key("người")) : nounKeys, false, false, true);
            nil.statement = statement;
            nil.verb = verb;
            nils.add(nil);
            i = j;
        }
        return nils;
    }

    private static int verbAt(List<Token> tokens, int j) {
        for (List<String> verb : NIL_VERBS) {
            if (MentionReader.startsWith(tokens, j, verb)) {
                return verb.size();
            }
        }
        return 0;
    }

    /**
     * A statement of zero covers each figure whose words it is made of ("chưa có vụ việc nào phát
     * sinh" at the reception desk: both kinds of reception), narrowed to the figures it names.
     */
    static List<IndicatorMatcher.Assignment> match(Mention mention, List<IndicatorProfile> scope) {
        List<String> clause = IndicatorMatcher.clauseWords(mention.clause);
        List<IndicatorProfile> covered = new ArrayList<>();
        for (IndicatorProfile indicator : scope) {
            if (!indicator.isNumber() && !indicator.isBoolean() || indicator.type() == IndicatorType.MONEY) {
                continue;
            }
            boolean noun = indicator.counts(mention.noun) || GENERIC_EVENTS.stream().anyMatch(e -> IndicatorProfile.startsWith(mention.noun, e))
                    || indicator.isBoolean() && indicator.asksAbout(mention.noun) || IndicatorMatcher.termsIn(indicator, mention.statement) > 0;
            boolean describedByIt = mention.statement.stream()
                    .allMatch(w -> IndicatorProfile.STOP_WORDS.contains(w) || NIL_WORDS.contains(w) || indicator.vocabulary.contains(w));
            if (noun && describedByIt && IndicatorMatcher.termsIn(indicator, clause) > 0) {
                covered.add(indicator);
            }
        }
        List<IndicatorProfile> named = covered.stream().filter(f -> IndicatorMatcher.distinctiveIn(f, covered, mention.statement, mention)).toList();
        if (named.isEmpty()) {
            // "không nhận được đơn thư nào": the verb's own words say which of the figures
            named = covered.stream().filter(f -> mention.verb.stream().anyMatch(w -> !IndicatorProfile.STOP_WORDS.contains(w)
                    && f.vocabulary.contains(w) && covered.stream().noneMatch(r -> r != f && r.vocabulary.contains(w)))).toList();
        }
        if (named.isEmpty()) {
            named = covered.stream().filter(f -> IndicatorMatcher.distinctiveIn(f, covered, clause, mention)).toList();
        }
        List<IndicatorProfile> chosen = named.isEmpty() ? covered : named;
        return chosen.stream().map(f -> new IndicatorMatcher.Assignment(f, f.isBoolean() ? BooleanNode.FALSE : IndicatorMatcher.value(f, BigDecimal.ZERO), mention.clause)).toList();
    }
}
