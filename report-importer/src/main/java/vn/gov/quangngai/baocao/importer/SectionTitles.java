package vn.gov.quangngai.baocao.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the outline's sections by the titles agencies give them: word pairs of a heading
 * against those of each section's title, words every heading has ("kết quả thực hiện", "công
 * tác", "năm 2022") set aside. Of titles matched as well, the next one in the outline wins.
 */
final class SectionTitles {

    private static final Set<List<String>> GENERIC = Set.of(List.of("ket", "qua"), List.of("thuc", "hien"), List.of("cong", "tac"),
            List.of("nhiem", "vu"), List.of("giai", "phap"), List.of("danh", "gia"), List.of("tinh", "hinh"), List.of("phuong", "huong"),
            List.of("trien", "khai"), List.of("to", "chuc"));
    private static final Set<String> LINK_WORDS = Set.of("ve", "viec", "cua", "cac", "va", "o", "tai", "nhung", "doi", "voi", "nhat", "la",
            "trong", "chung", "nam", "de", "duoc", "da", "nhu", "sau", "mot", "so");
    static final double STRONG = 0.6;

    private final Template template;
    private final List<Set<List<String>>> titles = new ArrayList<>();

    SectionTitles(Template template) {
        this.template = template;
        template.sections().forEach(s -> titles.add(pairs(s.title())));
    }

    /** The share of a heading's word pairs found in a section's title. */
    double score(String heading, Template.Section section) {
        Set<List<String>> words = pairs(heading);
        Set<List<String>> title = titles.get(template.sections().indexOf(section));
        if (words.isEmpty()) {
            return 0;
        }
        long shared = words.stream().filter(title::contains).count();
        return (double) shared / words.size();
    }

    /**
     * The section a heading names clearly (at least {@code threshold} of its word pairs in the
     * title), preferring the next one after {@code current} (an index of the outline, -1 before the first).
     */
    Optional<Template.Section> match(String heading, int current, double threshold) {
        Set<List<String>> words = pairs(heading);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        double best = 0;
        double[] scores = new double[titles.size()];
        for (int i = 0; i < titles.size(); i++) {
            Set<List<String>> title = titles.get(i);
            long shared = words.stream().filter(title::contains).count();
            if (shared >= Math.min(2, words.size())) {
                scores[i] = (double) shared / words.size();
                best = Math.max(best, scores[i]);
            }
        }
        if (best < threshold) {
            return Optional.empty();
        }
        List<Integer> close = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= threshold && scores[i] >= best - 0.15) {
                close.add(i);
            }
        }
        int chosen = close.stream().filter(i -> i > current).findFirst().orElse(-1);
        if (chosen < 0) {
            // nothing ahead: the best of those behind, the shorter title winning a tie
            for (int i : close) {
                if (chosen < 0 || scores[i] > scores[chosen] || scores[i] == scores[chosen] && titles.get(i).size() < titles.get(chosen).size()) {
                    chosen = i;
                }
            }
        }
        return Optional.of(template.sections().get(chosen));
    }

    /** Adjacent word pairs of a heading or title, generic pairs and linking words removed first. */
    static Set<List<String>> pairs(String text) {
        List<String> words = new ArrayList<>(VietnameseText.words(text));
        for (int i = 0; i + 1 < words.size(); i++) {
            if (GENERIC.contains(List.of(words.get(i), words.get(i + 1)))) {
                words.set(i, "");
                words.set(i + 1, "");
            }
        }
        words.removeIf(w -> w.isEmpty() || LINK_WORDS.contains(w) || w.matches("\\d+"));
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            pairs.add(List.of(words.get(i), words.get(i + 1)));
        }
        return pairs;
    }
}
