package vn.gov.quangngai.baocao.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places the body of a report under the round's sections by its headings: Roman numerals, numbered
 * items within them ("II" then "3." is II.3, or "II.3."), outline numbers ("2.3."), lettered and unnumbered
 * headings recognised by their title, and headings in capitals that open a part with no section of
 * its own ("KẾT QUẢ THỰC HIỆN"). A numbered line that does not read as a heading stays text.
 */
final class SectionPlacer {

    private static final Pattern ROMAN = Pattern.compile("^[*_]*\\s*(X{0,3}(?:IX|IV|V?I{0,3}))\\.\\s*(.*)$");
    private static final Pattern ROMAN_ITEM = Pattern.compile("^[*_]*\\s*(X{0,3}(?:IX|IV|V?I{0,3}))\\.(\\d{1,2})\\.?\\s+(.*)$");
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

    /** Where the reading is: the part (Roman numeral), the section, the last section's index, how the document numbers its items. */
    private static final class State {
        String roman;
        boolean digitParts;
        String current;
        int last = -1;
        /** For items numbered 1, 2, 3 … straight through the outline: item number minus section index, once a title has shown it. */
        Integer offset;
        /** The section was opened by a list item ("- Về …:"), so the next item may open the next. */
        boolean listed;
    }

    Placement place(List<Paragraph> body, List<Reading.Warning> warnings) {
        Map<String, List<Paragraph>> sections = new LinkedHashMap<>();
        List<Paragraph> unplaced = new ArrayList<>();
        long placed = 0;
        State state = new State();
        for (Paragraph paragraph : body) {
            String text = paragraph.text();
            if (paragraph.isTableRow()) {
                (state.current == null ? unplaced : sections.computeIfAbsent(state.current, k -> new ArrayList<>())).add(paragraph);
                placed += text.length();
                continue;
            }
            Optional<Heading> heading = heading(paragraph, state);
            if (heading.isPresent()) {
                Heading found = heading.get();
                state.listed = BULLET.matcher(text).find();
                state.roman = found.roman();
                state.current = found.key();
                placed += text.length();
                if (state.current != null) {
                    state.last = indexOf(state.current);
                    List<Paragraph> sectionBody = sections.computeIfAbsent(state.current, k -> new ArrayList<>());
                    if (found.rest() != null) {
                        sectionBody.add(new Paragraph(paragraph.line(), found.rest()));
                    }
                }
                continue;
            }
            if (state.current == null || HeadingLines.closing(text)) {
                warnings.add(new Reading.Warning(paragraph.line(), text, HeadingLines.closing(text)
                        ? "closing sentence of the letter, not part of any section"
                        : "not under a section of this round's outline"));
                unplaced.add(paragraph);
                continue;
            }
            sections.computeIfAbsent(state.current, k -> new ArrayList<>()).add(paragraph);
            placed += text.length();
        }
        return new Placement(sections, unplaced, placed);
    }

    /** Whether the paragraph starts the body: a Roman or outline heading, or a heading naming a section. */
    boolean startsBody(Paragraph paragraph) {
        Matcher roman = ROMAN.matcher(paragraph.text().strip());
        if (roman.matches() && !roman.group(1).isEmpty()) {
            return true;
        }
        Optional<Heading> heading = heading(paragraph, new State());
        return heading.isPresent() && heading.get().key() != null;
    }

