package vn.gov.quangngai.baocao.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** How the reliability harness compares an acknowledged version with the draft its client sent. */
class AcknowledgementCheckTest {

    private static final String SENT = ReportBodies.withRandomFigures(new Random(7), "Đăng ký 3 mô hình \"Dân vận khéo\".");

    @Test
    void aVersionHoldingTheSentSectionsAndFiguresIsTheSameWhateverTheServiceAddsAroundThem() {
        String stored = SENT.replaceFirst("^\\{", "{\"document\": null, \"nilReport\": false, ").replaceFirst("\"value\":(\\d+)", "\"value\":$1.0");
        assertThat(AcknowledgementCheck.difference(SENT, stored)).isNull();
    }

    @Test
    void aChangedTextAChangedFigureOrNothingStoredIsADifference() {
        assertThat(AcknowledgementCheck.difference(SENT, SENT.replace("3 mô hình", "4 mô hình"))).startsWith("sections sent");
        String figure = SENT.replaceFirst("\"value\":(\\d+)", "\"value\":1$1");
        assertThat(AcknowledgementCheck.difference(SENT, figure)).startsWith("figures sent");
        assertThat(AcknowledgementCheck.difference(SENT, null)).isEqualTo("no content stored");
    }
}
