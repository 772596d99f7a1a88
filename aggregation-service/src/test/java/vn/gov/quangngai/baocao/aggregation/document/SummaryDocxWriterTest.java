package vn.gov.quangngai.baocao.aggregation.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.aggregation.summary.Template;
import vn.gov.quangngai.baocao.aggregation.summary.RoundHeader;
import vn.gov.quangngai.baocao.aggregation.summary.Summary;

/** Opens the generated document with the same library and reads back what SNV will see. */
class SummaryDocxWriterTest {

    static final RoundHeader ROUND = new RoundHeader("DVCQ-2021",
            "Báo cáo kết quả công tác dân vận chính quyền năm 2021", "2454/SNV-XDCQ", LocalDate.of(2021, 10, 29),
            "Sở Nội vụ tỉnh Quảng Ngãi", "YEAR", 2021, null, OffsetDateTime.parse("2021-11-15T23:59:59+07:00"), "OPEN",
            new Template(List.of()));

    static final String INJECTION = "Văn bản có ký tự đặc biệt <w:p>&amp; { MERGEFIELD Ten } \u0007 và \"ngoặc kép\"";

    /** A contribution of some 150,000 characters, varied enough not to look like a zip bomb when read back. */
    static final String LONG_TEXT = java.util.stream.IntStream.range(0, 4000)
            .mapToObj(i -> "Nội dung thứ " + i + " của báo cáo, mã " + Integer.toHexString(i * 7919) + ".")
            .collect(Collectors.joining(" "));

    static Summary summary() {
        return new Summary("DVCQ-2021", ROUND.title(), OffsetDateTime.parse("2021-11-20T09:00:00+07:00"), "submitted",
                new Summary.Completeness(4, 2, 1, 0, 0, List.of(new Summary.AgencyRef("STC", "Sở Tài chính")),
                        List.of(new Summary.AgencyRef("MINHLONG", "UBND huyện Minh Long"), new Summary.AgencyRef("TPQN", "UBND thành phố Quảng Ngãi"))),
                List.of(new Summary.IndicatorTotal("II.1.support_money", "Kinh phí hỗ trợ đồng bào", "đồng", "SUM", new BigDecimal("9000000000"), 1,
                                List.of(new Summary.AgencyValue("BDT", "Ban Dân tộc", new BigDecimal("9000000000"), 1))),
                        new Summary.IndicatorTotal("II.6.models", "Số mô hình \"Dân vận khéo\"", "mô hình", "SUM", new BigDecimal("3"), 2,
                                List.of(new Summary.AgencyValue("BDT", "Ban Dân tộc", new BigDecimal("1"), 1),
                                        new Summary.AgencyValue("STC", "Sở Tài chính", new BigDecimal("2"), 2)))),
                List.of(new Summary.SectionCompilation("I", "Công tác lãnh đạo, chỉ đạo triển khai", List.of(
                                new Summary.Contribution("BDT", "Ban Dân tộc", 1, "Ban hành Kế hoạch số 150/KH-BDT.\nTriển khai đến công chức."))),
                        new Summary.SectionCompilation("II.5", "Phối hợp với Mặt trận Tổ quốc", List.of()),
                        new Summary.SectionCompilation("II.6", "Mô hình \"Dân vận khéo\"", List.of(
                                new Summary.Contribution("BDT", "Ban Dân tộc", 1, "Đăng ký 01 mô hình."),
                                new Summary.Contribution("STC", "Sở Tài chính", 2, INJECTION + "\n" + LONG_TEXT)))),
                List.of(new Summary.VersionRef("BDT", 1), new Summary.VersionRef("STC", 2)));
    }

    static DocumentConfig config() {
        return new DocumentConfig() {
            public String governingBody() { return "UBND TỈNH QUẢNG NGÃI"; }
            public String issuer() { return "SỞ NỘI VỤ"; }
            public String symbol() { return "BC-SNV"; }
            public String place() { return "Quảng Ngãi"; }
            public Signer signer() {
                return new Signer() {
                    public String delegation() { return "KT. GIÁM ĐỐC"; }
                    public String title() { return "PHÓ GIÁM ĐỐC"; }
                    public String name() { return "…"; }
                };
            }
            public List<String> recipients() { return List.of("UBND tỉnh (b/c)", "Lưu: VT, XDCQ"); }
        };
    }

