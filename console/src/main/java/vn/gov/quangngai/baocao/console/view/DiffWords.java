package vn.gov.quangngai.baocao.console.view;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.quangngai.baocao.console.client.model.ReportDiff;

/**
 * A section's word diff made readable: the changes with a few words of context each side, the long
 * unchanged stretches between them shortened to an ellipsis, so a one-number correction in a
 * page-long section shows as one line.
 */
public final class DiffWords {

    /** A run to show: EQUAL, INSERT, DELETE, or GAP for unchanged words left out. */
    public record Run(String op, String text) {
    }

    private static final String GAP = "GAP";
    private static final Pattern LEADING_SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("\\S+\\s*");

    private DiffWords() {
    }

    /** The runs with at most {@code context} unchanged words kept next to each change. */
    public static List<Run> compact(List<ReportDiff.Word> words, int context) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            ReportDiff.Word word = words.get(i);
            if (!"EQUAL".equals(word.op())) {
                runs.add(new Run(word.op(), word.text()));
                continue;
            }
            boolean first = i == 0;
            boolean last = i == words.size() - 1;
            runs.addAll(shorten(word.text(), first ? 0 : context, last ? 0 : context));
        }
        return runs;
    }

    /** An unchanged run: its first {@code head} and last {@code tail} words, the middle as a gap when there is one. */
    private static List<Run> shorten(String text, int head, int tail) {
        Matcher leading = LEADING_SPACE.matcher(text);
        String lead = leading.lookingAt() ? leading.group() : "";
        List<String> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text.substring(lead.length()));
        while (word.find()) {
            tokens.add(word.group());
        }
        if (tokens.size() <= head + tail + 1) {
            return List.of(new Run("EQUAL", text));
        }
        List<Run> runs = new ArrayList<>();
        if (head > 0) {
            runs.add(new Run("EQUAL", lead + String.join("", tokens.subList(0, head))));
        }
        runs.add(new Run(GAP, "…"));
        if (tail > 0) {
            runs.add(new Run("EQUAL", " " + String.join("", tokens.subList(tokens.size() - tail, tokens.size()))));
        }
        return runs;
    }
}
