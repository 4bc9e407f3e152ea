package org.privacyrights.platform;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.logging.Level;

/** PDF from well-formed XHTML, through OpenHTMLtoPDF: the summaries and registers people and staff print. */
public final class PdfRenderer {

    static {
        // The renderer logs timings at INFO for every document: warnings and errors are what an operator needs.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        // The documents' own stylesheets carry properties for browsers (the HTML copy of a summary), which the
        // renderer names once per document as unknown.
        XRLog.setLevel(XRLog.CSS_PARSE, Level.SEVERE);
    }

    private PdfRenderer() {}

    public static byte[] render(String xhtml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    /**
     * Renders a small document once, so that the first subject's summary does not pay for loading the renderer
     * and finding the system's fonts (about a second on two cores, against tens of milliseconds after).
     */
    public static void warmUp() throws IOException {
        render("<html><body><h1>Summary</h1><p>Text</p><table><tr><td>a</td></tr></table></body></html>");
    }
}
