package vn.gov.quangngai.baocao.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Uploaded documents read as agencies write them, and refused when they cannot or must not be read. */
class LegacyDocumentReadersTest {

    private static List<String> texts(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::text).filter(t -> !t.isBlank()).toList();
    }

    @Test
    void wordsAutomaticNumberingIsReadAsTheNumbersPeopleSee() {
        byte[] docx = CorpusDocx.build("""
                #1 CÔNG TÁC LÃNH ĐẠO
                Nội dung.
                #1 KẾT QUẢ THỰC HIỆN
                #2 Thực hiện mục tiêu kép
                #- Một ý gạch đầu dòng.
                #2 Cải cách hành chính
                #1 ĐÁNH GIÁ CHUNG
                #2 Ưu điểm
                """);

        assertThat(texts(LegacyDocumentReaders.docx(docx))).containsExactly("I. CÔNG TÁC LÃNH ĐẠO", "Nội dung.", "II. KẾT QUẢ THỰC HIỆN",
                "1. Thực hiện mục tiêu kép", "- Một ý gạch đầu dòng.", "2. Cải cách hành chính", "III. ĐÁNH GIÁ CHUNG", "1. Ưu điểm");
    }

    @Test
    void headersFootersAndPageNumbersAreNotPartOfTheText() {
        byte[] docx = CorpusDocx.build("""
                @header Sở Y tế - Báo cáo năm 2021
                @footer Trang {PAGE}
                Nội dung báo cáo.
                """);
        List<SourceLine> text = LegacyDocumentReaders.text("Nội dung trang một.\n\n- 2 -\n\nNội dung trang hai.\nTrang 3\n".getBytes(StandardCharsets.UTF_8));

        assertThat(texts(LegacyDocumentReaders.docx(docx))).containsExactly("Nội dung báo cáo.");
        assertThat(texts(text)).containsExactly("Nội dung trang một.", "Nội dung trang hai.");
    }

    @Test
    void aTableOfIndicatorsIsReadRowByRowAndALayoutTableCellByCell() {
        byte[] docx = CorpusDocx.build("""
                [[
                SỞ Y TẾ
                Số: 3318/BC-SYT
                ||
                Quảng Ngãi, ngày 22 tháng 11 năm 2021
                ]]
                | STT | Nội dung | Đơn vị tính | Số lượng |
                | 1 | Số lượt tiếp công dân định kỳ | Lượt | 12 |
                """);
        List<SourceLine> lines = LegacyDocumentReaders.docx(docx);

        assertThat(texts(lines)).startsWith("SỞ Y TẾ", "Số: 3318/BC-SYT", "Quảng Ngãi, ngày 22 tháng 11 năm 2021");
        assertThat(lines).filteredOn(l -> l.cells() != null).last().satisfies(row -> {
            assertThat(row.cells()).containsExactly("1", "Số lượt tiếp công dân định kỳ", "Lượt", "12");
            assertThat(row.header()).containsExactly("STT", "Nội dung", "Đơn vị tính", "Số lượng");
        });
    }

    @Test
    void aTableInTextIsReadAsCells() {
        List<SourceLine> lines = LegacyDocumentReaders.text("Nội dung\tSố lượng\nBan Thanh tra nhân dân\t15\n".getBytes(StandardCharsets.UTF_8));

        assertThat(lines.get(1).cells()).containsExactly("Ban Thanh tra nhân dân", "15");
        assertThat(lines.get(1).header()).containsExactly("Nội dung", "Số lượng");
    }

    @Test
    void anOldWordFileIsRefusedAsOldWordWhateverItIsSentAs() {
        byte[] doc = Uploads.oldWord();

        for (ImportRefusal refused : List.of(refusal(() -> LegacyDocumentReaders.docx(doc)), refusal(() -> LegacyDocumentReaders.text(doc)))) {
            assertThat(refused.reason()).isEqualTo(ImportRefusal.Reason.OLD_WORD);
        }
    }

    @Test
    void aDocxOfManyPartsEachUnderThePartLimitButTooLargeTogetherIsRefusedBeforeItIsOpened() throws IOException {
        byte[] parts = Uploads.manyParts(12, 4 * 1024 * 1024);

        assertThatThrownBy(() -> LegacyDocumentReaders.docx(parts)).isInstanceOfSatisfying(ImportRefusal.class, e -> {
            assertThat(e.reason()).isEqualTo(ImportRefusal.Reason.DOCX_TOO_LARGE);
            assertThat(e.args()).containsExactly(40L, 1_000);
        });
        assertThat(parts.length).isLessThan(2 * 1024 * 1024);
    }

    private static ImportRefusal refusal(Runnable reading) {
        try {
            reading.run();
        } catch (ImportRefusal e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
