package vn.gov.quangngai.baocao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The document block and the trailer of a report: number, place and date, the request answered, recipients and signer. */
final class DocumentBlock {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("^Số\\s*:\\s*(\\S+)");
    private static final Pattern PLACE_DATE = Pattern.compile("^(.+?),\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern REQUEST = Pattern.compile("(?:Công văn|Văn bản|Kế hoạch|Hướng dẫn)\\s+số\\s+(\\d+[^\\s,;]*)\\s+ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern DELEGATION = Pattern.compile("^(KT|TL|TM|TUQ)\\.\\s+.+");
    private static final Pattern EMPHASIS = Pattern.compile("^[*_]+|[*_]+$");

    private String number;
    private String date;
    private String place;
    private Draft.Answers answers;
    private final List<String> recipients = new ArrayList<>();
    private String delegation;
    private String title;
    private String name;

    void readHeader(String text) {
        Matcher documentNumber = DOCUMENT_NUMBER.matcher(text);
        if (documentNumber.find() && number == null) {
            number = documentNumber.group(1);
        }
        Matcher placeDate = PLACE_DATE.matcher(text.replaceAll("^[*_]+", ""));
        if (placeDate.find() && date == null) {
            place = placeDate.group(1).strip();
            date = isoDate(placeDate.group(2), placeDate.group(3), placeDate.group(4));
        }
        Matcher request = REQUEST.matcher(text);
        if (request.find() && answers == null) {
            answers = new Draft.Answers(request.group(1), isoDate(request.group(2), request.group(3), request.group(4)));
        }
    }

    /**
     * Reads "Nơi nhận" and the signature; returns the characters placed, warns about the rest.
     * Rows of a table of figures after the signature (an appendix) are read as figures, not warned about.
     */
    long readTrailer(List<Paragraph> trailer, List<Reading.Warning> warnings) {
        long placed = 0;
        boolean inRecipients = false;
        for (Paragraph paragraph : trailer) {
            String text = EMPHASIS.matcher(paragraph.text().strip()).replaceAll("").strip();
            String folded = VietnameseText.fold(text);
            if (paragraph.isTableRow()) {
                placed += paragraph.text().length();
                continue;
            }
            if (folded.startsWith("noi nhan")) {
                inRecipients = true;
                String rest = text.replaceFirst("^[^:]*:\\s*", "");
                if (rest.startsWith("-") || rest.startsWith("+")) {
                    recipients.add(recipient(rest));
                }
            } else if (inRecipients && (text.startsWith("-") || text.startsWith("+"))) {
                recipients.add(recipient(text));
            } else if (DELEGATION.matcher(text).matches()) {
                inRecipients = false;
                delegation = text;
            } else if (title == null && isUpperCase(text)) {
                inRecipients = false;
                title = text;
            } else if (title != null && name == null) {
                name = text;
            } else {
                warnings.add(new Reading.Warning(paragraph.line(), paragraph.text(), "after the signature block"));
                continue;
            }
            placed += paragraph.text().length();
        }
        return placed;
    }

    private static String recipient(String text) {
        return text.replaceFirst("^[-+]\\s*", "").replaceFirst("[;.,]$", "").strip();
    }

    Draft.Document toDocument() {
        Draft.Signer signer = title == null && name == null && delegation == null ? null
                : new Draft.Signer(name, title, delegation);
        return new Draft.Document(number, date, place, signer, List.copyOf(recipients), answers);
    }

    private static boolean isUpperCase(String text) {
        return !text.isEmpty() && text.equals(text.toUpperCase()) && text.chars().anyMatch(Character::isLetter);
    }

    private static String isoDate(String day, String month, String year) {
        return "%s-%02d-%02d".formatted(year, Integer.parseInt(month), Integer.parseInt(day));
    }
}
