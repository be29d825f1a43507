package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV files are made to be opened in Excel, which runs a cell starting with = + - @ as a formula: every
 * text an editor wrote reaches them inert, and every number stays a number.
 */
class SpreadsheetFormulaTest {

    @TempDir
    Path temp;

    @Test
    void textCellsThatLookLikeFormulasAreQuotedAndNumbersAreNot() throws Exception {
        Path site = TestSites.copy("valid/basic", temp);
        Path report = site.resolve("content/reports/2024/h1.md");
        TestSites.write(report, TestSites.read(report)
                .replace("    note: 1—6月累计浓度", "    note: \"=HYPERLINK(\\\"http://evil.example\\\",\\\"点击\\\")\"\n"
                        + "    location: \"@SUM(A1)\"")
                .replace("  - id: cod_reduction\n    value: 658.17", "  - id: cod_reduction\n    value: 658.17\n"
                        + "    note: \"+1+2\"\n    location: \"-2+3\"")
                .replace("  - id: nh3n_reduction\n    value: 31.08", "  - id: nh3n_reduction\n    value: 31.08\n"
                        + "    note: \"-1\"\n    location: \"=1+1\""));
        Path out = temp.resolve("out");
        TestSites.build(site, out);

        for (String file : List.of("data/indicators.csv", "reports/2024/h1/indicators.csv",
                "indicators/pm25/pm25.csv")) {
            String text = TestSites.read(out.resolve(file)).substring(1);
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text)).getRecords()) {
                if (row.get("report_url").endsWith("/reports/2024/h1/")) {
                    switch (row.get("indicator_id")) {
                        case "pm25" -> {
                            assertEquals("'=HYPERLINK(\"http://evil.example\",\"点击\")", row.get("note"), file);
                            assertEquals("'@SUM(A1)", row.get("location"), file);
                            assertEquals("28", row.get("value"), file);
                        }
                        case "cod_reduction" -> {
                            assertEquals("'+1+2", row.get("note"), file);
                            assertEquals("'-2+3", row.get("location"), file);
                            assertEquals("658.17", row.get("value"), file);
                        }
                        case "nh3n_reduction" -> {
                            assertEquals("'-1", row.get("note"), file);
                            assertEquals("'=1+1", row.get("location"), file);
                            assertEquals("31.08", row.get("value"), file);
                        }
                        default -> assertEquals(row.get("note"), row.get("note").replaceFirst("^'", ""), file);
                    }
                }
            }
        }
        // JSON is no spreadsheet: there the text stays exactly as written.
        String json = TestSites.read(out.resolve("data/indicators.json"));
        assertEquals(true, json.contains("\"note\" : \"=HYPERLINK("), json);
    }
}
