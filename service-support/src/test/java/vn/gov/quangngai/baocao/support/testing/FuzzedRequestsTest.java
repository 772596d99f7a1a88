package vn.gov.quangngai.baocao.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fuzzers' generators: the same seed draws the same cases again, and the draws reach the edge values they are biased to. */
class FuzzedRequestsTest {

    private static final List<String> SEEDS = List.of("{\"sections\": [{\"key\": \"I\", \"text\": \"Báo cáo.\"}], \"indicators\": [{\"code\": \"I.count\", \"value\": 12}]}",
            "code,name\nBDT,Ban Dân tộc\n");

    @Test
    void theSameSeedDrawsTheSameCasesAndAnotherSeedOthers() {
        List<String> first = draw(20_261_130L, 500);
        assertThat(draw(20_261_130L, 500)).isEqualTo(first);
        assertThat(draw(20_261_131L, 500)).isNotEqualTo(first);
    }

    @Test
    void longsReachZeroOneAndTheExtremes() {
        EdgeValues values = new EdgeValues(new Random(1));
        Set<Long> drawn = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            drawn.add(values.nextLong());
        }
        assertThat(drawn).contains(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE);
    }

    @Test
    void decimalsReachZeroAndBeyondALongAndADouble() {
        EdgeValues values = new EdgeValues(new Random(2));
        List<BigDecimal> drawn = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            drawn.add(values.nextDecimal(5));
        }
        assertThat(drawn).anyMatch(d -> d.signum() == 0).anyMatch(d -> d.compareTo(new BigDecimal(Long.MAX_VALUE)) > 0)
                .anyMatch(d -> d.signum() > 0 && d.compareTo(BigDecimal.valueOf(Double.MIN_VALUE)) < 0).anyMatch(d -> d.scale() > 0);
    }

    @Test
    void textsReachEmptyNulUnpairedSurrogatesAndVeryLongOnes() {
        EdgeValues values = new EdgeValues(new Random(3));
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            drawn.add(values.nextText(40));
        }
        assertThat(drawn).contains("").anyMatch(text -> text.indexOf('\u0000') >= 0).anyMatch(text -> text.length() >= 5_000)
                .anyMatch(FuzzedRequestsTest::hasUnpairedSurrogate).allMatch(text -> text.length() <= 40 || text.length() >= 5_000);
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> draw(long seed, int cases) {
        FuzzedRequests generator = new FuzzedRequests(seed, SEEDS);
        List<String> drawn = new ArrayList<>();
        for (int number = 0; number < cases; number++) {
            FuzzedRequests.Case generated = generator.next(number);
            drawn.add(generated.kind() + " " + generated.query() + " " + generated.headers() + " " + java.util.Arrays.hashCode(generated.body()));
        }
        return drawn;
    }
}
