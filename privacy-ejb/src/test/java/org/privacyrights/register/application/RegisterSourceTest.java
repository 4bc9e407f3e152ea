package org.privacyrights.register.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyrights.register.domain.ProcessingActivity;
import org.privacyrights.register.domain.ProcessingRegister;

class RegisterSourceTest {

    private static final Path SHIPPED = Path.of("../config/register.json");

    @Test
    void theShippedRegisterIsCompleteAndConsistent() {
        ProcessingRegister register = RegisterSource.read(SHIPPED);

        assertThat(register.activities())
                .extracting(ProcessingActivity::system)
                .containsExactly("mail", "helpdesk", "contacts");
        for (ProcessingActivity activity : register.activities()) {
            assertThat(activity.subjectCategories()).as(activity.title()).isNotEmpty();
            assertThat(activity.securityMeasures()).as(activity.title()).isNotEmpty();
            assertThat(activity.legitimateInterestAssessment().flatMap(register::assessment))
                    .as(activity.title())
                    .isPresent();
        }
        assertThat(register.forSystem("helpdesk").orElseThrow().transfers())
                .singleElement()
                .satisfies(t -> assertThat(t.safeguard()).contains("Standard Contractual Clauses"));
    }

    /** What staff save is stored as JSON and read back as the same register. */
    @Test
    void theRegisterWrittenAsJsonReadsBackTheSame() {
        ProcessingRegister shipped = RegisterSource.read(SHIPPED);

        ProcessingRegister again = RegisterJson.parse(RegisterJson.write(shipped), "the written register");

        assertThat(again).isEqualTo(shipped);
        assertThat(again.forSystem("helpdesk").orElseThrow().transfers())
                .isEqualTo(shipped.forSystem("helpdesk").orElseThrow().transfers());
    }

    @Test
    void aProcessorMustNameItsController(@TempDir Path dir) throws IOException {
        Path file = edited(dir, "\"role\": \"CONTROLLER\"", "\"role\": \"PROCESSOR\"");

        assertThatThrownBy(() -> RegisterSource.read(file))
                .hasMessageContaining("is PROCESSOR and must name the controller");
    }

    @Test
    void legitimateInterestNeedsAnAssessmentThatExists(@TempDir Path dir) throws IOException {
        Path missing = edited(dir, "\"legitimateInterestAssessment\": \"lia-correspondence\",", "");
        assertThatThrownBy(() -> RegisterSource.read(missing))
                .hasMessageContaining("rests on Art. 6(1)(f) and must name its 'legitimateInterestAssessment'");

        Path unknown = edited(
                dir,
                "\"legitimateInterestAssessment\": \"lia-correspondence\"",
                "\"legitimateInterestAssessment\": \"lia-nowhere\"");
        assertThatThrownBy(() -> RegisterSource.read(unknown)).hasMessageContaining("unknown assessment 'lia-nowhere'");
    }

    @Test
    void csvCellsThatWouldStartAFormulaAreNeutralised() {
        assertThat(RegisterExports.neutralised("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(RegisterExports.neutralised("@SUM(A1)")).startsWith("'");
        assertThat(RegisterExports.neutralised("Art. 6(1)(b)")).isEqualTo("Art. 6(1)(b)");
    }

    private static Path edited(Path dir, String from, String to) throws IOException {
        String register = Files.readString(SHIPPED);
        assertThat(register).contains(from);
        Path file = dir.resolve("register-" + System.nanoTime() + ".json");
        Files.writeString(file, register.replaceFirst(java.util.regex.Pattern.quote(from), to));
        return file;
    }
}
