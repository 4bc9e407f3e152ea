package org.privacyrights.demo.mailbox;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.privacyrights.demo.backends.DeliveredMail;
import org.privacyrights.demo.backends.DemoBackends;

/**
 * Lists the latest mails the demo SMTP server took, newest first, in English or German. The page keeps the address
 * the platform's banner links to (the demo WAR's context root is {@code /demo}); it answers 404 while the demo
 * backends are off. Everything shown is escaped: the mails carry what subjects typed.
 */
@WebServlet("/mailbox.xhtml")
public class DemoMailboxServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.privacyrights.demo.mailbox.messages";

    @Inject
    transient DemoBackends backends;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = "de".equals(request.getLocale().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        ResourceBundle text = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                DemoMailboxServlet.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        if (!backends.isOn()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        PrintWriter page = response.getWriter();
        page.printf(
                "<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"UTF-8\"><title>%s</title>"
                        + "<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
                        + "pre{white-space:pre-wrap}li{border-top:1px solid #ccc;padding:.5rem 0}</style></head>"
                        + "<body><h1>%s</h1>",
                locale.getLanguage(), escape(text.getString("title")), escape(text.getString("title")));
        if (!backends.isOn()) {
            page.printf("<p role=\"status\">%s</p></body></html>", escape(text.getString("off")));
            return;
        }
        page.printf(
                "<p>%s</p><p><a href=\"%s/mailbox.xhtml\">%s</a></p><ol id=\"mails\">",
                escape(text.getString("intro")), escape(request.getContextPath()), escape(text.getString("reload")));
        for (DeliveredMail mail : backends.deliveredMails()) {
            page.printf(
                    "<li><p>%s %s · %s</p><h2>%s</h2><pre>%s</pre></li>",
                    escape(text.getString("to")),
                    escape(mail.recipient()),
                    DateTimeFormatter.ISO_INSTANT.format(mail.receivedAt()),
                    escape(mail.subject()),
                    escape(mail.body()));
        }
        page.print("</ol></body></html>");
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
