package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.privacyrights.consent.application.ConsentAnswer;
import org.privacyrights.consent.application.ConsentCheck;
import org.privacyrights.web.api.error.ErrorBody;
import org.privacyrights.web.api.error.ErrorTranslator;

/**
 * {@code GET /api/v1/consents/check}, the hot path other systems call before they process, served by a plain
 * servlet: the JAX-RS machinery costs more than the check itself. Security is the container's as everywhere else
 * (the API key is checked by the authentication mechanism, the role by the EJB); the answers are those of the REST
 * API, errors included.
 */
@WebServlet(urlPatterns = "/api/v1/consents/check")
public class ConsentCheckServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    @EJB
    private transient ConsentCheck check;

    private transient Jsonb errors;

    @Override
    public void init() {
        errors = JsonbBuilder.create();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        ConsentAnswer answer;
        try {
            answer = check.check(request.getParameter("subject"), request.getParameter("purpose"));
        } catch (RuntimeException e) {
            ErrorBody error = ErrorTranslator.translate(e);
            response.setStatus(error.status());
            errors.toJson(error, response.getWriter());
            return;
        }
        // The same fields, in the same order, as JSON-B writes for the REST API.
        try (JsonGenerator json = JSON.createGenerator(response.getWriter())) {
            json.writeStartObject().write("granted", answer.granted()).write("purpose", answer.purpose());
            if (answer.recordId() != null) {
                json.write("recordId", answer.recordId());
            }
            json.writeEnd();
        }
    }

    @Override
    public void destroy() {
        try {
            errors.close();
        } catch (Exception e) {
            // Closing a JSON-B instance frees caches only.
        }
    }
}
