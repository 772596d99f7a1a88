package vn.gov.quangngai.baocao.support.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;

/**
 * Values for the fuzzers drawn from a seeded {@link Random}, one time in four an edge value of
 * their type (empty, 0, ±1, the type's extremes, NUL, unpaired surrogates, a very long text):
 * the values where checks are most often wrong, which a uniform draw would seldom reach.
 */
final class EdgeValues {

    /** How often (one in this many draws) a value is an edge value rather than an ordinary one. */
    private static final int EDGE_ONE_IN = 4;
    private static final List<Long> EDGE_LONGS = List.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
            (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L, 9_007_199_254_740_993L);
    private static final List<BigDecimal> EDGE_DECIMALS = List.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE.negate(), new BigDecimal("0.00000"),
            new BigDecimal("-0.0"), new BigDecimal(Long.MAX_VALUE).add(BigDecimal.ONE), new BigDecimal(Long.MIN_VALUE).subtract(BigDecimal.ONE),
            BigDecimal.valueOf(Double.MAX_VALUE), BigDecimal.valueOf(Double.MIN_VALUE), new BigDecimal("1e-400"), new BigDecimal("9.99999"));
    /** Characters at the edges of what a text may hold: NUL, the last code unit, both halves of a surrogate pair alone, a byte-order mark, controls. */
    private static final char[] EDGE_CHARS = {'\u0000', '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', '\ufeff', '\ufffd', '\u007f', '\u0085',
            '\u2028', '\u200f', '\u0301', ' ', '"', '\\', '/', '%', '\n', '\r'};
    private static final List<String> EDGE_TEXTS = List.of("", " ", "\u0000", "\ud800", "\udc00", "\udc00\ud800", "\ud83d\ude00", "null", "0", "-1",
            "\u0000".repeat(40), " \t\n");

    private final Random random;

    EdgeValues(Random random) {
        this.random = random;
    }

    private boolean edge() {
        return random.nextInt(EDGE_ONE_IN) == 0;
    }

    long nextLong() {
        return edge() ? EDGE_LONGS.get(random.nextInt(EDGE_LONGS.size())) : random.nextLong() >> random.nextInt(64);
    }

    /** A decimal with up to {@code maxScale} digits after the point. */
    BigDecimal nextDecimal(int maxScale) {
        if (edge()) {
            return EDGE_DECIMALS.get(random.nextInt(EDGE_DECIMALS.size()));
        }
        return new BigDecimal(BigInteger.valueOf(random.nextLong() >> random.nextInt(64)), random.nextInt(maxScale + 1));
    }

    /** A text of any UTF-16 code units (surrogates alone among them), at most {@code maxLength} long, or now and then far longer. */
    String nextText(int maxLength) {
        if (edge()) {
            int pick = random.nextInt(EDGE_TEXTS.size() + 1);
            return pick < EDGE_TEXTS.size() ? EDGE_TEXTS.get(pick) : "x".repeat(5_000 + random.nextInt(5_000));
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = random.nextInt(maxLength + 1); i < n; i++) {
            text.append(switch (random.nextInt(4)) {
                case 0 -> EDGE_CHARS[random.nextInt(EDGE_CHARS.length)];
                case 1 -> (char) (0x20 + random.nextInt(0x5f));
                default -> (char) random.nextInt(Character.MAX_VALUE + 1);
            });
        }
        return text.toString();
    }

    /** A short text of control characters (C0, DEL, NEL, the line separator, a byte-order mark). */
    String nextControlText(int maxLength) {
        char[] others = {'\u007f', '\u0085', '\u2028', '\ufeff'};
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = random.nextInt(maxLength + 1); i < n; i++) {
            int pick = random.nextInt(0x1f + others.length);
            text.append(pick < 0x1f ? (char) (pick + 1) : others[pick - 0x1f]);
        }
        return text.toString();
    }

    /** Up to {@code maxWords} of these, joined by spaces. */
    String nextWords(List<String> words, int maxWords) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = random.nextInt(maxWords + 1); i < n; i++) {
            text.append(i > 0 ? " " : "").append(words.get(random.nextInt(words.size())));
        }
        return text.toString();
    }
}
