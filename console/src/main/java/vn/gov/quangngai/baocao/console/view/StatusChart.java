package vn.gov.quangngai.baocao.console.view;

import java.util.ArrayList;
import java.util.List;
import vn.gov.quangngai.baocao.console.client.model.Round;

/**
 * A stacked bar of where a round's reports stand, drawn as SVG rectangles on a 0–1000 scale:
 * no script, no inline style, readable without the picture through its legend and label.
 */
public record StatusChart(List<Segment> segments, int expected, String description) {

    public static final int WIDTH = 1000;

    /** One status's share of the bar. */
    public record Segment(StatusWord word, int count, int x, int width) {
    }

    public static StatusChart of(Round.Counts counts) {
        int[] values = {counts.notStarted(), counts.draft(), counts.submitted(), counts.returned(), counts.accepted()};
        int total = 0;
        for (int value : values) {
            total += value;
        }
        List<Segment> segments = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        int x = 0;
        int seen = 0;
        for (int i = 0; i < values.length; i++) {
            StatusWord word = StatusWord.STATUSES.get(i);
            seen += values[i];
            // each edge at its rounded cumulative share: the widths always add up to the whole bar
            int end = total == 0 ? 0 : Math.round((float) seen * WIDTH / total);
            if (values[i] > 0) {
                segments.add(new Segment(word, values[i], x, end - x));
            }
            x = end;
            description.append(i == 0 ? "" : ", ").append(word.label()).append(' ').append(values[i]);
        }
        return new StatusChart(segments, counts.expected(), description + " trên " + counts.expected() + " cơ quan");
    }
}
