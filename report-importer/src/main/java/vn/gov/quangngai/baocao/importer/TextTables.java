package vn.gov.quangngai.baocao.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.gov.quangngai.baocao.importer.VietnameseText.Token;

/** Tables in text: cells of a row (tab- or bar-separated), and whether a cell holds a number ("12", "01 lượt", "9,2 tỷ đồng"). */
final class TextTables {

    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\t+|\\s*\\|\\s*");

    private TextTables() {
    }

    static boolean isNumber(String cell) {
        List<Token> tokens = VietnameseText.tokens(cell.strip());
        if (tokens.isEmpty() || !tokens.get(0).isNumber() || tokens.size() > 4) {
            return false;
        }
        return VietnameseNumbers.at(tokens, 0).isPresent() && tokens.stream().skip(1).noneMatch(Token::isNumber);
    }

    /** The cells of a line written as a table row (at least two cells, one of them a number beside a label), or null. */
    static List<String> cells(String line) {
        if (!line.contains("\t") && !line.contains("|")) {
            return null;
        }
        List<String> cells = new ArrayList<>(Arrays.stream(CELL_SEPARATOR.split(line.strip())).map(String::strip).toList());
        cells.removeIf(String::isEmpty);
        if (cells.size() < 2) {
            return null;
        }
        boolean number = cells.stream().skip(1).anyMatch(TextTables::isNumber);
        boolean label = cells.stream().anyMatch(c -> !isNumber(c) && VietnameseText.words(c).size() >= 2);
        return number && label ? cells : null;
    }
}
