package org.ecosite.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.ecosite.chart.BarChart;
import org.ecosite.chart.ChartFonts;
import org.ecosite.chart.ChartRenderer;
import org.ecosite.chart.ChartSpec;
import org.ecosite.chart.Scale;
import org.ecosite.chart.SiteCharts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartDrawingTest {

    @TempDir
    Path temp;

    private static BarChart chart(String id, double value) {
        return new BarChart(id, "优良天数比例", "2024年上半年", List.of(new BarChart.Bar("青山县", value, value + "%", false)),
                Scale.PERCENT, Optional.empty(), "青山县 " + value + "%", new ChartSpec.DataTable("表", List.of(),
                        List.of()));
    }

    /**
     * Equal charts on several pages are drawn once, whatever the threads do, and each page gets the files:
     * the count a build tells is the same every time.
     */
    @Test
    void anEqualChartIsDrawnOnceAndWrittenForEachPage() throws Exception {
        ChartRenderer renderer = new ChartRenderer(ChartFonts.builtIn(), Locale.CHINA);
        List<SiteCharts.Planned> planned = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // Twelve pages, three different charts: each drawn once, nine taken again.
            planned.add(new SiteCharts.Planned("reports/r" + i + "/", chart("figures-1", 80 + i % 3), true));
        }
        for (int run = 0; run < 2; run++) {
            Map<String, byte[]> files = new ConcurrentHashMap<>();
            ChartDrawing.Drawn drawn = ChartDrawing.draw(planned, renderer, temp.resolve("cache-" + run), "default",
                    done -> { }, files::put);
            assertEquals(3, drawn.rendered(), "drawn anew");
            assertEquals(9, drawn.reused(), "taken again");
            assertEquals(24, files.size(), files.keySet().toString());
            assertArrayEquals(files.get("reports/r0/figures-1.png"), files.get("reports/r3/figures-1.png"));
            assertEquals(12, drawn.byPage().size());
        }
    }
}
