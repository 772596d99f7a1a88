package vn.gov.quangngai.baocao.systemtests;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** A grouped bar chart as PNG, drawn with Java2D so the benchmarks need nothing beyond the JDK. */
final class BarChart {

    /** One group of bars (e.g. one data size), one value per series. */
    record Group(String label, double... values) {
    }

    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c)};

    private BarChart() {
    }

    static void write(Path file, String title, String unit, List<String> series, List<Group> groups) {
        int width = 760;
        int height = 420;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, 20, 28);
        double max = groups.stream().flatMapToDouble(group -> java.util.Arrays.stream(group.values())).max().orElse(1);
        int left = 80;
        int bottom = height - 60;
        int top = 60;
        int plotWidth = width - left - 30;
        g.setStroke(new BasicStroke(1));
        g.drawLine(left, top, left, bottom);
        g.drawLine(left, bottom, left + plotWidth, bottom);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            int y = bottom - (int) ((bottom - top) * tick / 4.0);
            g.setColor(new Color(0xdddddd));
            g.drawLine(left + 1, y, left + plotWidth, y);
            g.setColor(Color.BLACK);
            g.drawString(format(value), 8, y + 4);
        }
        g.drawString(unit, 8, top - 12);
        int groupWidth = plotWidth / Math.max(1, groups.size());
        int barWidth = Math.max(8, (groupWidth - 30) / Math.max(1, series.size()));
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            int x0 = left + i * groupWidth + 15;
            for (int s = 0; s < group.values().length; s++) {
                int barHeight = (int) ((bottom - top) * group.values()[s] / max);
                g.setColor(COLOURS[s % COLOURS.length]);
                g.fillRect(x0 + s * barWidth, bottom - barHeight, barWidth - 4, barHeight);
                g.setColor(Color.BLACK);
                g.drawString(format(group.values()[s]), x0 + s * barWidth, bottom - barHeight - 4);
            }
            g.drawString(group.label(), x0, bottom + 18);
        }
        for (int s = 0; s < series.size(); s++) {
            g.setColor(COLOURS[s % COLOURS.length]);
            g.fillRect(left + s * 240, height - 26, 14, 14);
            g.setColor(Color.BLACK);
            g.drawString(series.get(s), left + s * 240 + 20, height - 14);
        }
        g.dispose();
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(double value) {
        return value >= 100 ? String.format("%.0f", value) : String.format("%.1f", value);
    }
}
