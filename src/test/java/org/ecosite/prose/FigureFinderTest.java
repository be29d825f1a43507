package org.ecosite.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Figures stated in the sentences of real reports (the seeds), and sentences that only look like them. */
class FigureFinderTest {

    /** Each figure as "id@location=value", hidden ones as "id=?". */
    private static List<String> found(String text) {
        return FigureFinder.find(text).stream().map(f -> f.indicator() + f.location().map(l -> "@" + l).orElse("")
                + "=" + f.value().orElse("?")).toList();
    }

    @Test
    void airQuality() {
        assertEquals(List.of("good_air_days=179", "pm25=15"),
                found("2024年，截至5月底，县城区空气环境质量优良天数达179天，PM2.5平均浓度为15微克/立方米。"));
        assertEquals(List.of("pm25=?", "good_air_rate=?"),
                found("全县PM2.5累计浓度达到*微克/立方米，PM1.0累计浓度达到*微克/立方米，空气优良率达到*%，"));
        assertEquals(List.of("pm25=?", "good_air_rate=?"), found("我县PM2.5月均值为**ug/m3，空气优良率**%。"));
        assertEquals(List.of("good_air_rate=95.6", "pm10=48"), found("优良天数比例为95.6%，PM10平均浓度48μg/m³。"));
    }

    @Test
    void aChangeIsNotALevel() {
        assertTrue(found("PM2.5平均浓度同比下降2微克/立方米。").isEmpty());
        assertTrue(found("优良天数同比增加5天。").isEmpty());
    }

    @Test
    void water() {
        assertEquals(List.of("water_section_class@龙潭河=Ⅲ", "drinking_water_compliance=100"),
                found("县域5条主要次级河流中4条达到Ⅱ类水质，龙潭河达到Ⅲ类水质，51个集中式饮用水源地水质100%达标。"));
        assertEquals(List.of("water_section_class@南河=Ⅱ", "water_section_class@沮河=Ⅱ", "drinking_water_compliance=?"),
                found("沮河、南河断面水质始终保持Ⅱ类标准，金盘洞集中式水源地水质达标率保持*%。"));
        assertEquals(List.of("water_section_class@出境断面（国控断面）=Ⅱ", "drinking_water_compliance=100"),
                found("2022上半年我县出境断面水（国控断面）保持Ⅱ类水；城区饮用水源地和乡镇千吨万人集中式饮用水源地水质合格率保持100%；"));
        assertTrue(found("***座小（二）型以上水库等地表水均保持Ⅲ类以上水质").isEmpty(), "a bound is not a class");
        assertTrue(found("*个省控监测断面水质持续达到或优于II类").isEmpty());
    }

    @Test
    void reductionsInAList() {
        assertEquals(List.of("cod_reduction=658.17", "nh3n_reduction=31.08", "nox_reduction=147.7",
                "vocs_reduction=72"), found("化学需氧量、氨氮、氮氧化物、挥发性有机物等4项主要污染物重点工程减排累计完成量分别达到"
                + "658.17吨、31.08吨、147.7吨、72吨，全部达到"));
        assertEquals(List.of("cod_reduction=12.5"), found("化学需氧量减排量为12.5吨。"));
    }

    @Test
    void complaintsEnforcementAndInspections() {
        assertEquals(List.of("complaints_received=?", "complaint_closure_rate=?"),
                found("办理环境信访投诉*件，办结率达*%，环境风险得到有效管控。"));
        assertEquals(List.of("complaints_received=120", "complaints_closed=118", "complaint_closure_rate=98.3"),
                found("共受理环境信访投诉120件，办结118件，办结率98.3%。"));
        assertEquals(List.of("enforcement_cases=12", "fines=35.6"), found("立案查处环境违法行为12起，处罚35.6万元。"));
        assertEquals(List.of("inspection_rectified=10/12"), found("历次中央环保督察共反馈我县问题12个，已销号10个，完成率83%。"));
        assertTrue(found("在线监控异常**次，及时下发督办单**次，办结完成率100%。").isEmpty(),
                "the closure of monitoring alerts is not the complaint closure rate");
    }

    @Test
    void theFigureAndItsSentenceAreLocated() {
        String text = "上半年工作稳步推进。PM2.5平均浓度为15微克/立方米。下半年继续努力。";
        StatedFigure f = FigureFinder.find(text).get(0);
        assertEquals("PM2.5平均浓度为15微克/立方米", f.sentence());
        assertEquals(text.indexOf("15微克"), f.valueStart());
        assertEquals(text.indexOf("PM2.5"), f.start());
    }
}
