package org.privacyrights.web.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client for one Faces page: keeps the session cookie and posts a form with its view state. */
final class FacesForm {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** PrimeFaces' script nonce, which its scripts send back with every postback (primefaces.CSP). */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String[] headers;
    private URI page;
    private String html;

    /** {@code headers} are name, value pairs the browser sends with every request (Accept-Language is "en"). */
    FacesForm(String... headers) {
        this.headers = headers;
    }

    HttpResponse<String> open(URI page) throws Exception {
        this.page = page;
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(page)
                        .header("Accept-Language", "en")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        html = response.body();
        return response;
    }

    /** Presses the button {@code formId:buttonId} of the page last opened, as a full (non-Ajax) submit. */
    HttpResponse<String> press(String formId, String buttonId) throws Exception {
        Matcher state = VIEW_STATE.matcher(html);
        if (!state.find()) {
            throw new AssertionError("No view state on the page:\n" + html);
        }
        String body = field(formId, formId) + "&" + field(formId + ":" + buttonId, "") + "&"
                + field("jakarta.faces.ViewState", state.group(1));
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            body += "&" + field("primefaces.nonce", nonce.group(1));
        }
        return client.send(
                withHeaders(HttpRequest.newBuilder(page))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder withHeaders(HttpRequest.Builder request) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
