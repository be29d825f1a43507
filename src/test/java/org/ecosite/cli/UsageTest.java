package org.ecosite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The command line in the editors' language: the help of every command in Chinese (English with
 * {@code --lang en}, before or after the command, an English locale or an English site), the nearest
 * command or option to a mistyped one, and exit 2 without a stack trace for every usage mistake.
 */
class UsageTest {

    @TempDir
    Path temp;

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Every command and sub-command, with the annotations' English texts and with each bundle. */
    private static List<CommandLine> commands(Locale locale) {
        CommandLine root = Main.commandLine(new Environment(Map.of(), Clock.systemUTC(), false));
        if (locale != null) {
            root.setResourceBundle(ResourceBundle.getBundle("org.ecosite.cli.usage", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        List<CommandLine> all = new ArrayList<>();
        List<CommandLine> open = new ArrayList<>(List.of(root));
        while (!open.isEmpty()) {
            CommandLine next = open.remove(0);
            all.add(next);
            open.addAll(next.getSubcommands().values());
        }
        return all;
    }

    @Test
    void everyCommandOptionAndParameterHasItsHelpInChineseAndEnglish() {
        List<CommandLine> plain = commands(null);
        List<CommandLine> chinese = commands(Locale.SIMPLIFIED_CHINESE);
        List<CommandLine> english = commands(Locale.ENGLISH);
        for (int c = 0; c < plain.size(); c++) {
            CommandLine.Model.CommandSpec zh = chinese.get(c).getCommandSpec();
            CommandLine.Model.CommandSpec en = english.get(c).getCommandSpec();
            String name = zh.qualifiedName(" ");
            String description = String.join("", zh.usageMessage().description());
            assertTrue(hasChinese(description), name + ": " + description);
            assertFalse(String.join("", en.usageMessage().description()).isBlank(), name);
            List<ArgSpec> zhArgs = zh.args();
            List<ArgSpec> enArgs = en.args();
            List<ArgSpec> plainArgs = plain.get(c).getCommandSpec().args();
            for (int a = 0; a < zhArgs.size(); a++) {
                String label = name + " " + zhArgs.get(a).paramLabel();
                String text = String.join("", zhArgs.get(a).description());
                assertTrue(hasChinese(text), label + ": " + text);
                String englishText = String.join("", enArgs.get(a).description());
                assertFalse(englishText.isBlank() || hasChinese(englishText), label + ": " + englishText);
                assertNotEquals(String.join("", plainArgs.get(a).description()), text, label);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "build --help", "serve --help", "check --help", "new --help",
            "new report --help", "import --help", "help build"})
    void helpIsChineseByDefault(String args) {
        TestSites.Run run = TestSites.run(args.split(" "));
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("用法：ecosite"), run::toString);
        assertTrue(run.out().contains("选项："), run::toString);
        assertFalse(run.out().contains("Usage:"), run::toString);
    }

    @Test
    void langEnWorksBeforeOrAfterTheCommandAndSoDoAnEnglishLocaleAndSite() {
        for (String[] args : List.of(new String[] {"--lang", "en", "build", "--help"},
                new String[] {"build", "--help", "--lang", "en"}, new String[] {"build", "--lang=en", "--help"})) {
            TestSites.Run run = TestSites.run(args);
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(run.out().startsWith("Usage: ecosite build"), run::toString);
            assertTrue(run.out().contains("Also publish reports marked draft: true"), run::toString);
            assertFalse(hasChinese(run.out()), run::toString);
        }
        TestSites.Run locale = TestSites.run(Map.of("LANG", "en_US.UTF-8"), "serve", "--help");
        assertTrue(locale.out().startsWith("Usage: ecosite serve"), locale::toString);
        Path site = TestSites.copy("valid/english", temp);
        TestSites.Run englishSite = TestSites.run("check", "--source", site.toString(), "--help");
        assertTrue(englishSite.out().startsWith("Usage: ecosite check"), englishSite::toString);
        TestSites.Run chineseLocale = TestSites.run(Map.of("LANG", "zh_CN.UTF-8"), "check", "--source",
                site.toString(), "--help");
        assertTrue(chineseLocale.out().startsWith("用法：ecosite check"), chineseLocale::toString);
    }

    @Test
    void aMistypedCommandOrOptionIsAnsweredWithTheNearestOne() {
        TestSites.Run command = TestSites.run("biuld");
        assertEquals(2, command.exitCode());
        assertEquals("ecosite: 未知的命令“biuld”。是不是想输入 build？\n运行 ecosite --help 查看用法。\n", command.err());
        TestSites.Run option = TestSites.run("build", "--drafs");
        assertEquals(2, option.exitCode());
        assertTrue(option.err().startsWith("ecosite: 未知的选项“--drafs”。是不是想输入 --drafts？\n运行 ecosite build --help"),
                option::toString);
        TestSites.Run english = TestSites.run("--lang", "en", "serv");
        assertTrue(english.err().startsWith("ecosite: unknown command \"serv\". Did you mean serve?"), english::toString);
        TestSites.Run sub = TestSites.run("new", "raport", "a.md");
        assertTrue(sub.err().contains("是不是想输入 report？"), sub::toString);
        TestSites.Run help = TestSites.run("help", "chek");
        assertEquals(2, help.exitCode());
        assertTrue(help.err().startsWith("ecosite: 未知的命令“chek”。是不是想输入 check？"), help::toString);
    }

    @Test
    void everyUsageMistakeExitsWithTwoAndNoStackTrace() throws Exception {
        Path site = TestSites.copy("valid/basic", temp);
        Path picture = temp.resolve("report.png");
        java.nio.file.Files.copy(site.resolve("static/img/map.png"), picture);
        List<List<String>> mistakes = List.of(
                List.of(),
                List.of("new"),
                List.of("import"),
                List.of("build", "--source"),
                List.of("build", "extra"),
                List.of("build", "--lang", "klingon"),
                List.of("check", "--format", "xml"),
                List.of("serve", "--port", "abc"),
                List.of("serve", "--source", site.toString(), "--port", "70000"),
                List.of("serve", "--source", site.toString(), "--port", "-1"),
                List.of("import", temp.resolve("missing.txt").toString()),
                List.of("import", picture.toString()));
        for (List<String> args : mistakes) {
            TestSites.Run run = TestSites.run(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().startsWith("ecosite: "), run::toString);
            assertTrue(hasChinese(run.err()), run::toString);
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::toString);
        }
        TestSites.Run port = TestSites.run("serve", "--source", site.toString(), "--port", "70000");
        assertEquals("ecosite: 端口 70000 不在 0～65535 之间；常用的是 1313，0 表示任选一个空闲端口\n", port.err());
        TestSites.Run value = TestSites.run("check", "--format", "xml");
        assertTrue(value.err().startsWith("ecosite: 选项 --format 的值“xml”无效。--format：输出格式：text（默认）或 json"),
                value::toString);
        TestSites.Run none = TestSites.run("new");
        assertTrue(none.err().startsWith("ecosite: 请指明要做什么，例如 ecosite new report。\n用法：ecosite new"),
                none::toString);
    }
}