    @Test
    void theDocumentReadsBackInTheStateFormat() throws IOException {
        byte[] bytes = new SummaryDocxWriter(config()).write(ROUND, summary());

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFTable header = document.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("UBND TỈNH QUẢNG NGÃI", "SỞ NỘI VỤ", "/BC-SNV");
            assertThat(header.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Ngãi, ngày");
            XWPFParagraph place = header.getRow(0).getCell(1).getParagraphs().get(2);
            assertThat(place.getRuns().get(0).isItalic()).isTrue();
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");

            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("BÁO CÁO", "Kết quả công tác dân vận chính quyền năm 2021");
            assertThat(paragraphs).anyMatch(p -> p.contains("Công văn số 2454/SNV-XDCQ ngày 29/10/2021"));
            assertThat(paragraphs.stream().filter(p -> p.matches("^(I|II\\.5|II\\.6)\\. .*")).toList())
                    .containsExactly("I. Công tác lãnh đạo, chỉ đạo triển khai", "II.5. Phối hợp với Mặt trận Tổ quốc", "II.6. Mô hình \"Dân vận khéo\"");
            assertThat(textBetween(paragraphs, "I. ", "II.5. ")).contains("Ban Dân tộc: Ban hành Kế hoạch số 150/KH-BDT.").doesNotContain("Sở Tài chính");
            assertThat(textBetween(paragraphs, "II.5. ", "II.6. ")).contains(SummaryDocxWriter.NOTHING_REPORTED);
            assertThat(textBetween(paragraphs, "II.6. ", "Tình hình gửi báo cáo")).contains("Ban Dân tộc: Đăng ký 01 mô hình.", "Sở Tài chính: ");
            assertThat(String.join("\n", paragraphs)).as("agency text stays text").contains(INJECTION.replace("\u0007", ""));
            assertThat(paragraphs).anyMatch(p -> p.equals("Chưa gửi báo cáo: UBND huyện Minh Long, UBND thành phố Quảng Ngãi."));
            assertThat(paragraphs).anyMatch(p -> p.equals("Gửi báo cáo chậm so với thời hạn: Sở Tài chính."));

            XWPFTable signature = document.getTables().get(1);
            assertThat(signature.getRow(0).getCell(0).getText()).startsWith("Nơi nhận:").contains("- UBND tỉnh (b/c);", "- Lưu: VT, XDCQ.");
            assertThat(signature.getRow(0).getCell(1).getText()).contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");

            XWPFTable indicators = document.getTables().get(2);
            assertThat(rowTexts(indicators, 1)).containsExactly("1", "Kinh phí hỗ trợ đồng bào", "đồng", "9.000.000.000", "Tổng hợp 1 cơ quan, đơn vị");
            assertThat(rowTexts(indicators, 2)).containsExactly("", "- Ban Dân tộc", "", "9.000.000.000", "phiên bản 1");
            assertThat(rowTexts(indicators, 3)).containsExactly("2", "Số mô hình \"Dân vận khéo\"", "mô hình", "3", "Tổng hợp 2 cơ quan, đơn vị");
            assertThat(rowTexts(indicators, 5)).containsExactly("", "- Sở Tài chính", "", "2", "phiên bản 2");
        }
    }

    @Test
    void noFieldCodesOrForeignMarkupEndUpInTheDocumentXml() throws IOException {
        byte[] bytes = new SummaryDocxWriter(config()).write(ROUND, summary());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String xml = document.getDocument().xmlText();
            assertThat(xml).doesNotContain("<w:fldSimple", "<w:instrText", "<w:p>&amp;");
            assertThat(xml).contains("&lt;w:p>&amp;amp;");
        }
    }

    private static String textBetween(List<String> paragraphs, String fromPrefix, String toPrefix) {
        int from = indexStarting(paragraphs, fromPrefix);
        int to = indexStarting(paragraphs, toPrefix);
        return String.join("\n", paragraphs.subList(from, to));
    }

    private static int indexStarting(List<String> paragraphs, String prefix) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starts with " + prefix);
    }

    private static List<String> rowTexts(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(c -> c.getText().strip()).collect(Collectors.toList());
    }

}
