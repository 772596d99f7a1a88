package vn.gov.quangngai.baocao.support.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A message of the catalogue: a key and its arguments, put into the caller's language only when
 * the answer is written. The key's first part names the module's bundle ({@code support.…} is in
 * {@code i18n/support.properties}, {@code report.…} in {@code i18n/report.properties}).
 */
public record Msg(String key, List<Object> args) {

    /** A message; an argument that is itself a {@code Msg} is put into the same language. */
    public static Msg of(String key, Object... args) {
        return new Msg(key, Arrays.stream(args).map(a -> a instanceof Msg ? a : String.valueOf(a)).toList());
    }

    /** The message in {@code locale}'s language. */
    public String in(Locale locale) {
        return Messages.text(this, locale);
    }

    @Override
    public String toString() {
        return in(Languages.ENGLISH);
    }
}
