package vn.gov.quangngai.baocao.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds a .docx as agencies write them from a line-based description: {@code #1}/{@code #2}
 * paragraphs numbered by Word (Roman, then decimal, in numbering.xml), {@code #-} bulleted,
 * {@code !H} in a heading style, {@code !B} in bold, {@code | a | b |} rows of a table,
 * {@code [[ … || … ]]} a two-column layout table (header block, signature), {@code @header} and
 * {@code @footer} with {@code {PAGE}} as a page-number field, {@code @pagebreak}.
 */
final class CorpusDocx {

    private final XWPFDocument document = new XWPFDocument();
    private BigInteger outline;
    private BigInteger bullets;

    private CorpusDocx() {
    }

    static byte[] build(String description) {
        return new CorpusDocx().write(description);
    }

    private byte[] write(String description) {
        numbering();
        styles();
        List<String> lines = List.of(description.split("\n"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("|")) {
                List<List<String>> rows = new ArrayList<>();
                for (; i < lines.size() && lines.get(i).strip().startsWith("|"); i++) {
                    String row = lines.get(i).strip();
                    rows.add(List.of(row.substring(1, row.length() - 1).split("\\|")).stream().map(String::strip).toList());
                }
                i--;
                table(rows);
            } else if (line.equals("[[")) {
                List<String> left = new ArrayList<>();
                List<String> right = new ArrayList<>();
                List<String> cell = left;
                for (i++; !lines.get(i).strip().equals("]]"); i++) {
                    if (lines.get(i).strip().equals("||")) {
                        cell = right;
                    } else {
                        cell.add(lines.get(i).strip());
                    }
                }
                layout(left, right);
            } else {
                paragraph(line);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void paragraph(String line) {
        if (line.startsWith("@header ")) {
            document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(line.substring(8));
            return;
        }
        if (line.startsWith("@footer ")) {
            XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            String[] parts = line.substring(8).split("\\{PAGE}", -1);
            footer.createRun().setText(parts[0]);
            CTSimpleField page = footer.getCTP().addNewFldSimple();
            page.setInstr("PAGE \\* MERGEFORMAT");
            page.addNewR().addNewT().setStringValue("1");
            if (parts.length > 1) {
                footer.createRun().setText(parts[1]);
            }
            return;
        }
        if (line.equals("@pagebreak")) {
            document.createParagraph().createRun().addBreak(BreakType.PAGE);
            return;
        }
        XWPFParagraph paragraph = document.createParagraph();
        String text = line;
        if (line.startsWith("#1 ") || line.startsWith("#2 ")) {
            paragraph.setNumID(outline);
            paragraph.setNumILvl(BigInteger.valueOf(line.charAt(1) - '1'));
            text = line.substring(3);
        } else if (line.startsWith("#- ")) {
            paragraph.setNumID(bullets);
            paragraph.setNumILvl(BigInteger.ZERO);
            text = line.substring(3);
        } else if (line.startsWith("!H ")) {
            paragraph.setStyle("Heading2");
            text = line.substring(3);
        }
        boolean bold = line.startsWith("!B ") || line.startsWith("#1 ");
        if (line.startsWith("!B ")) {
            text = line.substring(3);
        }
        paragraph.createRun().setText(text);
        paragraph.getRuns().get(0).setBold(bold);
    }

    private void table(List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                table.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
        }
    }

    private void layout(List<String> left, List<String> right) {
        XWPFTable table = document.createTable(1, 2);
        fill(table.getRow(0).getCell(0), left);
        fill(table.getRow(0).getCell(1), right);
    }

    private static void fill(XWPFTableCell cell, List<String> lines) {
        cell.getParagraphs().get(0).createRun().setText(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            cell.addParagraph().createRun().setText(line);
        }
    }

    /** numbering.xml: one list "I." then "1.", one bullet list. */
    private void numbering() {
        XWPFNumbering numbering = document.createNumbering();
        CTAbstractNum outlineList = CTAbstractNum.Factory.newInstance();
        outlineList.setAbstractNumId(BigInteger.ONE);
        level(outlineList, 0, STNumberFormat.UPPER_ROMAN, "%1.");
        level(outlineList, 1, STNumberFormat.DECIMAL, "%2.");
        outline = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(outlineList)));
        CTAbstractNum bulletList = CTAbstractNum.Factory.newInstance();
        bulletList.setAbstractNumId(BigInteger.TWO);
        level(bulletList, 0, STNumberFormat.BULLET, "–");
        bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(bulletList)));
    }

    private static void level(CTAbstractNum list, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl level = list.addNewLvl();
        level.setIlvl(BigInteger.valueOf(ilvl));
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
    }

    private void styles() {
        XWPFStyles styles = document.createStyles();
        CTStyle heading = CTStyle.Factory.newInstance();
        heading.setStyleId("Heading2");
        heading.setType(STStyleType.PARAGRAPH);
        heading.addNewName().setVal("heading 2");
        styles.addStyle(new XWPFStyle(heading));
    }
}
