package org.privacyrights.connectors.adapter.dav;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The few WebDAV calls the connector needs: PROPFIND, REPORT, GET-free multistatus reading, PUT and DELETE. */
final class DavClient {

    static final String DAV = "DAV:";
    static final String CARDDAV = "urn:ietf:params:xml:ns:carddav";
    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";

    private final CloseableHttpClient http;
    private final URI base;
    private final String authorization;

    DavClient(CloseableHttpClient http, URI base, String authorization) {
        this.http = http;
        this.base = base;
        this.authorization = authorization;
    }

    List<DavResource> propfind(String href, int depth) throws IOException {
        String body =
                """
                <?xml version="1.0" encoding="utf-8"?>
                <propfind xmlns="DAV:"><prop><resourcetype/><getetag/></prop></propfind>""";
        return multistatus(ClassicRequestBuilder.create("PROPFIND")
                .setUri(base.resolve(href))
                .setHeader("Authorization", authorization)
                .setHeader("Depth", String.valueOf(depth))
                .setEntity(new StringEntity(body, ContentType.APPLICATION_XML.withCharset(StandardCharsets.UTF_8)))
                .build());
    }

    List<DavResource> report(String href, String body) throws IOException {
        return multistatus(ClassicRequestBuilder.create("REPORT")
                .setUri(base.resolve(href))
                .setHeader("Authorization", authorization)
                .setHeader("Depth", "1")
                .setEntity(new StringEntity(body, ContentType.APPLICATION_XML.withCharset(StandardCharsets.UTF_8)))
                .build());
    }

    /** Deletes if unchanged since read; a resource that is already gone counts as deleted. */
    boolean delete(String href, String etag) throws IOException {
        ClassicRequestBuilder request =
                ClassicRequestBuilder.delete(base.resolve(href)).setHeader("Authorization", authorization);
        if (etag != null) {
            request.setHeader("If-Match", etag);
        }
        return http.execute(request.build(), response -> {
            int status = response.getCode();
            EntityUtils.consume(response.getEntity());
            if (status == 404) {
                return false;
            }
            require(status, "DELETE " + href, 200, 204);
            return true;
        });
    }

    void put(String href, String etag, String body, String mediaType) throws IOException {
        ClassicRequestBuilder request = ClassicRequestBuilder.put(base.resolve(href))
                .setHeader("Authorization", authorization)
                .setEntity(new StringEntity(body, ContentType.parse(mediaType).withCharset(StandardCharsets.UTF_8)));
        if (etag != null) {
            request.setHeader("If-Match", etag);
        }
        http.execute(request.build(), response -> {
            EntityUtils.consume(response.getEntity());
            require(response.getCode(), "PUT " + href, 200, 201, 204);
            return null;
        });
    }

    private List<DavResource> multistatus(ClassicHttpRequest request) throws IOException {
        return http.execute(request, response -> {
            byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            if (response.getCode() == 404) {
                return List.of();
            }
            require(response.getCode(), request.getMethod() + " " + request.getRequestUri(), 207);
            return parse(new ByteArrayInputStream(body));
        });
    }

    private static void require(int status, String call, int... expected) throws IOException {
        for (int ok : expected) {
            if (status == ok) {
                return;
            }
        }
        if (status >= 500 || status == 429 || status == 408) {
            throw new java.net.ConnectException(call + " answered " + status);
        }
        throw new DavException(call + " answered " + status);
    }

    /** Reads a multistatus with a parser that refuses DTDs and external entities (no XXE). */
    static List<DavResource> parse(InputStream xml) throws IOException {
        Document document;
        try {
            document = secureBuilder().parse(xml);
        } catch (SAXException | ParserConfigurationException e) {
            throw new DavException("The server's multistatus is not valid XML: " + e.getMessage());
        }
        List<DavResource> resources = new ArrayList<>();
        NodeList responses = document.getElementsByTagNameNS(DAV, "response");
        for (int i = 0; i < responses.getLength(); i++) {
            Element response = (Element) responses.item(i);
            String href = text(response, DAV, "href");
            Set<String> types = new HashSet<>();
            NodeList typeNodes = response.getElementsByTagNameNS(DAV, "resourcetype");
            for (int t = 0; t < typeNodes.getLength(); t++) {
                for (Node child = typeNodes.item(t).getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child.getNodeType() == Node.ELEMENT_NODE) {
                        types.add(child.getLocalName());
                    }
                }
            }
            String data = text(response, CARDDAV, "address-data");
            if (data == null) {
                data = text(response, CALDAV, "calendar-data");
            }
            resources.add(new DavResource(href, types, text(response, DAV, "getetag"), data));
        }
        return resources;
    }

    private static String text(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private static DocumentBuilder secureBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }

    /** The server refused a call for a reason that will not pass by itself (403, 412, a malformed answer). */
    static final class DavException extends IOException {

        private static final long serialVersionUID = 1L;

        DavException(String message) {
            super(message);
        }
    }
}
