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
        assertThat(map.entity("kb_comment").releasesParent()).isTrue();
        assertThat(map.entity("ticket").releasesParent()).isFalse();
        assertThat(map.subject().attributes()).containsKey("displayName");
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
                .hasMessageContaining("'shred' is not one of [keep, null, mask, hash]");
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
