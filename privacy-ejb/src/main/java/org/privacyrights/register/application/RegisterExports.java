package org.privacyrights.register.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.privacyrights.platform.PdfRenderer;
import org.privacyrights.register.domain.LegitimateInterestAssessment;
import org.privacyrights.register.domain.ProcessingActivity;
import org.privacyrights.register.domain.ProcessingRegister;
import org.privacyrights.security.Roles;

/**
 * The record of processing activities (Art. 30) as staff and supervisory authorities ask for it: the register itself,
 * a CSV for spreadsheets (cells that would start a formula are neutralised) and a PDF to file or hand over.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AUDITOR})
public class RegisterExports {

    static final List<String> COLUMNS = List.of(
            "System",
            "Activity",
            "Our role",
            "Controller",
            "Purposes",
            "Legal basis",
            "Legitimate-interest assessment",
            "Categories of people",
            "Categories of data",
            "Recipients",
            "Transfers outside the EU (safeguards)",
            "Retention",
            "Security measures",
            "Source",
            "Automated decisions");

    @Inject
    RegisterSource source;

    public ProcessingRegister register() {
        return source.register();
    }

    public byte[] csv() {
        ProcessingRegister register = source.register();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.RFC4180
                .builder()
                .setHeader(COLUMNS.toArray(String[]::new))
                .get()
                .print(out)) {
            for (ProcessingActivity activity : register.activities()) {
                csv.printRecord(row(activity, register).stream()
                        .map(RegisterExports::neutralised)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the register as CSV failed", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] pdf() {
        ProcessingRegister register = source.register();
        StringBuilder html = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Record of processing activities")
                .append("</title><style>@page { size: A4 landscape; margin: 12mm; } body { font-family: sans-serif;")
                .append(" font-size: 8pt; } table { border-collapse: collapse; width: 100%; } th, td { border: 1px")
                .append(" solid #999; padding: 2pt; vertical-align: top; text-align: left; } th { background:")
                .append(" #eee; }</style></head><body><h1>Record of processing activities (Art. 30 GDPR)</h1><p>")
                .append(escape(register.controller().name() + ", "
                        + register.controller().address() + "; data protection officer: "
                        + register.controller().dpoContact()))
                .append("</p><table><thead><tr>");
        COLUMNS.forEach(column -> html.append("<th>").append(escape(column)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (ProcessingActivity activity : register.activities()) {
            html.append("<tr>");
            row(activity, register)
                    .forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table><h2>Legitimate-interest assessments</h2>");
        for (LegitimateInterestAssessment assessment : register.assessments()) {
            html.append("<h3>").append(escape(assessment.title())).append(" (").append(escape(assessment.id()));
            html.append(")</h3><dl>");
            definition(html, "Purpose test", assessment.purposeTest());
            definition(html, "Necessity test", assessment.necessityTest());
            definition(html, "Balancing test", assessment.balancingTest());
            definition(html, "Outcome", assessment.outcome());
            definition(html, "Signed off", assessment.signedOffBy() + ", " + assessment.signedOffOn());
            html.append("</dl>");
        }
        html.append("</body></html>\n");
        try {
            return PdfRenderer.render(html.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering the register as PDF failed", e);
        }
    }

    private static List<String> row(ProcessingActivity activity, ProcessingRegister register) {
        String assessment = activity.legitimateInterestAssessment()
                .flatMap(register::assessment)
                .map(a -> a.id() + ": " + a.outcome() + " (signed off by " + a.signedOffBy() + ", " + a.signedOffOn()
                        + ")")
                .orElse("");
        return List.of(
                activity.system(),
                activity.title(),
                activity.role().name(),
                activity.otherController().orElse(register.controller().name()),
                String.join("; ", activity.purposes()),
                activity.legalBasis(),
                assessment,
                String.join("; ", activity.subjectCategories()),
                String.join("; ", activity.categories()),
                String.join("; ", activity.recipients()),
                activity.transfers().isEmpty()
                        ? "None"
                        : activity.transfers().stream()
                                .map(t -> t.recipient() + ", " + t.country() + ": " + t.safeguard())
                                .collect(Collectors.joining("; ")),
                activity.retention(),
                String.join("; ", activity.securityMeasures()),
                activity.source(),
                activity.automatedDecisions());
    }

    /** A spreadsheet must not run a cell as a formula (CSV injection). */
    static String neutralised(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static void definition(StringBuilder html, String term, String value) {
        html.append("<dt><b>")
                .append(escape(term))
                .append("</b></dt><dd>")
                .append(escape(value))
                .append("</dd>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
