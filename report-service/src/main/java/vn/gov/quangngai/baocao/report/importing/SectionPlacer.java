package vn.gov.quangngai.baocao.report.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.quangngai.baocao.report.domain.Template;

/**
 * Places the body of a report under the round's sections by its headings: Roman numerals, numbered
 * items within them ("II" then "3." is II.3), outline numbers ("2.3."), lettered and unnumbered
 * headings recognised by their title, and headings in capitals that open a part with no section of
 * its own ("KẾT QUẢ THỰC HIỆN"). A numbered line that does not read as a heading stays text.
 */
final class SectionPlacer {

    private static final Pattern ROMAN = Pattern.compile("^[*_]*\\s*(X{0,3}(?:IX|IV|V?I{0,3}))\\.\\s*(.*)$");
    private static final Pattern OUTLINE = Pattern.compile("^[*_]*\\s*(\\d{1,2})\\.(\\d{1,2})\\.?\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^[*_]*\\s*(\\d{1,2})[.)]\\s*(.*)$");
    private static final Pattern LETTERED = Pattern.compile("^[*_]*\\s*([a-zđ])[.)]\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-+•*–]");
    private static final String[] ROMANS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private final Template template;
    private final SectionTitles titles;

    SectionPlacer(Template template) {
        this.template = template;
        this.titles = new SectionTitles(template);
    }

    /** What a heading line opens: a section ({@code key}), or a part without one ({@code key} null); {@code rest} is text on the line after the title. */
    record Heading(String key, String roman, String rest) {
    }

    /** The body placed: each section's paragraphs, the paragraphs under no section, and the characters placed. */
    record Placement(Map<String, List<Paragraph>> sections, List<Paragraph> unplaced, long placed) {
    }

    Placement place(List<Paragraph> body, List<ImportResult.Warning> warnings) {
        Map<String, List<Paragraph>> sections = new LinkedHashMap<>();
        List<Paragraph> unplaced = new ArrayList<>();
        long placed = 0;
        String roman = null;
        String current = null;
        int last = -1;
        for (Paragraph paragraph : body) {
            String text = paragraph.text();
            if (paragraph.isTableRow()) {
                (current == null ? unplaced : sections.computeIfAbsent(current, k -> new ArrayList<>())).add(paragraph);
                placed += text.length();
                continue;
            }
            Optional<Heading> heading = paragraph.isTableRow() ? Optional.empty() : heading(paragraph, roman, current, last);
            if (heading.isPresent()) {
                Heading found = heading.get();
                roman = found.roman();
                current = found.key();
                placed += text.length();
                if (current != null) {
                    last = indexOf(current);
                    List<Paragraph> sectionBody = sections.computeIfAbsent(current, k -> new ArrayList<>());
                    if (found.rest() != null) {
                        sectionBody.add(new Paragraph(paragraph.line(), found.rest()));
                    }
                }
                continue;
            }
            if (current == null || closing(text)) {
                warnings.add(new ImportResult.Warning(paragraph.line(), text, closing(text)
                        ? "closing sentence of the letter, not part of any section"
                        : "not under a section of this round's outline"));
                unplaced.add(paragraph);
                continue;
            }
            sections.computeIfAbsent(current, k -> new ArrayList<>()).add(paragraph);
            placed += text.length();
        }
        return new Placement(sections, unplaced, placed);
    }

    /** Whether the paragraph starts the body: a Roman or outline heading, or a heading naming a section. */
    boolean startsBody(Paragraph paragraph) {
        String text = paragraph.text().strip();
        Matcher roman = ROMAN.matcher(text);
        if (roman.matches() && !roman.group(1).isEmpty()) {
            return true;
        }
        Optional<Heading> heading = heading(paragraph, null, null, -1);
        return heading.isPresent() && heading.get().key() != null;
    }

