package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;

/** Requests made through the API whose address is proven with the mailed code: they wait for staff approval. */
final class ProvenRequests {

    private static final String CODE = "Your code: (\\d{6})";

    private ProvenRequests() {}

    /** A request for {@code type} from a fresh address named after {@code name}; {@code details} may be null. */
    static String awaitingApproval(URL base, String name, String type, String details) throws Exception {
        ItHttp http = new ItHttp(base);
        String address = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@subjects.test";
        String body = "{\"type\":\"" + type + "\",\"email\":\"" + address + "\""
                + (details == null ? "" : ",\"details\":\"" + details + "\"") + "}";
        String id = ItHttp.json(http.post("api/v1/requests", body, null)).getString("id");
        String code =
                MailCatcher.awaitMail(address, "Your confirmation code", 1).find(CODE);
        assertThat(http.post("api/v1/requests/" + id + "/verify", "{\"code\":\"" + code + "\"}", null)
                        .statusCode())
                .isEqualTo(200);
        return id;
    }
}
