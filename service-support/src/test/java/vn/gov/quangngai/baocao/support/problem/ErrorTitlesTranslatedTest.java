package vn.gov.quangngai.baocao.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.support.i18n.Languages;

/**
 * Every code's problem {@code title} in both languages the services write: Vietnamese (the default)
 * and English. Read from the bundle files themselves, so a missing English title is not hidden by
 * the fallback to Vietnamese.
 */
class ErrorTitlesTranslatedTest {

    private static final String PREFIX = "support.title.";

    @Test
    void everyCodeHasAVietnameseTitleThatIsNotTheEnglishOne() {
        Properties vietnamese = bundle("i18n/support.properties");
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(vietnamese.getProperty(PREFIX + code.name())).as("Vietnamese title of %s", code)
                    .isNotBlank()
                    .isNotEqualTo(code.title());
        }
    }

    @Test
    void everyCodeHasAnEnglishTitleThatIsTheCataloguesOwn() {
        Properties english = bundle("i18n/support_en.properties");
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(english.getProperty(PREFIX + code.name())).as("English title of %s", code).isEqualTo(code.title());
        }
    }

    @Test
    void noBundleHasATitleForACodeThatIsNotInTheCatalogue() {
        Set<String> codes = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet());
        for (String file : new String[] {"i18n/support.properties", "i18n/support_en.properties"}) {
            Set<String> titled = bundle(file).stringPropertyNames().stream()
                    .filter(key -> key.startsWith(PREFIX)).map(key -> key.substring(PREFIX.length())).collect(Collectors.toSet());
            assertThat(titled).as("codes titled in %s", file).isEqualTo(codes);
        }
    }

    @Test
    void aProblemTitleFollowsTheCallersLanguage() {
        assertThat(ErrorCode.ROUND_CLOSED.title(Languages.VIETNAMESE)).isEqualTo("Kỳ báo cáo đã đóng");
        assertThat(ErrorCode.ROUND_CLOSED.title(Locale.ENGLISH)).isEqualTo("Round closed");
    }

    static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ErrorTitlesTranslatedTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
