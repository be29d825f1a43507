package org.ecosite.authoring;

import java.time.LocalDate;
import java.util.Optional;

import org.ecosite.config.Language;
import org.ecosite.indicator.Period;

/**
 * A new report: every field of the content model, filled in where the command line or the site says
 * what to write, commented out with an example where the editor has to decide, and each explained in
 * Chinese. It starts as a draft, so it shows in preview and is published only once the editor says so;
 * it builds as it is.
 */
public final class ReportSkeleton {

    /**
     * What the new report starts with.
     *
     * @param organization the site's organisation (site.yaml), the default 发布机构
     */
    public record Start(Optional<String> title, Optional<String> region, Optional<Period> period,
                        Optional<String> organization, LocalDate today) {
    }

    private ReportSkeleton() {
    }

    public static String text(Start start) {
        LocalDate today = start.today();
        String title = start.title().orElseGet(() -> defaultTitle(start.period()));
        FrontMatterText fm = new FrontMatterText()
                .comment("新报告，" + today + " 由 ecosite new report 生成。以“#”开头的是说明，可以删去；")
                .comment("要填的字段去掉行首的“# ”再写。每个字段的写法见编辑指南 docs/editor-guide.md。")
                .text("title", title, start.title().isPresent() ? "标题（必填）"
                        : FrontMatterText.toConfirm("标题（必填）：请改成报告的正式标题"))
                .value("date", today.toString(), "发布日期（必填）：实际发布的那一天；发布后不再修改")
                .later("updated", today.plusDays(7).toString(), "更新日期：发布后有实质性修改时才写，并在 corrections 中说明");
        if (start.organization().isPresent()) {
            fm.text("organization", start.organization().get(), "发布机构：不写时用 site.yaml 中的 organization");
        } else {
            fm.later("organization", "青山县生态环境局", "发布机构：不写时用 site.yaml 中的 organization");
        }
        Optional<String> region = start.region().or(() -> start.organization().flatMap(ReportSkeleton::regionOf));
        if (region.isPresent()) {
            fm.text("region", region.get(), start.region().isPresent() ? "地区（必填）：报告所涉的县、区或乡镇"
                    : "地区（必填）：报告所涉的县、区或乡镇，请核对");
        } else {
            fm.textToConfirm("region", FrontMatterText.TO_FILL, "地区（必填）：报告所涉的县、区或乡镇");
        }
        if (start.period().isPresent()) {
            fm.text("period", start.period().get().text(), "报告期：2024、2024-H1、2024-Q2、2024-05、2024-01/2024-05");
        } else {
            fm.later("period", "2024-H1", "报告期：2024、2024-H1、2024-Q2、2024-05、2024-01/2024-05；有指标时必填");
        }
        return fm.toFill("index_no", "索引号：按本单位编号规则填写，全站唯一、永久不变；加引号")
                .toFill("doc_no", "文号：照原件填写")
                .later("topics", "[大气, 水, 土壤, 固废, 督察整改, 执法, 生态]", "主题分类")
                .later("summary", "一两句话的摘要", "摘要：显示在列表和网页描述中")
                .value("draft", "true", "草稿：只在预览中显示；写好后删去这一行才会发布")
                .later("slug", "2024-h1", "网址的最后一段；不写时用文件名")
                .value("indicators", "", "指标数据，每项一个；例子如下，编号见指标目录")
                .line("# ", "  - id: pm25", "指标编号（必填）")
                .line("# ", "    value: 28", "数值（必填）：只写数字，单位由指标目录给出")
                .line("# ", "    status: preliminary", "初步数据写 preliminary；审核后的数据不写")
                .line("# ", "    note: 1—6月累计浓度", "说明，显示在指标表中")
                .line("# ", "    location: 龙潭河", "地点：同一指标有多个数值（如多个断面）时区分")
                .line("# ", "    period: " + today.getYear() + "-05", "这一项的时期；不写时用报告期")
                .line("# ", "    source: 县生态环境监测站", "数据来源")
                .line("# ", "    target: 30", "本期目标值")
                .later("corrections", "", "更正说明：发布后改正错误时写，例如：")
                .line("# ", "  - date: " + today.plusDays(7), "更正日期")
                .line("# ", "    note: 更正 PM2.5 数值（原为 29）", "更正了什么")
                .close()
                + "\n## 一、主要工作开展情况\n\n## 二、存在的问题\n\n## 三、下一步工作计划\n";
    }

    /** 2024年上半年生态环境保护工作总结, or a general title when the period is not known. */
    public static String defaultTitle(Optional<Period> period) {
        return period.map(p -> p.label(Language.ZH_CN) + "生态环境保护工作总结").orElse("生态环境保护工作报告");
    }

    /** 青山县生态环境局 is the bureau of 青山县. */
    public static Optional<String> regionOf(String organization) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^(.{2,12}?(?:自治县|县|区|市|旗))(?:生态环境|环境保护|环保)").matcher(organization.strip());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
