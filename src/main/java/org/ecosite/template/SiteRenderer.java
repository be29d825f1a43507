package org.ecosite.template;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.ecosite.chart.RenderedChart;
import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.model.Region;
import org.ecosite.model.Report;
import org.ecosite.model.Routes;
import org.ecosite.model.Section;
import org.ecosite.model.Site;

/**
 * Renders every page of a site with the theme's templates and hands each to a sink as
 * (output path, bytes). Reports render in parallel; the sink must accept calls from many threads.
 */
public final class SiteRenderer {

    private static final int LATEST_ON_HOME = 10;

    private final Templates templates;
    private final ThemeStrings strings;

    public SiteRenderer(Templates templates, ThemeStrings strings) {
        this.templates = templates;
        this.strings = strings;
    }

    /**
     * @param charts the charts of each report, by report route
     * @return how many pages were rendered
     */
    public int render(Site site, Map<String, List<RenderedChart>> charts, BiConsumer<String, byte[]> sink,
                      Problems problems) {
        ViewFactory views = new ViewFactory(site, strings);
        AtomicInteger pages = new AtomicInteger();
        String organization = views.site().organization();

        Views.Page homePage = views.page(site.home().title().orElse(site.config().title()),
                site.home().summary().orElse(site.config().description().orElse("")), "", "home",
                List.of(), strings.get("nav.home"), null, organization);
        page("home", views.context(homePage, "home", views.home(LATEST_ON_HOME)), "index.html", sink, problems, pages);

        site.reports().parallelStream().forEach(r -> {
            Optional<Section> section = site.section(r.section());
            Views.Report view = views.report(r, charts.getOrDefault(r.route(), List.of()));
            Views.Page meta = views.page(r.frontMatter().title(), r.frontMatter().summary().orElse(""), r.route(),
                    "report", views.crumbs(r.section(), r.frontMatter().title()),
                    section.map(Section::title).orElse(strings.get("nav.home")), r.frontMatter().date().toString(),
                    view.disclosure().organization());
            page("report", views.context(meta, "report", view), r.route() + "index.html", sink, problems, pages);
        });

        for (Section s : site.sections()) {
            Views.Page meta = views.page(s.title(), s.summary().orElse(""), s.route(), "list",
                    views.crumbs(parent(s.folder()), s.title()), s.title(), null, organization);
            Views.ListPage list = views.list(s.title(), s.summary(), s.introHtml(), s.reports(), views.children(s));
            page("list", views.context(meta, "list", list), s.route() + "index.html", sink, problems, pages);
        }

        if (!site.regions().isEmpty()) {
            String title = strings.get("regions.title");
            Views.Page meta = views.page(title, "", Routes.REGIONS, "regions", views.crumbs("", title), title, null,
                    organization);
            List<Views.RegionEntry> entries = site.regions().stream().map(views::regionEntry).toList();
            page("regions", views.context(meta, "regions", entries), Routes.REGIONS + "index.html", sink, problems,
                    pages);
            for (Region region : site.regions()) {
                List<Views.Link> crumbs = new java.util.ArrayList<>(views.crumbs("", title));
                crumbs.set(crumbs.size() - 1, new Views.Link(title, views.href(Routes.REGIONS), false));
                crumbs.add(new Views.Link(region.name(), null, true));
                Views.Page regionMeta = views.page(region.name(), "", region.route(), "list", crumbs, title, null,
                        organization);
                Views.ListPage list = views.list(region.name(), Optional.empty(), "", region.reports(), List.of());
                page("list", views.context(regionMeta, "list", list), region.route() + "index.html", sink, problems,
                        pages);
            }
        }

        String missing = strings.get("notfound.title");
        Views.Page notFound = views.page(missing, "", "404.html", "notfound", List.of(), missing, null, organization);
        page("home", views.context(notFound, "home", views.home(LATEST_ON_HOME)), "404.html", sink, problems, pages);
        return pages.get();
    }

    /** How many pages {@link #render} makes of a site, for a progress display; keep it in step with render. */
    public static int pageCount(Site site) {
        int regions = site.regions().isEmpty() ? 0 : site.regions().size() + 1;
        return 2 + site.reports().size() + site.sections().size() + regions;
    }

    private void page(String template, Map<String, Object> context, String path, BiConsumer<String, byte[]> sink,
                      Problems problems, AtomicInteger pages) {
        try {
            sink.accept(path, templates.render(template, context).getBytes(StandardCharsets.UTF_8));
            pages.incrementAndGet();
        } catch (Templates.TemplateError e) {
            problems.error(e.file(), new Position(e.line(), 1), "template.error", e.getMessage());
        }
    }

    private static String parent(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }
}
