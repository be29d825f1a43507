package org.ecosite.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.source.TextFile;
import org.ecosite.yaml.MappingReader;
import org.ecosite.yaml.YamlLoader;
import org.ecosite.yaml.YamlNode;

/** Reads site.yaml from a site folder. */
public final class SiteConfigLoader {

    public static final String FILE = SiteLayout.CONFIG;

    private static final List<String> KEYS = List.of("title", "base_url", "language", "theme", "organization",
            "description", "footer", "charts", "page_size", "cache_dir", "health",
            // read by `ecosite export portal` alone (export/PortalFields), which checks it
            "portal",
            // read by kind/DisclosureCatalog, for the 主动公开目录
            "catalog");
    private static final List<String> FOOTER_KEYS = List.of("host", "organizer", "site_id_code", "icp",
            "police_record", "contact", "error_report_url", "badge", "badge_url");
    private static final List<String> CHART_KEYS = List.of("enabled", "png", "font");
    private static final List<String> HEALTH_KEYS = List.of("stale_after_days", "sections");

    private SiteConfigLoader() {
    }

    public static Optional<SiteConfig> load(Path siteDir, Problems problems) {
        Path file = siteDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            problems.error(FILE, Position.START, "config.missing", siteDir.toAbsolutePath().normalize());
            return Optional.empty();
        }
        Optional<String> text = TextFile.read(file, FILE, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlNode> tree = YamlLoader.load(text.get(), FILE, 1, problems);
        if (tree.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(FILE, Position.START, "config.empty");
            }
            return Optional.empty();
        }
        return MappingReader.of(tree.get(), FILE, FILE, problems).flatMap(r -> read(r, problems));
    }

    private static Optional<SiteConfig> read(MappingReader site, Problems problems) {
        site.warnUnknownKeys(KEYS);
        Optional<String> title = site.text("title", true);
        Optional<URI> baseUrl = site.scalar("base_url", true).flatMap(s -> {
            Optional<URI> parsed = BaseUrl.parse(s.text());
            if (parsed.isEmpty()) {
                problems.error(FILE, s.position(), "config.base_url", s.text());
            }
            return parsed;
        });
        Language language = site.scalar("language", false).map(s -> Language.fromTag(s.text()).orElseGet(() -> {
            problems.error(FILE, s.position(), "config.language", s.text());
            return Language.ZH_CN;
        })).orElse(Language.ZH_CN);
        String theme = site.text("theme", false).orElse("default");
        if (!theme.matches("[A-Za-z0-9_-]+")) {
            problems.error(FILE, site.valuePositionOf("theme"), "config.theme_name", theme);
        }
        Footer footer = site.child("footer").map(SiteConfigLoader::footer).orElse(Footer.empty());
        ChartOptions charts = site.child("charts").map(c -> {
            c.warnUnknownKeys(CHART_KEYS);
            return new ChartOptions(c.bool("enabled").orElse(true), c.bool("png").orElse(true), c.text("font", false));
        }).orElse(ChartOptions.DEFAULT);
        int pageSize = site.scalar("page_size", false).map(s -> {
            if (!s.text().matches("\\d{1,4}") || Integer.parseInt(s.text()) < 1) {
                problems.error(FILE, s.position(), "config.page_size", s.text());
                return SiteConfig.DEFAULT_PAGE_SIZE;
            }
            return Integer.parseInt(s.text());
        }).orElse(SiteConfig.DEFAULT_PAGE_SIZE);
        Health health = site.child("health").map(SiteConfigLoader::health).orElse(Health.DEFAULT);
        Optional<String> cacheDir = site.scalar("cache_dir", false).flatMap(s -> {
            if (SiteLayout.isInsideInputs(Path.of(s.text()))) {
                problems.error(FILE, s.position(), "config.cache_dir", s.text());
                return Optional.empty();
            }
            return Optional.of(s.text());
        });
        if (title.isEmpty() || baseUrl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title.get(), baseUrl.get(), language, theme, site.text("organization", false),
                site.text("description", false), footer, charts, pageSize, cacheDir, health));
    }

    private static Health health(MappingReader health) {
        health.warnUnknownKeys(HEALTH_KEYS);
        int site = health.scalar("stale_after_days", false).map(s -> days(s, "stale_after_days", health))
                .orElse(Health.DEFAULT_STALE_AFTER_DAYS);
        List<Health.Section> sections = new java.util.ArrayList<>();
        health.child("sections").ifPresent(columns -> {
            for (YamlNode.Entry entry : columns.mapping().entries()) {
                String folder = entry.key().text().strip().replaceAll("^/+|/+$", "");
                if (!(entry.value() instanceof YamlNode.Scalar value) || value.isNull()) {
                    health.problems().error(FILE, entry.value().position(), "config.health_days", folder,
                            entry.value() instanceof YamlNode.Scalar ? "" : entry.value().kind());
                    continue;
                }
                sections.add(new Health.Section(folder, days(value, folder, health)));
            }
        });
        return new Health(site, sections);
    }

    /** A whole number of days, at least one; a mistake is reported and the default used. */
    private static int days(YamlNode.Scalar value, String key, MappingReader reader) {
        String text = value.text().strip();
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) < 1) {
            reader.problems().error(FILE, value.position(), "config.health_days", key, text);
            return Health.DEFAULT_STALE_AFTER_DAYS;
        }
        return Integer.parseInt(text);
    }

    private static Footer footer(MappingReader footer) {
        footer.warnUnknownKeys(FOOTER_KEYS);
        return new Footer(footer.text("host", false), footer.text("organizer", false),
                footer.text("site_id_code", false), footer.text("icp", false), footer.text("police_record", false),
                footer.text("contact", false), address(footer, "error_report_url"), address(footer, "badge"),
                address(footer, "badge_url"));
    }

    /** An address published on every page: one with a scheme that runs code is an error, as in a Markdown link. */
    private static Optional<String> address(MappingReader mapping, String key) {
        return mapping.text(key, false).filter(url -> {
            Optional<String> forbidden = UrlSchemes.forbidden(url);
            forbidden.ifPresent(scheme -> mapping.problems().error(FILE, mapping.valuePositionOf(key),
                    "config.url_scheme", key, url, scheme));
            return forbidden.isEmpty();
        });
    }
}
