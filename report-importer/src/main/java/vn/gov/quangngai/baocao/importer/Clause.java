package vn.gov.quangngai.baocao.importer;

import java.util.ArrayList;
import java.util.List;
import vn.gov.quangngai.baocao.importer.VietnameseText.Token;

/**
 * A clause of a report (a sentence cut at its semicolons) as tokens, with the sentence it comes
 * from (shown as a suggestion's source), its line, and the words of the paragraph that introduced
 * it ("Kết quả tiếp công dân:" before a list of "- định kỳ: 12 lượt").
 */
record Clause(List<Token> tokens, String sentence, int line, List<String> leadIn) {

    /** Every place a term starts in the clause. */
    List<Integer> findAll(List<String> term) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (matchesAt(term, i, tokens.size())) {
                found.add(i);
            }
        }
        return found;
    }

    private boolean matchesAt(List<String> term, int start, int to) {
        if (tokens.get(start).kind() == Token.Kind.PUNCT) {
            return false;
        }
        int position = start;
        for (String word : term) {
            while (position < to && tokens.get(position).kind() == Token.Kind.PUNCT) {
                position++;
            }
            if (position >= to || !tokens.get(position).folded().equals(word)) {
                return false;
            }
            position++;
        }
        return true;
    }

    /** The folded words of tokens {@code [from, to)}. */
    List<String> words(int from, int to) {
        List<String> words = new ArrayList<>();
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (tokens.get(i).kind() != Token.Kind.PUNCT) {
                words.add(tokens.get(i).folded());
            }
        }
        return words;
    }

    static boolean contains(List<String> words, List<String> term) {
        if (term.isEmpty() || words.size() < term.size()) {
            return false;
        }
        for (int i = 0; i + term.size() <= words.size(); i++) {
            if (words.subList(i, i + term.size()).equals(term)) {
                return true;
            }
        }
        return false;
    }
}
