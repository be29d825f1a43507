package org.ecosite.data;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ecosite.config.SiteLayout;
import org.ecosite.model.Figure;
import org.ecosite.model.Site;
import org.ecosite.parallel.Parallel;

/** The open data files of a site: its figures as CSV and JSON, for the whole site, each report and each indicator. */
public final class SiteData {

    /** Where the files go: each is written by {@code content} straight to its stream. */
    @FunctionalInterface
    public interface Sink {
        void write(String path, Content content);
    }

    /** What writes one file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SiteData() {
    }

    /** Writes every file, in parallel; {@code sink} must accept calls from many threads. */
    public static void write(Site site, Sink sink) {
        if (site.figures().all().isEmpty()) {
            return;
        }
        OpenData data = new OpenData(site.config().language(), site.config().baseUrl().toString());
        // One list of files, largest first, so the site-wide files are not left to one core at the end.
        List<Map.Entry<Function<String, String>, List<Figure>>> files = new ArrayList<>();
        files.add(Map.entry(SiteLayout::siteData, site.figures().all()));
        site.indicators().forEach(p -> files.add(Map.entry(format -> SiteLayout.indicatorData(p.route(),
                p.indicator().id(), format), p.figures())));
        site.reports().forEach(r -> {
            List<Figure> figures = site.figures().ofReport(r.route());
            if (!figures.isEmpty()) {
                files.add(Map.entry(format -> SiteLayout.reportData(r.route(), format), figures));
            }
        });
        // CSV and JSON of one list are two tasks, written straight to their files.
        Parallel.each(files.size() * 2, k -> {
            Map.Entry<Function<String, String>, List<Figure>> f = files.get(k / 2);
            if (k % 2 == 0) {
                sink.write(f.getKey().apply("csv"), out -> data.csv(f.getValue(), out));
            } else {
                sink.write(f.getKey().apply("json"), out -> data.json(f.getValue(), out));
            }
        });
    }
}
