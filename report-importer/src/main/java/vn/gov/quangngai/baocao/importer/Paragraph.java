package vn.gov.quangngai.baocao.importer;

import java.util.List;

/**
 * A paragraph of the source: its first line's number, its text (continuations joined), whether it
 * was styled as a heading, and, for a row of a table of figures, its cells and the table's header.
 */
record Paragraph(int line, String text, boolean heading, List<String> cells, List<String> header) {

    Paragraph(int line, String text) {
        this(line, text, false, null, null);
    }

    boolean isTableRow() {
        return cells != null;
    }
}
