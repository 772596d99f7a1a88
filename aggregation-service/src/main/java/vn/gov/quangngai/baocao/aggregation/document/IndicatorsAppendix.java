package vn.gov.quangngai.baocao.aggregation.document;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.gov.quangngai.baocao.aggregation.summary.Summary;

/**
 * "Phụ lục": the consolidated figures, one line per figure with its total, then one line per
 * agency that gave a value, with the report version it came from.
 */
final class IndicatorsAppendix {

    static final String TITLE = "Phụ lục";
    static final String[] HEADINGS = {"STT", "Chỉ tiêu / cơ quan, đơn vị", "Đơn vị tính", "Số liệu", "Nguồn"};

    private final XWPFDocument document;

    IndicatorsAppendix(XWPFDocument document) {
        this.document = document;
    }

    void write(Summary summary) {
        XWPFParagraph title = Docx.paragraph(document, ParagraphAlignment.CENTER);
        title.createRun().addBreak(BreakType.PAGE);
        Docx.run(title, TITLE, 14, true, false);
        Docx.run(Docx.paragraph(document, ParagraphAlignment.CENTER), "SỐ LIỆU TỔNG HỢP", 14, true, false);
        Docx.run(Docx.paragraph(document, ParagraphAlignment.CENTER), "(Kèm theo Báo cáo của Sở Nội vụ)", 13, false, true);

        XWPFTable table = Docx.fixedColumns(document.createTable(1, HEADINGS.length), 0.08, 0.40, 0.12, 0.19, 0.21);
        for (int i = 0; i < HEADINGS.length; i++) {
            Docx.run(Docx.line(table.getRow(0).getCell(i), true, ParagraphAlignment.CENTER), HEADINGS[i], 12, true, false);
        }
        int number = 0;
        for (Summary.IndicatorTotal indicator : summary.indicators()) {
            number++;
            row(table, String.valueOf(number), indicator.label(), indicator.unit(), total(indicator),
                    "Tổng hợp " + indicator.reportedBy() + " cơ quan, đơn vị", true);
            for (Summary.AgencyValue value : indicator.byAgency()) {
                row(table, "", "- " + value.agencyName(), "", VietnameseFormat.format(value.value()),
                        "phiên bản " + value.version(), false);
            }
        }
    }

    private static String total(Summary.IndicatorTotal indicator) {
        if ("NONE".equals(indicator.aggregation())) {
            return "";
        }
        return VietnameseFormat.format(indicator.total());
    }

    /**
     * Appends a row of five cells. Built from the row's XML element directly: POI's
     * {@code XWPFTable.createRow} counts the table's rows on every call, which made a 30,000-row
     * appendix quadratic (the profile in docs/benchmarks.md).
     */
    private static void row(XWPFTable table, String number, String label, String unit, String value, String source, boolean bold) {
        XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
        String[] cells = {number, label, unit == null ? "" : unit, value, source};
        ParagraphAlignment[] alignments = {ParagraphAlignment.CENTER, ParagraphAlignment.LEFT, ParagraphAlignment.CENTER,
                ParagraphAlignment.RIGHT, ParagraphAlignment.LEFT};
        for (int i = 0; i < cells.length; i++) {
            Docx.run(Docx.line(row.createCell(), true, alignments[i]), cells[i], 12, bold && i < 4, false);
        }
    }
}
