package org.sanhe.bench.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.HdrHistogram.HistogramLogReader;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws PNGs (XChart) from what {@link EndToEndLoad} wrote. Two uses:
 * <pre>
 * LoadPlots --run DIR --out PREFIX
 *     PREFIX-latency.png: AMI to every console, latency by percentile, one line per step (call rate);
 *     PREFIX-api.png:     API command round trips by percentile, one line per step;
 *     PREFIX-rates.png:   p50, p99, p99.9 and calls/s achieved against the rate asked, with the 20 ms goal.
 * LoadPlots --compare PREFIX LABEL=FILE.hlog ...
 *     PREFIX.png: AMI to every console by percentile, one line per labelled step log (e.g. before and after a fix).
 * </pre>
 * The percentile axis is logarithmic in 1/(1-p): 10 is p90, 100 is p99, 1000 is p99.9.
 */
public final class LoadPlots {

    private static final double GOAL_MS = 20;

    private LoadPlots() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (args.length >= 4 && args[0].equals("--run") && args[2].equals("--out")) {
            run(Path.of(args[1]), args[3]);
        } else if (args.length >= 3 && args[0].equals("--compare")) {
            Map<String, Histogram> series = new LinkedHashMap<>();
            for (int i = 2; i < args.length; i++) {
                String[] labelled = args[i].split("=", 2);
                series.put(labelled[0], read(Path.of(labelled[1])).get("ami-every"));
            }
            save(percentiles("AMI bytes written → event at every console", series, true), args[1]);
        } else {
            throw new IllegalArgumentException("usage: --run DIR --out PREFIX | --compare PREFIX LABEL=FILE...");
        }
    }

    private static void run(Path dir, String prefix) throws IOException {
        Map<String, Histogram> toConsoles = new LinkedHashMap<>();
        Map<String, Histogram> api = new LinkedHashMap<>();
        List<Path> logs = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().matches("step-\\d+\\.hlog")).forEach(logs::add);
        }
        logs.sort((a, b) -> Integer.compare(rateOf(a), rateOf(b)));
        for (Path log : logs) {
            Map<String, Histogram> h = read(log);
            toConsoles.put(rateOf(log) + " calls/s", h.get("ami-every"));
            api.put(rateOf(log) + " calls/s", h.get("api-commands"));
        }
        save(percentiles("AMI bytes written → event at every console (100 consoles)", toConsoles, true),
                prefix + "-latency");
        save(percentiles("API command → acknowledged (HTTP round trip)", api, false), prefix + "-api");
        save(rates(dir.resolve("summary.csv")), prefix + "-rates");
    }

    private static int rateOf(Path log) {
        return Integer.parseInt(log.getFileName().toString().replaceAll("\\D", ""));
    }

    /** The tagged histograms of one step's log, in microseconds. */
    private static Map<String, Histogram> read(Path log) throws IOException {
        Map<String, Histogram> out = new LinkedHashMap<>();
        HistogramLogReader reader = new HistogramLogReader(log.toFile());
        for (EncodableHistogram h = reader.nextIntervalHistogram(); h != null; h = reader.nextIntervalHistogram()) {
            out.put(h.getTag(), (Histogram) h);
        }
        reader.close();
        return out;
    }

    private static XYChart percentiles(String title, Map<String, Histogram> series, boolean goal) {
        XYChart chart = new XYChartBuilder().width(900).height(520).title(title)
                .xAxisTitle("percentile, as 1/(1-p): 10 = p90, 100 = p99, 1000 = p99.9")
                .yAxisTitle("latency (ms)").build();
        chart.getStyler().setXAxisLogarithmic(true).setLegendPosition(Styler.LegendPosition.InsideNW)
                .setMarkerSize(0).setChartBackgroundColor(java.awt.Color.WHITE);
        double maxX = 2;
        for (Map.Entry<String, Histogram> e : series.entrySet()) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (HistogramIterationValue v : e.getValue().percentiles(5)) {
                double p = v.getPercentileLevelIteratedTo() / 100;
                if (p >= 0.99999 || v.getTotalCountToThisValue() >= e.getValue().getTotalCount()) {
                    break;
                }
                x.add(1 / (1 - p));
                y.add(v.getValueIteratedTo() / 1_000.0);
            }
            if (!x.isEmpty()) {
                maxX = Math.max(maxX, x.get(x.size() - 1));
                chart.addSeries(e.getKey() + " (" + e.getValue().getTotalCount() + ")", x, y);
            }
        }
        if (goal) {
            XYSeries line = chart.addSeries("goal p99 ≤ 20 ms", new double[] {1, maxX},
                    new double[] {GOAL_MS, GOAL_MS});
            line.setMarker(SeriesMarkers.NONE).setLineColor(java.awt.Color.RED);
        }
        return chart;
    }

    private static XYChart rates(Path summary) throws IOException {
        List<String> rows = Files.readAllLines(summary);
        List<Double> rate = new ArrayList<>();
        List<Double> achieved = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> p999 = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            rate.add(Double.parseDouble(f[0]));
            achieved.add(Double.parseDouble(f[1]));
            p50.add(Double.parseDouble(f[6]));
            p99.add(Double.parseDouble(f[7]));
            p999.add(Double.parseDouble(f[8]));
        }
        XYChart chart = new XYChartBuilder().width(900).height(520)
                .title("AMI → every console by call rate (100 consoles, 2 cores shared with the harness)")
                .xAxisTitle("calls per second asked of the PBX simulator").yAxisTitle("latency (ms)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW)
                .setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        chart.setYAxisGroupTitle(1, "calls per second achieved (dashed)");
        chart.addSeries("p50", rate, p50);
        chart.addSeries("p99", rate, p99);
        chart.addSeries("p99.9", rate, p999);
        double last = rate.get(rate.size() - 1);
        chart.addSeries("goal p99 ≤ 20 ms", new double[] {rate.get(0), last}, new double[] {GOAL_MS, GOAL_MS})
                .setMarker(SeriesMarkers.NONE).setLineColor(java.awt.Color.RED);
        XYSeries calls = chart.addSeries("calls/s achieved (right axis)", rate, achieved);
        calls.setLineStyle(SeriesLines.DASH_DASH);
        calls.setYAxisGroup(1);
        return chart;
    }

    private static void save(XYChart chart, String prefix) throws IOException {
        File file = new File(prefix + ".png");
        if (file.getParentFile() != null) {
            Files.createDirectories(file.getParentFile().toPath());
        }
        BitmapEncoder.saveBitmap(chart, prefix, BitmapEncoder.BitmapFormat.PNG);
        System.out.println("wrote " + file);
    }
}
