package vn.gov.quangngai.baocao.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftComparisonTest {

    @Test
    void onlyTheFieldsThatDifferAreSetSideBySideInTheTemplatesOrder() {
        DraftValues saved = new DraftValues(Map.of("section:II.6", "Đăng ký 01 mô hình.", "figure:II.1.people", "196878", "number", "215/BC-STC"),
                false);
        DraftValues mine = new DraftValues(Map.of("section:II.6", "Đăng ký 02 mô hình.", "figure:II.1.people", "196.878",
                "figure:II.6.models", "2", "number", "215/BC-STC "), false);

        DraftComparison comparison = DraftComparison.of(DraftValuesTest.TEMPLATE, saved, mine);

        assertThat(comparison.rows()).extracting(DraftComparison.Row::field).containsExactly("section:II.6", "figure:II.6.models");
        assertThat(comparison.rows().get(0)).isEqualTo(new DraftComparison.Row("section:II.6", "II.6. Dân vận khéo",
                "Đăng ký 01 mô hình.", "Đăng ký 02 mô hình."));
        assertThat(comparison.rows().get(1).label()).isEqualTo("Số mô hình (mô hình)");
        assertThat(comparison.rows().get(1).saved()).isEmpty();
    }

    @Test
    void theNilSwitchIsComparedToo() {
        DraftComparison comparison = DraftComparison.of(DraftValuesTest.TEMPLATE, new DraftValues(Map.of(), false), new DraftValues(Map.of(), true));

        assertThat(comparison.rows()).singleElement().satisfies(row -> {
            assertThat(row.saved()).isEqualTo("Không");
            assertThat(row.mine()).isEqualTo("Có");
        });
    }

    @Test
    void equalDraftsHaveNoRows() {
        DraftValues same = new DraftValues(Map.of("section:I", "x"), false);

        assertThat(DraftComparison.of(DraftValuesTest.TEMPLATE, same, same).same()).isTrue();
    }
}
