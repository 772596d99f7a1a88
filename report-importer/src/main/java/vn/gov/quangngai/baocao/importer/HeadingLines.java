package vn.gov.quangngai.baocao.importer;

import java.util.List;
import java.util.Optional;

/** The parts of a heading line: the title before a colon, the text after the title, and the letter's closing sentence. */
final class HeadingLines {

    private HeadingLines() {
    }

    static String beforeColon(String text) {
        String stripped = text.replaceAll("[*_]", "").strip();
        int colon = stripped.indexOf(':');
        return colon < 0 ? stripped : stripped.substring(0, colon).strip();
    }

    static String contentAfterColon(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String rest = text.substring(colon + 1).strip();
        return rest.length() < 2 ? null : rest;
    }

    /** "Ban Dân tộc báo cáo để Sở Nội vụ tổng hợp./." */
    static boolean closing(String text) {
        return text.endsWith("./.") && VietnameseText.fold(text).contains("bao cao");
    }

    /**
     * The text after a heading's title, when the heading line goes on with content: the title's
     * words are matched in order (accents, case and small wording differences aside) and what
     * follows the last matched word, after a colon, is content.
     */
    static Optional<String> afterTitle(String line, String title) {
        List<String> titleWords = VietnameseText.words(title);
        String[] tokens = line.split("(?<=\\s)");
        int matched = 0;
        int cut = -1;
        int position = 0;
        int titleIndex = 0;
        for (String token : tokens) {
            position += token.length();
            List<String> words = VietnameseText.words(token);
            for (String word : words) {
                int found = titleWords.subList(titleIndex, Math.min(titleWords.size(), titleIndex + 4)).indexOf(word);
                if (found >= 0) {
                    titleIndex += found + 1;
                    matched++;
                    cut = position;
                }
            }
            if (titleIndex >= titleWords.size()) {
                break;
            }
        }
        if (titleWords.isEmpty() || matched < titleWords.size() * 0.6 || cut < 0) {
            return Optional.ofNullable(contentAfterColon(line));
        }
        String rest = line.substring(Math.min(cut, line.length())).strip();
        rest = rest.replaceFirst("^[):\\s]+", "").strip();
        return rest.length() < 2 ? Optional.empty() : Optional.of(rest);
    }
}
