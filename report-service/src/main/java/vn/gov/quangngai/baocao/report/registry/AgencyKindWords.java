package vn.gov.quangngai.baocao.report.registry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kind of agency a person writes in a list: the code ({@code XA}, {@code DAC_KHU}) or the
 * Vietnamese word ({@code xã}, {@code Phường}, {@code UBND huyện}, {@code đặc khu}), in any case,
 * with or without its accents. "Thị xã" and "thành phố" are district-level (HUYEN), not communes.
 */
public final class AgencyKindWords {

    private static final Map<String, AgencyKind> WORDS = Map.ofEntries(
            Map.entry("so", AgencyKind.SO),
            Map.entry("ban", AgencyKind.BAN),
            Map.entry("nganh", AgencyKind.NGANH),
            Map.entry("huyen", AgencyKind.HUYEN),
            Map.entry("thi xa", AgencyKind.HUYEN),
            Map.entry("thanh pho", AgencyKind.HUYEN),
            Map.entry("xa", AgencyKind.XA),
            Map.entry("phuong", AgencyKind.PHUONG),
            Map.entry("dac khu", AgencyKind.DAC_KHU));

    private AgencyKindWords() {
    }

    public static Optional<AgencyKind> kind(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String word = folded(written).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
        for (String prefix : new String[] {"ubnd ", "uy ban nhan dan "}) {
            if (word.startsWith(prefix)) {
                word = word.substring(prefix.length());
            }
        }
        return Optional.ofNullable(WORDS.get(word));
    }

    /** Lower case without diacritics; đ is a letter of its own in Unicode, not d with a mark. */
    private static String folded(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
