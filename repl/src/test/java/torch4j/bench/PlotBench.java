package torch4j.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import torch4j.plot.Figure;
import torch4j.plot.Plt;
import torch4j.render.BrailleChart;
import torch4j.render.Kitty;
import torch4j.render.Sixel;

/**
 * Plot rendering times (not a test): a fresh 640×480 figure with one 200-point line, rendered to
 * PNG bytes, SVG text, a sixel sequence, a kitty sequence and a braille chart. Run by
 * {@code bench/plot.sh} next to {@code bench/plot_bench.py} (matplotlib's Agg backend).
 * Prints {@code name best_ms median_ms} per case after a warm-up.
 */
public final class PlotBench {
    private PlotBench() {}

    public static void main(String[] args) {
        double[] y = new double[200];
        for (int i = 0; i < y.length; i++) y[i] = Math.sin(i / 10.0);
        time("png_200pts", () -> { Figure f = line(y); return f.toPng().length; });
        time("svg_200pts", () -> { Figure f = line(y); return f.toSvg().length(); });
        time("sixel_200pts", () -> { Figure f = line(y); return Sixel.encode(f.toImage()).length(); });
        time("kitty_200pts", () -> { Figure f = line(y); return Kitty.encode(f.toPng()).length(); });
        time("braille_200pts", () -> BrailleChart.plot(y, 80, 20).length());
    }

    private static Figure line(double[] y) {
        Figure f = Plt.figure();
        Plt.plot(y);
        Plt.close();
        return f;
    }

    private static void time(String name, Supplier<Integer> body) {
        long sink = 0;
        for (int i = 0; i < 30; i++) sink += body.get();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long t0 = System.nanoTime();
            sink += body.get();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%-16s best=%7.2f ms  median=%7.2f ms  (%d)%n", name, ms.getFirst(), ms.get(ms.size() / 2), sink % 7);
    }
}
