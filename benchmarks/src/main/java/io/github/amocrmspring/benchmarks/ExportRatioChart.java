package io.github.amocrmspring.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws the export ratio of each client against the latency per request, under amoCRM's bound of 1.0. */
public final class ExportRatioChart {

    private static final int WIDTH = 800;

    private static final int HEIGHT = 500;

    /** Draw the chart of the export figures into a PNG file. */
    public void write(List<ThroughputResult> export, Path file) throws IOException {
        JFreeChart chart = new JFreeChart(
                "Export of 20,000 leads: share of amoCRM's bound (7 requests/s)",
                new Font(Font.SANS_SERIF, Font.BOLD, 16),
                plot(export),
                true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    private XYPlot plot(List<ThroughputResult> export) {
        NumberAxis latency = new NumberAxis("Latency per request (ms)");
        latency.setAutoRangeIncludesZero(true);
        NumberAxis ratio = new NumberAxis("Ratio of the bound (1.0 = amoCRM's limit)");
        ratio.setRange(0, 1.15);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(series(export), latency, ratio, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        plot.addRangeMarker(marker(1.0, "bound: 7 requests/s", Color.BLACK, new BasicStroke(2f)));
        plot.addRangeMarker(marker(
                BenchmarkResults.EXPORT_TARGET_RATIO,
                "target 0.9",
                Color.GRAY,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 6f}, 0f)));
        return plot;
    }

    private XYSeriesCollection series(List<ThroughputResult> export) {
        Map<String, XYSeries> byClient = new LinkedHashMap<>();
        for (ThroughputResult result : export) {
            byClient.computeIfAbsent(result.client(), XYSeries::new).add(result.latencyMillis(), result.ratio());
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        byClient.values().forEach(dataset::addSeries);
        return dataset;
    }

    private ValueMarker marker(double value, String label, Color color, BasicStroke stroke) {
        ValueMarker marker = new ValueMarker(value, color, stroke);
        marker.setLabel(label);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return marker;
    }
}
