package org.sala.moderation.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.sala.moderation.service.QueueHealth;

/**
 * The queue health page's two pictures as SVG, drawn on the server from numbers only (the labels
 * are escaped), shown as images: arrivals and decisions per day, and the time-to-decision
 * histogram. (Hand-written: a chart library would bring a client bundle; Vaadin Charts is commercial.)
 */
final class QueueHealthCharts {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int BOTTOM = 30;
    private static final int TOP = 20;
    private static final String ARRIVALS = "#0b6e69";
    private static final String DECISIONS = "#c2410c";

    private QueueHealthCharts() {}

    /** Bars for arrivals, a line for decisions, one day each, with the legend's words. */
    static String days(List<QueueHealth.Day> days, String arrivalsLabel, String decisionsLabel) {
        long max = Math.max(1, days.stream().mapToLong(day -> Math.max(day.arrivals(), day.decisions())).max().orElse(1));
        double step = (WIDTH - LEFT - 10) / (double) Math.max(1, days.size());
        StringBuilder svg = start();
        axis(svg, max);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            QueueHealth.Day day = days.get(i);
            double x = LEFT + i * step;
            double barHeight = height(day.arrivals(), max);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                    x + 1, HEIGHT - BOTTOM - barHeight, step - 2, barHeight, ARRIVALS));
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x + step / 2, HEIGHT - BOTTOM - height(day.decisions(), max)));
            if (i % 5 == 0 || i == days.size() - 1) {
                svg.append(text(x, HEIGHT - 10, day.day().toString().substring(5), "start"));
            }
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(DECISIONS).append("\" stroke-width=\"2.5\" points=\"")
                .append(line.toString().strip()).append("\"/>");
        legend(svg, arrivalsLabel, decisionsLabel);
        return dataUrl(svg);
    }

    /** One bar per bucket of time to decision. */
    static String histogram(List<Long> buckets, List<String> labels) {
        long max = Math.max(1, buckets.stream().mapToLong(Long::longValue).max().orElse(1));
        double step = (WIDTH - LEFT - 10) / (double) buckets.size();
        StringBuilder svg = start();
        axis(svg, max);
        for (int i = 0; i < buckets.size(); i++) {
            double x = LEFT + i * step;
            double barHeight = height(buckets.get(i), max);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                    x + 8, HEIGHT - BOTTOM - barHeight, step - 16, barHeight, ARRIVALS));
            svg.append(text(x + step / 2, HEIGHT - BOTTOM - barHeight - 4, String.valueOf(buckets.get(i)), "middle"));
            svg.append(text(x + step / 2, HEIGHT - 10, labels.get(i), "middle"));
        }
        return dataUrl(svg);
    }

    private static StringBuilder start() {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                        + "font-family=\"sans-serif\" font-size=\"11\"><rect width=\"100%%\" height=\"100%%\" fill=\"#fff\"/>",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
    }

    private static void axis(StringBuilder svg, long max) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
                LEFT, HEIGHT - BOTTOM, WIDTH - 10, HEIGHT - BOTTOM));
        svg.append(text(LEFT - 6, TOP + 4, String.valueOf(max), "end"));
        svg.append(text(LEFT - 6, HEIGHT - BOTTOM, "0", "end"));
    }

    private static void legend(StringBuilder svg, String arrivals, String decisions) {
        svg.append("<rect x=\"").append(LEFT + 10).append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"").append(ARRIVALS)
                .append("\"/>").append(text(LEFT + 24, 13, arrivals, "start"));
        svg.append("<rect x=\"").append(LEFT + 200).append("\" y=\"8\" width=\"14\" height=\"3\" fill=\"").append(DECISIONS)
                .append("\"/>").append(text(LEFT + 218, 13, decisions, "start"));
    }

    private static double height(long value, long max) {
        return value * (HEIGHT - BOTTOM - TOP) / (double) max;
    }

    private static String text(double x, double y, String words, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"#333\">%s</text>",
                x, y, anchor, escape(words));
    }

    static String escape(String words) {
        return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String dataUrl(StringBuilder svg) {
        svg.append("</svg>");
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
    }
}
