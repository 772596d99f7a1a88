package vn.gov.quangngai.baocao.support.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocationHeaderTest {

    private static LocationHeader with(Optional<String> publicBaseUrl) {
        return new LocationHeader(new HttpLimits() {
            @Override
            public Duration bodyTimeout() {
                return Duration.ofSeconds(30);
            }

            @Override
            public int maxRequestTarget() {
                return 8192;
            }

            @Override
            public int maxHeaderBytes() {
                return 16384;
            }

            @Override
            public Optional<String> publicBaseUrl() {
                return publicBaseUrl;
            }
        });
    }

    @Test
    void theHostAClientSentIsDroppedFromALocation() {
        assertThat(with(Optional.empty()).of("http://evil.example:666/api/v1/rounds/DVCQ-2021")).isEqualTo("/api/v1/rounds/DVCQ-2021");
        assertThat(with(Optional.empty()).of("http://evil.example/api/v1/rounds/A%20B?x=1")).isEqualTo("/api/v1/rounds/A%20B?x=1");
    }

    @Test
    void theConfiguredPublicAddressIsPutInFront() {
        assertThat(with(Optional.of("https://baocao.quangngai.gov.vn/")).of("http://evil.example/api/v1/rounds/DVCQ-2021"))
                .isEqualTo("https://baocao.quangngai.gov.vn/api/v1/rounds/DVCQ-2021");
    }
}
