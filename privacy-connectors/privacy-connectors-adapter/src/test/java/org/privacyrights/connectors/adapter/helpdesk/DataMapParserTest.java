package org.privacyrights.connectors.adapter.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataMapParserTest {

    @Test
    void theReferenceDataMapParsesParentsFirst() throws IOException {
        DataMap map = DataMapParser.parse(Files.newBufferedReader(Path.of("../../config/helpdesk/datamap.json")));

        assertThat(map.entities())
                .extracting(DataMap.Entity::name)
                .startsWith("portal_user", "ticket", "ticket_message");
        assertThat(map.entity("kb_comment").releases("portal_user")).isTrue();
        assertThat(map.entity("ticket").releases("portal_user")).isFalse();
        assertThat(map.subject().attributes())
                .containsEntry("displayName", new DataMap.ColumnRef("portal_user", "display_name"));
        assertThat(map.subject().identities().get("email"))
                .containsExactly(new DataMap.IdentityPath(java.util.List.of(), "email"));
        assertThat(map.entity("ticket").links())
                .containsExactly(new DataMap.Link("portal_user", null, java.util.List.of(), "user_id"));
    }

    @Test
    void theForeignDataMapReadsPathsHoldsReassignmentAndEncodings() throws IOException {
        DataMap map = DataMapParser.parse(
                Files.newBufferedReader(Path.of("src/test/resources/helpdesk-foreign/datamap.json")));

        assertThat(map.subject().identities().get("email"))
                .containsExactly(
                        new DataMap.IdentityPath(java.util.List.of(), "primary_email"),
                        new DataMap.IdentityPath(
                                java.util.List.of(new DataMap.Hop("person_address", "address", "person_id")), "pid"));
        assertThat(map.subject().attributes().get("phone")).isEqualTo(new DataMap.ColumnRef("login", "phone"));
        assertThat(map.subject().active().entity()).isEqualTo("login");
        assertThat(map.entity("message").links()).hasSize(2);
        assertThat(map.entity("invoice").hold())
                .isEqualTo(new DataMap.Hold("commercial and tax law: invoices are kept 10 years", 10, "issued_on"));
        assertThat(map.entity("case").releases("person")).isTrue();
        assertThat(map.entity("attachment").file().encoding()).isEqualTo(ContentEncoding.BASE64);
        assertThat(map.entity("person").columns().get("newsletter").value()).isEqualTo(false);
    }

    @Test
    void anEntityNothingReachesIsRefusedByName() {
        String json =
                """
                {"subject": {"entity": "u", "identities": {"email": "email"}}, "entities": [
                  {"name": "u", "table": "u", "key": "id", "category": "c"},
                  {"name": "orphan", "table": "o", "key": "id", "category": "c"}]}
                """;
        assertThatThrownBy(() -> DataMapParser.parse(new StringReader(json)))
                .hasMessageContaining("Entity 'orphan' cannot be reached from the subject");
    }

    @Test
    void aJoinPathThroughATableNameThatIsNotAnIdentifierIsRefused() {
        String json =
                """
                {"subject": {"entity": "u", "identities": {"email": [{"through":
                  [{"table": "addr) OR 1=1 --", "column": "a", "next": "u_id"}], "column": "id"}]}},
                 "entities": [{"name": "u", "table": "u", "key": "id", "category": "c"}]}
                """;
        assertThatThrownBy(() -> DataMapParser.parse(new StringReader(json)))
                .hasMessageContaining("subject.identities.email.through[0].table")
                .hasMessageContaining("is not a plain SQL identifier");
    }

    @Test
    void aFixedValueErasureNeedsItsValueAndAReassignmentItsPlaceholder() {
        String noValue =
                """
                {"subject": {"entity": "u", "identities": {"email": "email"}}, "entities": [
                  {"name": "u", "table": "u", "key": "id", "category": "c", "columns": {"flag": {"erase": "set"}}}]}
                """;
        assertThatThrownBy(() -> DataMapParser.parse(new StringReader(noValue)))
                .hasMessageContaining("entity 'u' column 'flag'.value is missing");
        String noPlaceholder =
                """
                {"subject": {"entity": "u", "identities": {"email": "email"}}, "entities": [
                  {"name": "u", "table": "u", "key": "id", "category": "c"},
                  {"name": "t", "table": "t", "key": "id", "category": "c", "erase": "reassign",
                   "links": [{"parent": "u", "column": "u_id"}], "reassign": {"column": "u_id"}}]}
                """;
        assertThatThrownBy(() -> DataMapParser.parse(new StringReader(noPlaceholder)))
                .hasMessageContaining("entity 't'.reassign.placeholder is missing");
    }

    @Test
    void aHoldNeedsItsGroundAndADateColumnForItsYears() {
        String json =
                """
                {"subject": {"entity": "u", "identities": {"email": "email"}}, "entities": [
                  {"name": "u", "table": "u", "key": "id", "category": "c", "hold": {"ground": "tax", "years": 10}}]}
                """;
        assertThatThrownBy(() -> DataMapParser.parse(new StringReader(json)))
                .hasMessageContaining("entity 'u'.hold (years count from a date column) needs 'from'");
    }

    @Test
    void contentEncodingsAreDecoded() throws Exception {
        assertThat(ContentEncoding.BASE64.decodeToText("SGFsbMO2")).isEqualTo("Hallö");
        assertThat(ContentEncoding.QUOTED_PRINTABLE.decodeToText("Hall=C3=B6 W=\r\nelt"))
                .isEqualTo("Hallö Welt");
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write("Hallö".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(ContentEncoding.GZIP.decodeToText(zipped.toByteArray())).isEqualTo("Hallö");
        assertThat(ContentEncoding.NONE.decodeToText(42L)).isEqualTo(42L);
    }

    @Test
    void aTableNameThatIsNotAPlainIdentifierIsRefused() {
        String json =
                """
                {"subject": {"entity": "u"}, "entities": [
                  {"name": "u", "table": "users; DROP TABLE x", "key": "id", "category": "c"}]}
                """;
        assertThatThrownBy(() -> DataMapParser.parse(new StringReader(json)))
                .hasMessageContaining("'users; DROP TABLE x' is not a plain SQL identifier");
    }

    @Test
    void aParentListedAfterItsChildIsRefused() {
        String json =
                """
                {"subject": {"entity": "u"}, "entities": [
                  {"name": "t", "table": "t", "key": "id", "parent": "u", "parentKey": "u_id", "category": "c"},
                  {"name": "u", "table": "u", "key": "id", "category": "c"}]}
                """;
        assertThatThrownBy(() -> DataMapParser.parse(new StringReader(json)))
                .hasMessageContaining("parent 'u' must be listed before it");
    }

    @Test
    void anUnknownErasureStrategyIsNamed() {
        String json =
                """
                {"subject": {"entity": "u"}, "entities": [
                  {"name": "u", "table": "u", "key": "id", "category": "c", "columns": {"x": {"erase": "shred"}}}]}
                """;
        assertThatThrownBy(() -> DataMapParser.parse(new StringReader(json)))
                .hasMessageContaining("'shred' is not one of [keep, null, mask, hash, set]");
    }

    @Test
    void invalidJsonIsReportedAsSuch() {
        assertThatThrownBy(() -> DataMapParser.parse(new StringReader("{\"entities\": [")))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void formulaCellsAreNeutralised() {
        assertThat(CsvCells.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCells.neutralise("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(CsvCells.neutralise("-5")).isEqualTo("'-5");
        assertThat(CsvCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralise("plain")).isEqualTo("plain");
        assertThat(CsvCells.neutralise("")).isEmpty();
    }
}
