package vn.gov.quangngai.baocao.systemtests;

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
}
