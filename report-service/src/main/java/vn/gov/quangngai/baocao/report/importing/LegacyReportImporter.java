package vn.gov.quangngai.baocao.report.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.quangngai.baocao.report.domain.ReportContent;
import vn.gov.quangngai.baocao.report.domain.Template;

/**
 * Reads an agency's existing report into a draft in the round's outline: the document block
 * before the first section (number, place and date, the request it answers), the sections by
 * their headings (Roman numerals, then numbered items mapped to the outline's keys, the remainder
 * of a heading line kept as text), "Nơi nhận" and the signature block. Page-break artefacts (a
 * sentence cut by a blank line) are joined back; whatever cannot be placed becomes a warning.
 */
public final class LegacyReportImporter {

    private static final Pattern ROMAN = Pattern.compile("^\\**\\s*(X{0,3}(?:IX|IV|V?I{0,3}))\\.\\s*(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\**\\s*(\\d{1,2})\\.\\s*(.*)$");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("^Số\\s*:\\s*(\\S+)");
    private static final Pattern PLACE_DATE = Pattern.compile("^(.+?),\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern REQUEST = Pattern.compile("(?:Công văn|Văn bản|Kế hoạch|Hướng dẫn)\\s+số\\s+(\\d+[^\\s,;]*)\\s+ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern DELEGATION = Pattern.compile("^(KT|TL|TM|TUQ)\\.\\s+.+");
    private static final Pattern EMPHASIS = Pattern.compile("^[*_]+|[*_]+$");

    private final Template template;

    public LegacyReportImporter(Template template) {
        this.template = template;
    }

    /** A paragraph of the source: its first line's number and its text (continuations joined). */
    private record Paragraph(int line, String text) {
    }

    public ImportResult read(List<SourceLine> lines) {
        List<Paragraph> paragraphs = paragraphs(lines);
        long total = paragraphs.stream().mapToLong(p -> p.text().length()).sum();
        List<ImportResult.Warning> warnings = new ArrayList<>();
        int trailer = indexOfTrailer(paragraphs);
        int firstSection = indexOfFirstHeading(paragraphs, trailer);

        DocumentBlock document = new DocumentBlock();
        for (Paragraph paragraph : paragraphs.subList(0, firstSection)) {
            document.readHeader(paragraph.text());
        }
        Map<String, List<String>> sections = new LinkedHashMap<>();
        long placed = paragraphs.subList(0, firstSection).stream().mapToLong(p -> p.text().length()).sum();
        placed += readBody(paragraphs.subList(firstSection, trailer), sections, warnings);
        placed += document.readTrailer(paragraphs.subList(trailer, paragraphs.size()).stream().map(Paragraph::text).toList(), warnings,
                trailer < paragraphs.size() ? paragraphs.get(trailer).line() : 0);

        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach((key, body) -> texts.put(key, String.join("\n", body)));
        List<ImportResult.Suggestion> suggestions = FigureSuggester.suggest(template, texts);
        List<ReportContent.SectionText> sectionTexts = new ArrayList<>();
        for (Template.Section section : template.sections()) {
            if (texts.containsKey(section.key())) {
                sectionTexts.add(new ReportContent.SectionText(section.key(), texts.get(section.key())));
            }
        }
        List<ReportContent.IndicatorValue> indicators = suggestions.stream().map(s -> new ReportContent.IndicatorValue(s.code(), s.value())).toList();
        ReportContent draft = new ReportContent(document.toDocument(), sectionTexts, indicators, false);
        double share = total == 0 ? 0 : Math.round(1000.0 * placed / total) / 1000.0;
        return new ImportResult(draft, suggestions, warnings, share);
    }

    /** Non-blank lines as paragraphs; a line starting in lower case after one without final punctuation continues it. */
    private static List<Paragraph> paragraphs(List<SourceLine> lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!paragraphs.isEmpty() && continues(paragraphs.get(paragraphs.size() - 1).text(), text)) {
                Paragraph previous = paragraphs.remove(paragraphs.size() - 1);
                paragraphs.add(new Paragraph(previous.line(), previous.text() + " " + text));
            } else {
                paragraphs.add(new Paragraph(line.number(), text));
            }
        }
        return paragraphs;
    }

    private static boolean continues(String previous, String next) {
        char last = previous.charAt(previous.length() - 1);
        int first = next.codePointAt(0);
        return ".:;!?".indexOf(last) < 0 && Character.isLowerCase(first);
    }

    private static int indexOfTrailer(List<Paragraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (VietnameseText.fold(paragraphs.get(i).text()).startsWith("noi nhan")) {
                return i;
            }
        }
        return paragraphs.size();
    }

    private int indexOfFirstHeading(List<Paragraph> paragraphs, int trailer) {
        for (int i = 0; i < trailer; i++) {
            Matcher roman = ROMAN.matcher(paragraphs.get(i).text());
            if (roman.matches() && !roman.group(1).isEmpty()) {
                return i;
            }
        }
        return trailer;
    }

    /** Places the body's paragraphs under their sections; returns how many characters were placed. */
    private long readBody(List<Paragraph> body, Map<String, List<String>> sections, List<ImportResult.Warning> warnings) {
        long placed = 0;
        String roman = null;
        String current = null;
        for (Paragraph paragraph : body) {
            String text = paragraph.text();
            Matcher romanHeading = ROMAN.matcher(text);
            Matcher numbered = NUMBERED.matcher(text);
            if (romanHeading.matches() && !romanHeading.group(1).isEmpty()) {
                roman = romanHeading.group(1);
                current = template.section(roman).map(Template.Section::key).orElse(null);
                placed += text.length();
                continue;
            }
            if (numbered.matches() && roman != null && template.section(roman + "." + numbered.group(1)).isPresent()) {
                current = roman + "." + numbered.group(1);
                List<String> sectionBody = sections.computeIfAbsent(current, k -> new ArrayList<>());
                afterTitle(numbered.group(2), template.section(current).orElseThrow().title()).ifPresent(sectionBody::add);
                placed += text.length();
                continue;
            }
            if (current == null) {
                warnings.add(new ImportResult.Warning(paragraph.line(), text, closing(text)
                        ? "closing sentence of the letter, not part of any section"
                        : "not under a section of this round's outline"));
                continue;
            }
            if (closing(text)) {
                warnings.add(new ImportResult.Warning(paragraph.line(), text, "closing sentence of the letter, not part of any section"));
                continue;
            }
            sections.computeIfAbsent(current, k -> new ArrayList<>()).add(text);
            placed += text.length();
        }
        return placed;
    }

    /** "Ban Dân tộc báo cáo để Sở Nội vụ tổng hợp./." */
    private static boolean closing(String text) {
        return text.endsWith("./.") && VietnameseText.fold(text).contains("bao cao");
    }

    /**
     * The text after a heading's title, when the heading line goes on with content: the title's
     * words are matched in order (accents, case and small wording differences aside) and what
     * follows the last matched word, after a colon, is content.
     */
    static Optional<String> afterTitle(String line, String title) {
        List<String> titleWords = VietnameseText.words(title);
        String[] tokens = line.split("(?<=\\s)");
        int matched = 0;
        int cut = -1;
        int position = 0;
        int titleIndex = 0;
        for (String token : tokens) {
            position += token.length();
            List<String> words = VietnameseText.words(token);
            for (String word : words) {
                int found = titleWords.subList(titleIndex, Math.min(titleWords.size(), titleIndex + 4)).indexOf(word);
                if (found >= 0) {
                    titleIndex += found + 1;
                    matched++;
                    cut = position;
                }
            }
            if (titleIndex >= titleWords.size()) {
                break;
            }
        }
        if (titleWords.isEmpty() || matched < titleWords.size() * 0.6 || cut < 0) {
            return Optional.empty();
        }
        String rest = line.substring(Math.min(cut, line.length())).strip();
        rest = rest.replaceFirst("^[):\\s]+", "").strip();
        return rest.length() < 2 ? Optional.empty() : Optional.of(rest);
    }

    /** The document block and the trailer: number, place and date, the request answered, recipients and signer. */
    private static final class DocumentBlock {
        private String number;
        private String date;
        private String place;
        private ReportContent.Answers answers;
        private final List<String> recipients = new ArrayList<>();
        private String delegation;
        private String title;
        private String name;

        void readHeader(String text) {
            Matcher documentNumber = DOCUMENT_NUMBER.matcher(text);
            if (documentNumber.find()) {
                number = documentNumber.group(1);
            }
            Matcher placeDate = PLACE_DATE.matcher(text.replaceAll("^[*_]+", ""));
            if (placeDate.find()) {
                place = placeDate.group(1).strip();
                date = isoDate(placeDate.group(2), placeDate.group(3), placeDate.group(4));
            }
            Matcher request = REQUEST.matcher(text);
            if (request.find() && answers == null) {
                answers = new ReportContent.Answers(request.group(1), isoDate(request.group(2), request.group(3), request.group(4)));
            }
        }

        /** Reads "Nơi nhận" and the signature; returns the characters placed, warns about the rest. */
        long readTrailer(List<String> trailer, List<ImportResult.Warning> warnings, int firstLine) {
            long placed = 0;
            boolean inRecipients = false;
            for (int i = 0; i < trailer.size(); i++) {
                String text = EMPHASIS.matcher(trailer.get(i).strip()).replaceAll("").strip();
                String folded = VietnameseText.fold(text);
                if (folded.startsWith("noi nhan")) {
                    inRecipients = true;
                } else if (inRecipients && (text.startsWith("-") || text.startsWith("+"))) {
                    recipients.add(text.replaceFirst("^[-+]\\s*", "").replaceFirst("[;.,]$", "").strip());
                } else if (DELEGATION.matcher(text).matches()) {
                    inRecipients = false;
                    delegation = text;
                } else if (title == null && isUpperCase(text)) {
                    inRecipients = false;
                    title = text;
                } else if (title != null && name == null) {
                    name = text;
                } else {
                    warnings.add(new ImportResult.Warning(firstLine + i, trailer.get(i), "after the signature block"));
                    continue;
                }
                placed += trailer.get(i).length();
            }
            return placed;
        }

        ReportContent.Document toDocument() {
            ReportContent.Signer signer = title == null && name == null && delegation == null ? null
                    : new ReportContent.Signer(name, title, delegation);
            return new ReportContent.Document(number, date, place, signer, List.copyOf(recipients), answers);
        }

        private static boolean isUpperCase(String text) {
            return !text.isEmpty() && text.equals(text.toUpperCase()) && text.chars().anyMatch(Character::isLetter);
        }

        private static String isoDate(String day, String month, String year) {
            return "%s-%02d-%02d".formatted(year, Integer.parseInt(month), Integer.parseInt(day));
        }
    }
}
