package vn.gov.quangngai.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static Properties bundle(String resource) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    @Test
    void everyVietnameseMessageHasItsEnglishTwinAndNoMore() throws IOException {
        Properties vietnamese = bundle("/i18n/report.properties");
        Properties english = bundle("/i18n/report_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
    }
}
