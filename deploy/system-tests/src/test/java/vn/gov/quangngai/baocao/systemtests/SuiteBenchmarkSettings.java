package vn.gov.quangngai.baocao.systemtests;

import java.time.Duration;

/** The benchmark's knobs, from system properties. */
final class SuiteBenchmarkSettings {

    private SuiteBenchmarkSettings() {
    }

    static int threads() {
        return Integer.getInteger("bench.threads", 8);
    }

    static long seconds() {
        return Long.getLong("bench.seconds", 20);
    }

    /** How long the services are loaded, unmeasured, before the submit measurements. */
    static long warmUpSeconds() {
        return Long.getLong("bench.warm-up-seconds", 60);
    }

    /**
     * How long the one-request submission is loaded, unmeasured, after that warm-up: a quarter of it,
     * as only its own endpoint is new; the checks and the freezing are those the warm-up ran.
     */
    static Duration oneRequestWarmUp() {
        return Duration.ofSeconds(warmUpSeconds()).dividedBy(4);
    }

    /** "submits" runs only the submit and feed measurements (for a quick look; write them elsewhere with -Dbench.docs=DIR). */
    static boolean submitsOnly() {
        return "submits".equals(System.getProperty("bench.only"));
    }
}
