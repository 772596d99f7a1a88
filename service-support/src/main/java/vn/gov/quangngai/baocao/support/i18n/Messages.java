package vn.gov.quangngai.baocao.support.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Puts catalogue messages into words from the modules' bundles, {@code i18n/<module>.properties}
 * (Vietnamese) and {@code i18n/<module>_en.properties} (English). Arguments are inserted as text,
 * so that a year or a version number is never given thousands separators.
 */
public final class Messages {

    /** No fallback to the machine's default locale: a missing English text falls back to Vietnamese, never the reverse by accident. */
    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String text(Msg message, Locale locale) {
        String key = message.key();
        int dot = key.indexOf('.');
        String pattern;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/" + (dot < 0 ? key : key.substring(0, dot)),
                    Languages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Languages.ENGLISH : Languages.VIETNAMESE, CONTROL);
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key + (message.args().isEmpty() ? "" : " " + message.args());
        }
        Object[] args = message.args().stream().map(a -> a instanceof Msg nested ? text(nested, locale) : a).toArray();
        return new MessageFormat(pattern, locale).format(args);
    }
}
