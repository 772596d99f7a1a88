package vn.gov.quangngai.baocao.systemtests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles and medians of measured durations, in milliseconds. */
final class Stats {

    private final List<Double> values;

    Stats(List<Double> values) {
        this.values = new ArrayList<>(values);
        Collections.sort(this.values);
    }

    int count() {
        return values.size();
    }

    double percentile(double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * values.size()) - 1;
        return values.get(Math.max(0, Math.min(values.size() - 1, index)));
    }

    double median() {
        return percentile(50);
    }
}
