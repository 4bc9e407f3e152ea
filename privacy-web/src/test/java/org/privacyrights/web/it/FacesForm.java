package org.privacyrights.web.it;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client for one Faces page: keeps the session cookie and posts a form with its view state. */
final class FacesForm {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** PrimeFaces' script nonce, which its scripts send back with every postback (primefaces.CSP). */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final HttpClient client;
    private final String[] headers;
    private URI page;
    private String html;

    /** {@code headers} are name, value pairs the browser sends with every request (Accept-Language is "en"). */
    FacesForm(String... headers) {
        this(new CookieManager(), headers);
    }

    private FacesForm(CookieHandler cookies, String... headers) {
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.headers = headers;
    }

    /**
     * A browser whose HTTPS ends at a proxy in front of the platform, as where {@code privacy.base-url} is HTTPS:
     * it sends back cookies marked {@code Secure} although the test talks plain HTTP to the server.
     */
    static FacesForm behindTlsProxy(String... headers) {
        CookieManager cookies = new CookieManager();
        return new FacesForm(
                new CookieHandler() {
                    @Override
                    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders)
                            throws IOException {
                        return cookies.get(asHttps(uri), requestHeaders);
                    }

                    @Override
                    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
                        cookies.put(asHttps(uri), responseHeaders);
                    }
                },
                headers);
    }

    private static URI asHttps(URI uri) {
        return URI.create(uri.toString().replaceFirst("^http:", "https:"));
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

    /**
     * Presses the button {@code formId:buttonId} of the page last opened, as a full (non-Ajax) submit, with the
     * form's {@code fields} as name, value pairs (names without the form's prefix).
     */
    HttpResponse<String> press(String formId, String buttonId, String... fields) throws Exception {
        Matcher state = VIEW_STATE.matcher(html);
        if (!state.find()) {
            throw new AssertionError("No view state on the page:\n" + html);
        }
        String body = field(formId, formId) + "&" + field(formId + ":" + buttonId, "") + "&"
                + field("jakarta.faces.ViewState", state.group(1));
        for (int i = 0; i < fields.length; i += 2) {
            body += "&" + field(formId + ":" + fields[i], fields[i + 1]);
        }
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
