package org.privacyrights.export.domain;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.privacyrights.register.domain.ProcessingActivity;
import org.privacyrights.register.domain.ProcessingRegister;

/**
 * The human-readable answer to an access request, as one XHTML document that is both {@code summary.html} and,
 * rendered, {@code summary.pdf}. It states what Art. 15(1) requires, taken from the register of processing
 * activities: purposes, categories, recipients, retention, source, automated decisions, the subject's rights and
 * where to complain. Every value is escaped; the texts come from a resource bundle per language.
 */
public final class SummaryDocument {

    public static final String HTML = "summary.html";
    public static final String PDF = "summary.pdf";

    private final ResourceBundle text;
    private final StringBuilder html = new StringBuilder(16 * 1024);

    private SummaryDocument(String language) {
        // Without falling back to the server's own locale: a German server answers an English subject in English.
        this.text = ResourceBundle.getBundle(
                "org.privacyrights.export.summary",
                Locale.forLanguageTag(language),
                SummaryDocument.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String render(
            String language,
            String requestId,
            LocalDate receivedOn,
            ProcessingRegister register,
            List<SystemFindings> systems) {
        return new SummaryDocument(language).build(language, requestId, receivedOn, register, systems);
    }

    private String build(
            String language,
            String requestId,
            LocalDate receivedOn,
            ProcessingRegister register,
            List<SystemFindings> systems) {
        ProcessingRegister.Controller controller = register.controller();
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(escape(language))
                .append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(text.getString("title")))
                .append("</title><style>body{font-family:sans-serif;font-size:11pt;line-height:1.4;margin:2em}")
                .append("h1{font-size:18pt}h2{font-size:14pt;margin-top:1.5em}dt{font-weight:bold}")
                .append("code{font-size:9pt;word-break:break-all}</style></head><body>");
        element("h1", text.getString("title"));
        element("p", format("intro", requestId, receivedOn.toString()));
        element("h2", text.getString("controller"));
        element(
                "p",
                format(
                        "controllerText",
                        controller.name(),
                        controller.address(),
                        controller.contact(),
                        controller.dpoContact()));
        for (SystemFindings findings : systems) {
            ProcessingActivity activity = register.forSystem(findings.system()).orElse(null);
            element("h2", text.getString("system") + ": " + (activity == null ? findings.system() : activity.title()));
            html.append("<dl>");
            definition(
                    "found",
                    findings.records().isEmpty()
                            ? text.getString("noRecords")
                            : format(
                                    "records", String.valueOf(findings.records().size())));
            if (!findings.categories().isEmpty()) {
                definition("categories", String.join(", ", findings.categories()));
            }
            if (activity != null) {
                definition("system", text.getString("role." + activity.role().name()));
                definition("purposes", String.join("; ", activity.purposes()));
                definition("legalBasis", activity.legalBasis());
                definition("categories", String.join("; ", activity.categories()));
                definition("recipients", String.join("; ", activity.recipients()));
                if (!activity.transfers().isEmpty()) {
                    definition(
                            "transfers",
                            activity.transfers().stream()
                                    .map(t -> t.recipient() + " (" + t.country() + "): " + t.safeguard())
                                    .collect(java.util.stream.Collectors.joining("; ")));
                }
                definition("retention", activity.retention());
                definition("source", activity.source());
                definition("automated", activity.automatedDecisions());
            }
            html.append("</dl>");
            if (!findings.files().isEmpty()) {
                element("h3", text.getString("files"));
                html.append("<ul>");
                for (StagedFile file : findings.files()) {
                    html.append("<li><code>").append(escape(file.path())).append("</code></li>");
                }
                html.append("</ul>");
            }
        }
        element("p", text.getString("redaction"));
        element("h2", text.getString("rights"));
        element("p", format("rightsText", controller.contact()));
        element("p", format("complaint", controller.authorityName(), controller.authorityUrl()));
        return html.append("</body></html>\n").toString();
    }

    private void definition(String key, String value) {
        html.append("<dt>")
                .append(escape(text.getString(key)))
                .append("</dt><dd>")
                .append(escape(value))
                .append("</dd>");
    }

    private void element(String name, String content) {
        html.append('<')
                .append(name)
                .append('>')
                .append(escape(content))
                .append("</")
                .append(name)
                .append('>');
    }

    private String format(String key, String... values) {
        return new MessageFormat(text.getString(key).replace("'", "''"), text.getLocale()).format(values);
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