    /** The heading a paragraph is, if it is one, given the Roman part and section it comes in. */
    Optional<Heading> heading(Paragraph paragraph, String roman, String current, int last) {
        String text = paragraph.text().strip();
        Matcher romanHeading = ROMAN.matcher(text);
        if (romanHeading.matches() && !romanHeading.group(1).isEmpty()) {
            return Optional.of(romanHeading(romanHeading.group(1), romanHeading.group(2), last));
        }
        Matcher outline = OUTLINE.matcher(text);
        if (outline.matches() && Integer.parseInt(outline.group(1)) < ROMANS.length) {
            String part = ROMANS[Integer.parseInt(outline.group(1))];
            return numbered(part, part + "." + Integer.parseInt(outline.group(2)), outline.group(3), current, last, paragraph.heading());
        }
        Matcher numbered = NUMBERED.matcher(text);
        if (numbered.matches()) {
            int number = Integer.parseInt(numbered.group(1));
            String title = numbered.group(2);
            if (roman == null && capitals(beforeColon(title)) && number < ROMANS.length) {
                // "2. KẾT QUẢ THỰC HIỆN": a top-level part numbered in digits
                return Optional.of(romanHeading(ROMANS[number], title, last));
            }
            return numbered(roman, roman == null ? null : roman + "." + number, title, current, last, paragraph.heading());
        }
        Matcher lettered = LETTERED.matcher(text);
        String title = lettered.matches() ? lettered.group(2) : text;
        if (BULLET.matcher(text).find()) {
            return Optional.empty();
        }
        String head = beforeColon(title);
        if (headingLike(head, title, paragraph.heading())) {
            Optional<Template.Section> section = titles.match(head, last);
            if (section.isPresent() && !section.get().key().equals(current)) {
                return Optional.of(new Heading(section.get().key(), part(section.get().key()), contentAfterColon(title)));
            }
            if (section.isEmpty() && !lettered.matches() && capitals(text) && VietnameseText.words(text).size() >= 2) {
                return Optional.of(new Heading(null, null, null));
            }
        }
        return Optional.empty();
    }

    private Heading romanHeading(String numeral, String title, int last) {
        String head = beforeColon(title);
        Optional<Template.Section> own = template.section(numeral);
        Optional<Template.Section> named = titles.match(head, last);
        Template.Section section = null;
        if (own.isPresent() && (titles.score(head, own.get()) >= 0.3 || named.isEmpty() || named.get() == own.get())) {
            section = own.get();
        } else if (named.isPresent()) {
            section = named.get();
        }
        if (section == null) {
            return new Heading(null, numeral, null);
        }
        return new Heading(section.key(), own.isPresent() ? numeral : part(section.key()), afterTitle(title, section.title()).orElse(null));
    }

    private Optional<Heading> numbered(String roman, String key, String title, String current, int last, boolean styled) {
        String head = beforeColon(title);
        Optional<Template.Section> byNumber = key == null ? Optional.empty() : template.section(key);
        boolean headingLike = headingLike(head, title, styled);
        Template.Section section = null;
        if (byNumber.isPresent() && titles.score(head, byNumber.get()) >= 0.3) {
            section = byNumber.get();
        } else if (headingLike) {
            Optional<Template.Section> named = titles.match(head, last);
            if (named.isPresent()) {
                section = named.get();
            } else if (byNumber.isPresent() && indexOf(byNumber.get().key()) > last) {
                section = byNumber.get();
            }
        }
        if (section == null || section.key().equals(current) && !section.key().equals(key)) {
            return Optional.empty();
        }
        String part = byNumber.isPresent() && section == byNumber.get() ? roman : part(section.key());
        return Optional.of(new Heading(section.key(), part, afterTitle(title, section.title()).orElse(null)));
    }

    /** Short, not a sentence: a heading, or a heading with its text after a colon ("Ưu điểm: …"). */
    private static boolean headingLike(String head, String line, boolean styled) {
        int words = VietnameseText.words(head).size();
        if (words == 0 || words > (styled ? 40 : 25) || !Character.isUpperCase(head.codePointAt(0)) && !styled) {
            return false;
        }
        boolean sentence = head.equals(line.strip()) && (line.strip().endsWith(".") || line.strip().endsWith(";"));
        return !sentence || styled;
    }

    private static boolean capitals(String text) {
        return !text.isBlank() && text.equals(text.toUpperCase()) && text.chars().filter(Character::isLetter).count() >= 3
                && !text.strip().endsWith(".");
    }

    private static String beforeColon(String text) {
        String stripped = text.replaceAll("[*_]", "").strip();
        int colon = stripped.indexOf(':');
        return colon < 0 ? stripped : stripped.substring(0, colon).strip();
    }

    private static String contentAfterColon(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String rest = text.substring(colon + 1).strip();
        return rest.length() < 2 ? null : rest;
    }

    private int indexOf(String key) {
        for (int i = 0; i < template.sections().size(); i++) {
            if (template.sections().get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String part(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** "Ban Dân tộc báo cáo để Sở Nội vụ tổng hợp./." */
    static boolean closing(String text) {
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
            return Optional.ofNullable(contentAfterColon(line));
        }
        String rest = line.substring(Math.min(cut, line.length())).strip();
        rest = rest.replaceFirst("^[):\\s]+", "").strip();
        return rest.length() < 2 ? Optional.empty() : Optional.of(rest);
    }
}
