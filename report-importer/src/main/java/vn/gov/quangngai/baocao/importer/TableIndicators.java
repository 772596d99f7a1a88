package vn.gov.quangngai.baocao.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.gov.quangngai.baocao.importer.VietnameseText.Token;

/**
 * Reads a row of a table of figures ("STT | Nội dung | Đơn vị tính | Số lượng") as a number with
 * its label: the ordinal and unit columns set aside, the one value column (or the one whose header
 * says it holds the results) read as the number, the label's words as its phrase.
 */
final class TableIndicators {

    private static final Pattern ORDINAL = Pattern.compile("(?i)\\s*(\\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]?\\s*");
    private static final List<String> RESULT_HEADERS = List.of("so luong", "ket qua", "thuc hien", "so lieu", "tong so", "gia tri", "nam 20");
    private static final List<String> UNIT_HEADERS = List.of("don vi tinh", "dvt", "don vi");

    private TableIndicators() {
    }

    /** The row's number as a mention, or empty when the row has no single value. */
    static Optional<Mention> read(Paragraph row) {
        List<String> cells = row.cells();
        List<String> header = row.header() == null ? List.of() : row.header();
        List<Integer> values = new ArrayList<>();
        int unitColumn = -1;
        List<String> label = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).strip();
            String heading = c < header.size() ? VietnameseText.fold(header.get(c)) : "";
            if (cell.isEmpty() || c == 0 && ORDINAL.matcher(cell).matches() && cells.size() > 2) {
                continue;
            }
            if (UNIT_HEADERS.stream().anyMatch(heading::startsWith)) {
                unitColumn = c;
            } else if (numberIn(cell).isPresent()) {
                values.add(c);
            } else {
                label.add(cell);
            }
        }
        if (label.isEmpty() || values.isEmpty()) {
            return Optional.empty();
        }
        int column = values.get(0);
        if (values.size() > 1) {
            List<Integer> results = values.stream().filter(c -> c < header.size()
                    && RESULT_HEADERS.stream().anyMatch(h -> VietnameseText.fold(header.get(c)).contains(h))).toList();
            if (results.size() != 1) {
                return Optional.empty();
            }
            column = results.get(0);
        }
        String unit = unitColumn >= 0 ? cells.get(unitColumn).strip() : "";
        String text = String.join(" ", label) + ": " + cells.get(column).strip() + (unit.isEmpty() ? "" : " " + unit);
        List<Token> tokens = VietnameseText.tokens(text);
        Clause clause = new Clause(tokens, String.join(" | ", cells.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()), row.line(), List.of());
        int start = VietnameseText.tokens(String.join(" ", label) + ":").size();
        Optional<VietnameseNumbers.Read> read = VietnameseNumbers.at(tokens, start);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<String> noun = new ArrayList<>();
        for (int i = read.get().end(); i < tokens.size(); i++) {
            if (tokens.get(i).isWord()) {
                noun.add(tokens.get(i).key());
            }
        }
        BigDecimal value = read.get().value();
        // a unit column of "triệu đồng" has already scaled the value it follows
        boolean money = !noun.isEmpty() && VietnameseNumbers.MONEY_WORDS.contains(noun.get(0));
        boolean percent = read.get().end() < tokens.size() && tokens.get(read.get().end()).is("%") || unit.equals("%");
        Mention mention = new Mention(clause, value, start, tokens.size(), money ? List.of(VietnameseText.key("đồng")) : noun, money, percent, false);
        mention.own.add(new Mention.Range(0, tokens.size()));
        return Optional.of(mention);
    }

    private static Optional<BigDecimal> numberIn(String cell) {
        List<Token> tokens = VietnameseText.tokens(cell);
        if (tokens.isEmpty() || !tokens.get(0).isNumber()) {
            return Optional.empty();
        }
        return VietnameseNumbers.at(tokens, 0).map(VietnameseNumbers.Read::value);
    }
}
