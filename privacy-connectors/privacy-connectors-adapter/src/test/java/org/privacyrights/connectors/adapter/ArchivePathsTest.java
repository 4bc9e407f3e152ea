package org.privacyrights.connectors.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyrights.connectors.api.ArchivePaths;

/** The archive's one naming rule, given what people and hostile servers put into names. */
class ArchivePathsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "/etc/passwd",
                "..\\..\\windows\\system32",
                "C:\\Users\\ada",
                "contacts/ada/..%2F..%2F..%2Fevil.vcf",
                "nul\u0000byte.eml",
                "tab\tand\nnewline\r.eml",
                "bell\u0007del\u007fc1\u0085.eml",
                "invoice\u202Efdp.exe",
                "ltr\u200Emark\u2066isolate\u2069\u061C.txt",
                "zero\u200Bwidth\uFEFF.txt",
                "CON",
                "aux.txt",
                "lpt1",
                "...",
                ".hidden",
                "trailing.",
                "   ",
                "",
                "a//b///c",
                "emoji \uD83D\uDE00 ok.txt",
                "lone \uD800 surrogate"
            })
    void everyHostilePathBecomesARelativeCleanPath(String hostile) {
        String decoded = URLDecoder.decode(hostile.replace("+", "%2B"), StandardCharsets.UTF_8);
        for (String input : List.of(hostile, decoded)) {
            String clean = ArchivePaths.path(input);
            assertClean(clean);
        }
    }

    @Test
    void aSegmentNeverAddsALevel() {
        assertThat(ArchivePaths.segment("Work/2024")).isEqualTo("Work_2024");
        assertThat(ArchivePaths.segment("..")).doesNotContain("..").doesNotContain("/");
        assertThat(ArchivePaths.segment("a\\b")).isEqualTo("a_b");
        assertThat(ArchivePaths.path("contacts/" + ArchivePaths.segment("../../x")))
                .startsWith("contacts/")
                .doesNotContain("..");
    }

    @Test
    void ordinaryNamesStayAsTheyAre() {
        assertThat(ArchivePaths.path("mail/ada@example.org/INBOX/17.eml"))
                .isEqualTo("mail/ada@example.org/INBOX/17.eml");
        assertThat(ArchivePaths.path("contacts/Café Müller/Größe.vcf")).isEqualTo("contacts/Café Müller/Größe.vcf");
        assertThat(ArchivePaths.path("日本語/メール.eml")).isEqualTo("日本語/メール.eml");
    }

    @Test
    void longNamesAndPathsAreBoundedAndStayDistinct() {
        String a = ArchivePaths.segment("n".repeat(5_000) + "a.eml");
        String b = ArchivePaths.segment("n".repeat(5_000) + "b.eml");
        assertThat(a).hasSizeLessThanOrEqualTo(ArchivePaths.MAX_SEGMENT).endsWith(".eml");
        assertThat(a).isNotEqualTo(b);
        String deep = "mail/" + "folder/".repeat(200) + "1.eml";
        assertThat(ArchivePaths.path(deep))
                .hasSizeLessThanOrEqualTo(ArchivePaths.MAX_PATH)
                .startsWith("mail/")
                .endsWith("/1.eml");
        assertClean(ArchivePaths.path(deep));
    }

    @Test
    void namesThatCleanAlikeGetSuffixesEvenWhereCaseIsIgnored() {
        ArchivePaths.Unique unique = new ArchivePaths.Unique();
        unique.reserve("manifest.json");
        List<String> claimed = new ArrayList<>();
        for (String name : List.of(
                "mail/Work/2024/1.eml",
                "mail/Work_2024/1.eml",
                "mail/Work:2024/1.eml",
                "mail/work_2024/1.eml",
                "mail/Work_2024/1.eml",
                "Manifest.json")) {
            claimed.add(unique.claim(name.replace("Work/2024", ArchivePaths.segment("Work/2024"))));
        }
        assertThat(claimed)
                .containsExactly(
                        "mail/Work_2024/1.eml",
                        "mail/Work_2024/1~2.eml",
                        "mail/Work_2024/1~3.eml",
                        "mail/work_2024/1~4.eml",
                        "mail/Work_2024/1~5.eml",
                        "Manifest~2.json");
        claimed.forEach(ArchivePathsTest::assertClean);
    }

    private static void assertClean(String clean) {
        assertThat(clean).isNotBlank().doesNotStartWith("/").doesNotContain("..", "\\", "//", ":");
        assertThat(clean).hasSizeLessThanOrEqualTo(ArchivePaths.MAX_PATH);
        assertThat(clean.codePoints())
                .noneMatch(c -> Character.getType(c) == Character.CONTROL
                        || Character.getType(c) == Character.FORMAT
                        || Character.getType(c) == Character.SURROGATE);
        for (String segment : clean.split("/")) {
            assertThat(segment).isNotBlank().hasSizeLessThanOrEqualTo(ArchivePaths.MAX_SEGMENT);
            assertThat(segment).doesNotStartWith(".");
            assertThat(segment.toUpperCase(java.util.Locale.ROOT).replaceAll("\\..*", ""))
                    .isNotIn("CON", "PRN", "AUX", "NUL", "LPT1", "COM1");
        }
    }
}
