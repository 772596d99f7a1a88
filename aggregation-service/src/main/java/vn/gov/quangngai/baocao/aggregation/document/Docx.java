package vn.gov.quangngai.baocao.aggregation.document;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The few typographic moves of the state format (Nghị định 30/2020/NĐ-CP), over Apache POI:
 * A4 with its margins, Times New Roman, paragraphs and borderless tables. Text always goes in as
 * text (a run's value), never as markup or field codes.
 */
final class Docx {

    static final String FONT = "Times New Roman";
    static final int BODY_SIZE = 14;
    static final String BODY_STYLE = "BaoCaoNoiDung";
    private static final int TWIPS_PER_MM = 567; // per 10 mm
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private Docx() {
    }

    /**
     * Document-wide defaults: Times New Roman 14 pt, no space after paragraphs. Runs and
     * paragraphs then carry only what differs, which keeps a document with thousands of table
     * cells small in memory (every property is an object in POI's XML tree).
     */
    static void defaults(XWPFDocument document) {
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles styles =
                org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
        var defaults = styles.addNewDocDefaults();
        var run = defaults.addNewRPrDefault().addNewRPr();
        var fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        run.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        var body = styles.addNewStyle();
        body.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
        body.setStyleId(BODY_STYLE);
        body.addNewName().setVal("Nội dung báo cáo");
        var bodyParagraph = body.addNewPPr();
        bodyParagraph.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.BOTH);
        bodyParagraph.addNewInd().setFirstLine(BigInteger.valueOf(TWIPS_PER_MM));
        bodyParagraph.addNewSpacing().setAfter(BigInteger.valueOf(120));
        document.createStyles().setStyles(styles);
    }

    /** A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm. */
    static void a4(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20 * TWIPS_PER_MM / 10));
        margins.setBottom(BigInteger.valueOf(20 * TWIPS_PER_MM / 10));
        margins.setLeft(BigInteger.valueOf(30 * TWIPS_PER_MM / 10));
        margins.setRight(BigInteger.valueOf(15 * TWIPS_PER_MM / 10));
    }

    static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(120);
        return paragraph;
    }

    /** A body paragraph: justified, first line indented 1 cm, as the state format wants (one style reference). */
    static XWPFParagraph body(XWPFDocument document) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(BODY_STYLE);
        return paragraph;
    }

    /** A run of text; only what differs from the defaults (size, bold, italic) is set on it. */
    static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        XWPFRun run = paragraph.createRun();
        if (size != BODY_SIZE) {
            run.getCTR().addNewRPr().addNewSz().setVal(BigInteger.valueOf(size * 2L));
        }
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        run.setText(clean(text));
        return run;
    }

    /** A cell's paragraph (the first one, then new ones), centred or not. */
    static XWPFParagraph line(XWPFTableCell cell, boolean first, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        if (alignment != ParagraphAlignment.LEFT) {
            paragraph.setAlignment(alignment);
        }
        return paragraph;
    }

    /** The width between the margins of an A4 page, in twips. */
    static final int TEXT_WIDTH = 11906 - 30 * TWIPS_PER_MM / 10 - 15 * TWIPS_PER_MM / 10;

    /** A borderless table of one row whose columns take these shares of the text width, fixed (Word and LibreOffice alike). */
    static XWPFTable layout(XWPFDocument document, double... shares) {
        XWPFTable table = document.createTable(1, shares.length);
        noBorders(table);
        return fixedColumns(table, shares);
    }

    /** Fixes the table's columns to these shares of the text width. */
    static XWPFTable fixedColumns(XWPFTable table, double... shares) {
        table.setWidth(String.valueOf(TEXT_WIDTH));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int i = 0; i < shares.length; i++) {
            int width = (int) Math.round(TEXT_WIDTH * shares[i]);
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
            table.getRow(0).getCell(i).setWidth(String.valueOf(width));
        }
        return table;
    }

    static void noBorders(XWPFTable table) {
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    }

    /** Text as Word may hold it: characters XML cannot carry are dropped. */
    static String clean(String text) {
        return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
    }
}
