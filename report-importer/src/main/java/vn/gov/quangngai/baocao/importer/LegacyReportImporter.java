package vn.gov.quangngai.baocao.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an agency's existing report into a draft in the round's outline: the document block
 * before the first section (number, place and date, the request it answers), the sections by
 * their headings ({@link SectionPlacer}), "Nơi nhận" and the signature block, and the figures its
 * text states ({@link IndicatorSuggester}). Page-break artefacts (a sentence cut by a blank line) are
 * joined back; whatever cannot be placed becomes a warning.
 */
public final class LegacyReportImporter {

    private final Template template;
    private final SectionPlacer placer;

    public LegacyReportImporter(Template template) {
        this.template = template;
        this.placer = new SectionPlacer(template);
    }

    public Reading read(List<SourceLine> lines) {
        List<Paragraph> paragraphs = paragraphs(lines);
        long total = paragraphs.stream().mapToLong(p -> p.text().length()).sum();
        List<Reading.Warning> warnings = new ArrayList<>();
        int trailer = indexOfTrailer(paragraphs);
        int firstSection = indexOfFirstHeading(paragraphs, trailer);

        DocumentBlock document = new DocumentBlock();
        List<Paragraph> header = paragraphs.subList(0, firstSection);
        header.forEach(p -> document.readHeader(p.text()));
        long placed = header.stream().mapToLong(p -> p.text().length()).sum();
        SectionPlacer.Placement placement = placer.place(paragraphs.subList(firstSection, trailer), warnings);
        placed += placement.placed();
        List<Paragraph> trailing = paragraphs.subList(trailer, paragraphs.size());
        placed += document.readTrailer(trailing, warnings);

        List<Paragraph> elsewhere = new ArrayList<>(placement.unplaced());
        trailing.stream().filter(Paragraph::isTableRow).forEach(elsewhere::add);
        IndicatorSuggester.Result indicators = IndicatorSuggester.suggest(template, placement.sections(), elsewhere);
        warnings.addAll(indicators.warnings());

        Map<String, String> texts = new LinkedHashMap<>();
        placement.sections().forEach((key, body) -> texts.put(key, String.join("\n", body.stream().map(Paragraph::text).toList())));
        List<Draft.SectionText> sectionTexts = new ArrayList<>();
        for (Template.Section section : template.sections()) {
            if (texts.containsKey(section.key()) && !texts.get(section.key()).isBlank()) {
                sectionTexts.add(new Draft.SectionText(section.key(), texts.get(section.key())));
            }
        }
        List<Draft.IndicatorValue> values = indicators.suggestions().stream().map(s -> new Draft.IndicatorValue(s.code(), s.value())).toList();
        Draft draft = new Draft(document.toDocument(), sectionTexts, values, false);
        double share = total == 0 ? 0 : Math.round(1000.0 * placed / total) / 1000.0;
        return new Reading(draft, indicators.suggestions(), warnings, share);
    }

    /** Non-blank lines as paragraphs; a line starting in lower case after one without final punctuation continues it. */
    private static List<Paragraph> paragraphs(List<SourceLine> lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (line.cells() != null) {
                paragraphs.add(new Paragraph(line.number(), text, false, line.cells(), line.header()));
                continue;
            }
            Paragraph previous = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
            if (previous != null && !previous.isTableRow() && !previous.heading() && !line.heading() && continues(previous.text(), text)) {
                paragraphs.set(paragraphs.size() - 1, new Paragraph(previous.line(), previous.text() + " " + text));
            } else {
                paragraphs.add(new Paragraph(line.number(), text, line.heading(), null, null));
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

    /**
     * The first heading of the body: after the sentence that introduces it ("… báo cáo như sau:")
     * when there is one, and never the subject line under "BÁO CÁO".
     */
    private int indexOfFirstHeading(List<Paragraph> paragraphs, int trailer) {
        int from = 0;
        for (int i = 0; i < Math.min(trailer, 25); i++) {
            String text = paragraphs.get(i).text().strip();
            String folded = VietnameseText.fold(text);
            if (text.endsWith(":") && (folded.endsWith("nhu sau") || folded.contains("bao cao"))) {
                from = i + 1;
                break;
            }
        }
        for (int i = from; i < trailer; i++) {
            boolean subject = i > 0 && VietnameseText.fold(paragraphs.get(i - 1).text()).equals("bao cao");
            if (!subject && placer.startsBody(paragraphs.get(i))) {
                return i;
            }
        }
        return trailer;
    }
}