    /** The heading a paragraph is, if it is one, given where the reading is; learns how the document numbers its items. */
    private Optional<Heading> heading(Paragraph paragraph, State state) {
        String text = paragraph.text().strip();
        boolean styled = paragraph.heading();
        Matcher romanItem = ROMAN_ITEM.matcher(text);
        if (romanItem.matches() && !romanItem.group(1).isEmpty()) {
            // "II.3. Tiếp công dân": the key written out
            String part = romanItem.group(1);
            return numbered(part, part + "." + Integer.parseInt(romanItem.group(2)), romanItem.group(3), state, styled, -1);
        }
        Matcher romanHeading = ROMAN.matcher(text);
        if (romanHeading.matches() && !romanHeading.group(1).isEmpty()) {
            state.digitParts = false;
            return Optional.of(romanHeading(romanHeading.group(1), romanHeading.group(2), state.last, styled));
        }
        Matcher outlineNumber = OUTLINE.matcher(text);
        if (outlineNumber.matches() && Integer.parseInt(outlineNumber.group(1)) < ROMANS.length) {
            String part = ROMANS[Integer.parseInt(outlineNumber.group(1))];
            return numbered(part, part + "." + Integer.parseInt(outlineNumber.group(2)), outlineNumber.group(3), state, styled, -1);
        }
        Matcher numbered = NUMBERED.matcher(text);
        if (numbered.matches()) {
            int number = Integer.parseInt(numbered.group(1));
            String title = numbered.group(2);
            if ((state.roman == null || state.digitParts) && capitals(HeadingLines.beforeColon(title)) && number < ROMANS.length) {
                // "2. KẾT QUẢ THỰC HIỆN": a top-level part numbered in digits
                state.digitParts = true;
                return Optional.of(romanHeading(ROMANS[number], title, state.last, styled));
            }
            return numbered(state.roman, state.roman == null ? null : state.roman + "." + number, title, state, styled, state.roman == null ? number : -1);
        }
        Matcher lettered = LETTERED.matcher(text);
        String title = lettered.matches() ? lettered.group(2) : text;
        boolean bullet = BULLET.matcher(text).find();
        if (bullet) {
            // "- Về công tác dân vận chính quyền: …" under a part with no section of its own
            if (state.current != null && !state.listed || title.indexOf(':') < 0) {
                return Optional.empty();
            }
            title = title.replaceFirst("^[-+•*–]\\s*", "");
        }
        String head = HeadingLines.beforeColon(title);
        if (headingLike(head, title, styled || bullet)) {
            Optional<Template.Section> section = titles.match(head, state.last, threshold(styled));
            if (section.isPresent() && !section.get().key().equals(state.current)) {
                return Optional.of(new Heading(section.get().key(), part(section.get().key()), HeadingLines.contentAfterColon(title)));
            }
            boolean generic = SectionTitles.pairs(head).isEmpty();
            if (section.isEmpty() && !lettered.matches() && !bullet && (capitals(text) && VietnameseText.words(text).size() >= 2 || styled && generic)) {
                return Optional.of(new Heading(null, state.roman, null));
            }
        }
        return Optional.empty();
    }

    private Heading romanHeading(String numeral, String title, int last, boolean styled) {
        String head = HeadingLines.beforeColon(title);
        Optional<Template.Section> own = template.section(numeral);
        Optional<Template.Section> named = titles.match(head, last, threshold(styled));
        Template.Section section = null;
        if (own.isPresent() && (titles.score(head, own.get()) >= 0.3 || named.isEmpty() || named.get() == own.get())) {
            section = own.get();
        } else if (named.isPresent()) {
            section = named.get();
        }
        if (section == null) {
            return new Heading(null, numeral, null);
        }
        return new Heading(section.key(), own.isPresent() ? numeral : part(section.key()), HeadingLines.afterTitle(title, section.title()).orElse(null));
    }

    /**
     * A numbered item: the section its number gives under the current part when the title agrees,
     * else the section its title names, else (items numbered straight through) the section at the
     * same distance as the items before. {@code flat} is the item's number when there is no part.
     */
    private Optional<Heading> numbered(String roman, String key, String title, State state, boolean styled, int flat) {
        String head = HeadingLines.beforeColon(title);
        Optional<Template.Section> byNumber = key == null ? Optional.empty() : template.section(key);
        boolean headingLike = headingLike(head, title, styled);
        Template.Section section = null;
        if (byNumber.isPresent() && titles.score(head, byNumber.get()) >= 0.3) {
            section = byNumber.get();
        } else if (headingLike) {
            Optional<Template.Section> named = titles.match(head, state.last, threshold(styled));
            if (named.isPresent()) {
                section = named.get();
            } else if (byNumber.isPresent() && indexOf(byNumber.get().key()) > state.last) {
                section = byNumber.get();
            } else if (flat > 0 && SectionTitles.pairs(head).isEmpty()) {
                return Optional.of(new Heading(null, null, null));
            } else if (flat > 0 && state.offset != null) {
                int index = flat - state.offset;
                if (index > state.last && index < template.sections().size() && titles.score(head, template.sections().get(index)) > 0) {
                    section = template.sections().get(index);
                }
            }
        }
        if (section == null || section.key().equals(state.current) && !section.key().equals(key)) {
            return Optional.empty();
        }
        if (flat > 0) {
            state.offset = flat - indexOf(section.key());
        }
        // items numbered straight through have no parts: a later "1." is not II.1
        String part = flat > 0 ? null : byNumber.isPresent() && section == byNumber.get() ? roman : part(section.key());
        return Optional.of(new Heading(section.key(), part, HeadingLines.afterTitle(title, section.title()).orElse(null)));
    }

    /** A paragraph styled as a heading needs less of a title to name its section. */
    private static double threshold(boolean styled) {
        return styled ? 0.34 : SectionTitles.STRONG;
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

}
