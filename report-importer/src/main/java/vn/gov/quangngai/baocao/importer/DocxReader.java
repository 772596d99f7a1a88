package vn.gov.quangngai.baocao.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The body of a .docx as lines, one per paragraph: automatic numbering written out as people see
 * it, headings marked (a heading style, or a short paragraph all in bold), a table of figures one
 * line per row with its cells, any other table (the two-column header block, the signature block)
 * cell by cell. Headers and footers, page numbers with them, are not part of the body.
 */
final class DocxReader {

    private final XWPFDocument document;
    private final DocxNumbering numbering;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<SourceLine> lines = new ArrayList<>();
    private long size;

    DocxReader(XWPFDocument document) {
        this.document = document;
        this.numbering = new DocxNumbering(document);
    }

    /** @param maxText the most characters read before the document is refused as too large */
    Optional<List<SourceLine>> read(long maxText, int maxLines) {
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                add(text(paragraph), heading(paragraph), null, null);
            } else if (element instanceof XWPFTable table) {
                table(table);
            }
            if (size > maxText || lines.size() > maxLines) {
                return Optional.empty();
            }
        }
        return Optional.of(lines);
    }

    private void add(String text, boolean heading, List<String> cells, List<String> header) {
        int number = paragraphs.size() + 1;
        paragraphs.add(text);
        size += text.length();
        if (cells != null) {
            lines.add(new SourceLine(number, nfc(text), false, cells, header));
        } else {
            for (String line : text.split("\\r?\\n|\\r|\\u000B")) {
                lines.add(new SourceLine(number, nfc(line), heading, null, null));
            }
        }
        lines.add(new SourceLine(number, ""));
    }

    private String text(XWPFParagraph paragraph) {
        String label = numbering.label(paragraph);
        String text = paragraph.getText();
        return label == null || label.isEmpty() ? text : label + " " + text;
    }

    /** A heading style ("Heading 2", "Title"), or a short paragraph whose every run of text is bold. */
    private boolean heading(XWPFParagraph paragraph) {
        String style = paragraph.getStyleID();
        if (style != null && document.getStyles() != null && document.getStyles().getStyle(style) != null) {
            String name = document.getStyles().getStyle(style).getName();
            style = name == null ? style : name;
        }
        if (style != null) {
            String folded = VietnameseText.fold(style);
            if (folded.startsWith("heading") || folded.startsWith("title") || folded.startsWith("tieu de")) {
                return true;
            }
        }
        List<XWPFRun> runs = paragraph.getRuns().stream().filter(r -> r.text() != null && !r.text().isBlank()).toList();
        return !runs.isEmpty() && runs.stream().allMatch(XWPFRun::isBold) && paragraph.getText().length() <= 200;
    }

    private void table(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(nfc(String.join(" ", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList()).strip()));
            }
            rows.add(cells);
        }
        if (!indicatorTable(rows)) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getParagraphs().forEach(p -> add(text(p), heading(p), null, null));
                }
            }
            return;
        }
        List<String> header = null;
        for (List<String> cells : rows) {
            boolean numbers = cells.stream().skip(1).anyMatch(TextTables::isNumber);
            if (!numbers && header == null) {
                header = cells;
            }
            add(String.join(" | ", cells.stream().filter(c -> !c.isEmpty()).toList()), false, cells, header == cells ? null : header);
        }
    }

    /** A table of figures: two columns or more, and a number beside a label in some row after the first. */
    private static boolean indicatorTable(List<List<String>> rows) {
        return rows.size() >= 2 && rows.stream().skip(1).anyMatch(r -> r.size() >= 2 && r.stream().skip(1).anyMatch(TextTables::isNumber)
                && r.stream().anyMatch(c -> !c.isBlank() && !TextTables.isNumber(c)));
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
