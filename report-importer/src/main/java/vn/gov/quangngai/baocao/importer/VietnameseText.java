package vn.gov.quangngai.baocao.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese text as the importer compares it: folded (no accents, no case) where wording may
 * vary, or as syllable keys (tone mark wherever it was placed) where accents carry the meaning.
 */
final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern TOKEN = Pattern.compile("(\\d+(?:[.,]\\d+)*)|([\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*)|(\\S)");
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private VietnameseText() {
    }

    /**
     * Lower case, accents dropped, đ as d, punctuation as spaces: "Hòa", "Hoà" (either tone-mark
     * placement, NFC or NFD) all read "hoa".
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").strip();
    }

    static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /**
     * A word as a syllable key: lower case, vowel marks kept, the tone moved to the end, so that
     * "hòa" and "hoà" are one key while "hộ", "hồ" and "họ" stay three.
     */
    static String key(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        char tone = 0;
        for (char c : decomposed.toCharArray()) {
            if (TONES.indexOf(c) >= 0) {
                tone = c;
            } else {
                base.append(c);
            }
        }
        String composed = Normalizer.normalize(base, Normalizer.Form.NFC);
        return tone == 0 ? composed : composed + (TONES.indexOf(tone) + 1);
    }

    static List<String> keys(String text) {
        List<String> keys = new ArrayList<>();
        for (Token token : tokens(text)) {
            if (token.kind() != Token.Kind.PUNCT) {
                keys.add(token.key());
            }
        }
        return keys;
    }

    /** Numbers (digits with their '.' and ',' kept together), words and single punctuation marks. */
    static List<Token> tokens(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(nfc);
        int previousEnd = -1;
        while (matcher.find()) {
            boolean spaceBefore = previousEnd < 0 || matcher.start() > previousEnd;
            String raw = matcher.group();
            Token.Kind kind = matcher.group(1) != null ? Token.Kind.NUMBER : matcher.group(2) != null ? Token.Kind.WORD : Token.Kind.PUNCT;
            String folded = kind == Token.Kind.WORD ? fold(raw).replace(" ", "") : raw;
            tokens.add(new Token(kind, raw, folded, kind == Token.Kind.PUNCT ? raw : key(raw), spaceBefore));
            previousEnd = matcher.end();
        }
        return tokens;
    }

    /** One token of a sentence: its text as written, folded, as a syllable key, and whether a space came before it. */
    record Token(Kind kind, String raw, String folded, String key, boolean spaceBefore) {

        enum Kind { WORD, NUMBER, PUNCT }

        boolean isWord() {
            return kind == Kind.WORD;
        }

        boolean isNumber() {
            return kind == Kind.NUMBER;
        }

        boolean is(String punctuation) {
            return kind == Kind.PUNCT && punctuation.contains(raw);
        }
    }
}
