package vn.gov.quangngai.baocao.importer;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Word's automatic list numbering (numbering.xml) as the numbers people see: "I.", "1.", "a)",
 * counted through the document in order, deeper levels restarting under a new higher item, and a
 * bullet as "-". The numbering may come from the paragraph or from its style ("Heading 1").
 */
final class DocxNumbering {

    private static final Pattern LEVEL_REFERENCE = Pattern.compile("%(\\d)");
    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> started = new HashSet<>();

    DocxNumbering(XWPFDocument document) {
        this.numbering = document.getNumbering();
        this.styles = document.getStyles();
    }

    /** The label Word shows before the paragraph ("II.", "3.", "-"), or null when it has none. */
    String label(XWPFParagraph paragraph) {
        if (numbering == null) {
            return null;
        }
        CTNumPr numPr = numPr(paragraph);
        if (numPr == null || numPr.getNumId() == null || numPr.getNumId().getVal() == null || numPr.getNumId().getVal().signum() == 0) {
            return null;
        }
        BigInteger numId = numPr.getNumId().getVal();
        int ilvl = numPr.getIlvl() == null || numPr.getIlvl().getVal() == null ? 0 : Math.min(LEVELS - 1, numPr.getIlvl().getVal().intValue());
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return null;
        }
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl level : abstractNum.getCTAbstractNum().getLvlArray()) {
            if (level.getIlvl() != null && level.getIlvl().intValue() < LEVELS) {
                levels[level.getIlvl().intValue()] = level;
            }
        }
        int[] count = counters.computeIfAbsent(abstractId, id -> new int[LEVELS]);
        if (started.add(numId)) {
            for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
                if (override.getStartOverride() != null && override.getIlvl() != null && override.getIlvl().intValue() < LEVELS) {
                    count[override.getIlvl().intValue()] = override.getStartOverride().getVal().intValue() - 1;
                }
            }
        }
        CTLvl level = levels[ilvl];
        if (level == null) {
            return null;
        }
        count[ilvl] = count[ilvl] == 0 ? start(level) : count[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        String format = level.getNumFmt() == null ? "decimal" : level.getNumFmt().getVal().toString();
        if (format.equals("bullet")) {
            return "-";
        }
        String text = level.getLvlText() == null || level.getLvlText().getVal() == null ? "%" + (ilvl + 1) + "." : level.getLvlText().getVal();
        Matcher reference = LEVEL_REFERENCE.matcher(text);
        StringBuilder label = new StringBuilder();
        while (reference.find()) {
            int referenced = Integer.parseInt(reference.group(1)) - 1;
            CTLvl referencedLevel = referenced >= 0 && referenced < LEVELS ? levels[referenced] : null;
            String referencedFormat = referencedLevel == null || referencedLevel.getNumFmt() == null ? "decimal"
                    : referencedLevel.getNumFmt().getVal().toString();
            int value = referenced >= 0 && referenced < LEVELS ? Math.max(count[referenced], referencedLevel == null ? 1 : start(referencedLevel)) : 0;
            reference.appendReplacement(label, Matcher.quoteReplacement(format(value, referencedFormat)));
        }
        reference.appendTail(label);
        return label.toString().strip();
    }

    private static int start(CTLvl level) {
        return level.getStart() == null || level.getStart().getVal() == null ? 1 : level.getStart().getVal().intValue();
    }

    private CTNumPr numPr(XWPFParagraph paragraph) {
        CTPPr pPr = paragraph.getCTP().getPPr();
        if (pPr != null && pPr.getNumPr() != null) {
            return pPr.getNumPr();
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && styles != null && depth < 10; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return null;
            }
            if (style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getNumPr() != null) {
                return style.getCTStyle().getPPr().getNumPr();
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    static String format(int value, String format) {
        return switch (format) {
            case "upperRoman" -> roman(value);
            case "lowerRoman" -> roman(value).toLowerCase();
            case "upperLetter" -> letter(value).toUpperCase();
            case "lowerLetter" -> letter(value);
            case "decimalZero" -> value < 10 ? "0" + value : Integer.toString(value);
            default -> Integer.toString(value);
        };
    }

    private static String roman(int value) {
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                roman.append(symbols[i]);
                rest -= values[i];
            }
        }
        return roman.toString();
    }

    private static String letter(int value) {
        return value < 1 ? "" : Character.toString('a' + (value - 1) % 26);
    }
}
