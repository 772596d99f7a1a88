package vn.gov.quangngai.baocao.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A number of a clause and the words around it, layered from nearest to farthest: its own phrase,
 * the phrases without numbers next to it, the number it belongs to ("1 đoàn … có 42 người", "15
 * lượt (định kỳ 10 …)"), and the clause. A "không có … nào" statement is a mention of zero.
 */
final class Mention {

    private static final Set<String> DENIALS = Set.of(VietnameseText.key("không"), VietnameseText.key("chưa"));
    private static final String ONGOING = VietnameseText.key("đang");

    /** Tokens {@code [from, to)} of the clause. */
    record Range(int from, int to) {
    }

    final Clause clause;
    final BigDecimal value;
    final int start;
    final int end;
    /** Syllable keys of the words right after the number: what it counts ("lượt công dân"). */
    final List<String> noun;
    final boolean money;
    final boolean percent;
    final boolean nil;
    /** For a statement of zero: the folded words saying what there was none of ("vụ việc nào phát sinh"). */
    List<String> statement = List.of();
    /** For a statement of zero: the folded words of its verb ("nhận được" in "không nhận được đơn thư nào"). */
    List<String> verb = List.of();

    final List<Range> own = new ArrayList<>();
    final List<Range> after = new ArrayList<>();
    final List<Range> before = new ArrayList<>();
    /** The total this number breaks down, when it follows "trong đó", "gồm" or an opening parenthesis. */
    Mention head;
    /** The number this one is joined to by "có" or "với". */
    Mention attached;

    Mention(Clause clause, BigDecimal value, int start, int end, List<String> noun, boolean money, boolean percent, boolean nil) {
        this.clause = clause;
        this.value = value;
        this.start = start;
        this.end = end;
        this.noun = noun;
        this.money = money;
        this.percent = percent;
        this.nil = nil;
    }

    /**
     * The folded words of ranges, without those after "không" or "chưa" (or, after the number,
     * "đang") up to the next punctuation: "04 đơn đang trong thời hạn giải quyết" does not say the
     * petitions were resolved; "đang thực hiện 142 thủ tục" does say what the agency handles.
     */
    List<String> words(List<Range> ranges) {
        return words(ranges, 0);
    }

    /** As {@link #words(List)}, leaving out the first {@code nounWords} words of the noun (what the noun already said). */
    List<String> words(List<Range> ranges, int nounWords) {
        List<String> words = new ArrayList<>();
        int skipped = 0;
        for (Range range : ranges) {
            boolean denied = false;
            for (int i = Math.max(0, range.from()); i < Math.min(range.to(), clause.tokens().size()); i++) {
                VietnameseText.Token token = clause.tokens().get(i);
                if (i >= end && token.isWord() && skipped < nounWords) {
                    skipped++;
                    continue;
                }
                if (token.kind() == VietnameseText.Token.Kind.PUNCT) {
                    denied = denied && !token.is(",;()");
                } else if (token.isWord() && (DENIALS.contains(token.key()) || i >= end && token.key().equals(ONGOING))) {
                    denied = true;
                } else if (!denied) {
                    words.add(token.folded());
                }
            }
        }
        return words;
    }

    /** The words of the number's own phrase before it, where a label stands in "Số lượt tiếp công dân: 15". */
    List<String> keysBefore() {
        List<String> keys = new ArrayList<>();
        for (Range range : own) {
            for (int i = range.from(); i < Math.min(range.to(), start); i++) {
                if (clause.tokens().get(i).kind() != VietnameseText.Token.Kind.PUNCT) {
                    keys.add(clause.tokens().get(i).key());
                }
            }
        }
        return keys;
    }

    @Override
    public String toString() {
        return (nil ? "nil " : "") + value + " " + noun + " @" + clause.line();
    }
}
