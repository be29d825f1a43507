package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.ecosite.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long list's pager names the first and last pages and those near the current one, not every page. */
class PagerTest {

    @TempDir
    Path temp;

    @Test
    void thePagerShowsAWindowOfPagesWithGaps() {
        Path site = temp.resolve("site");
        TestSites.write(site.resolve("site.yaml"), "title: 分页测试\nbase_url: https://www.example.gov.cn/\npage_size: 1\n");
        for (int i = 1; i <= 12; i++) {
            TestSites.write(site.resolve(String.format("content/reports/r%02d.md", i)), "---\ntitle: 第" + i
                    + "篇\ndate: 2024-01-" + String.format("%02d", i) + "\nregion: 测试县\n---\n\n正文。\n");
        }
        Path out = temp.resolve("out");
        TestSites.Run run = TestSites.run("build", "--source", site.toString(), "--output", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        Document sixth = TestSites.html(out.resolve("reports/page/6/index.html"));
        List<String> pager = sixth.select(".pager li").eachText();
        assertEquals(List.of("上一页", "第 1 页", "…", "第 4 页", "第 5 页", "第 6 页", "第 7 页", "第 8 页", "…", "第 12 页",
                "下一页"), pager);
        assertEquals("page", sixth.selectFirst(".pager [aria-current]").attr("aria-current"));
        List<String> first = TestSites.html(out.resolve("reports/index.html")).select(".pager li").eachText();
        assertEquals(List.of("第 1 页", "第 2 页", "第 3 页", "…", "第 12 页", "下一页"), first);
    }
}
