package vn.gov.quangngai.baocao.console.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The console's own settings ({@code baocao.console.*} in application.properties). */
@ConfigMapping(prefix = "baocao.console")
public interface ConsoleConfig {

    /** How often an open completeness board asks report-service for changes. */
    @WithDefault("3s")
    Duration boardRefresh();

    /** How many agencies a figure's chart on the summary page shows, the largest values first. */
    @WithDefault("10")
    int chartTop();

    /**
     * The key (32 characters or more) the forms' anti-forgery tokens are signed with: the same for
     * every instance, or a form shown by one would be refused by another.
     */
    String csrfKey();
}
