package org.privacyrights.connectors.adapter.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON Schema shipped for editors accepts the shipped data maps and refuses what the parser refuses. */
class DataMapSchemaTest {

    private static final Path CONFIG = Path.of("../../config/helpdesk");

    private final JsonSchema schema = schema();

    private static JsonSchema schema() {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(
                            Files.readString(CONFIG.resolve("datamap.schema.json"), StandardCharsets.UTF_8),
                            InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<ValidationMessage> validate(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void theReferenceAndTheForeignDataMapsAreValid() throws IOException {
        assertThat(validate(Files.readString(CONFIG.resolve("datamap.json"), StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(validate(Files.readString(
                        Path.of("src/test/resources/helpdesk-foreign/datamap.json"), StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void mistakesTheParserRefusesAreFlaggedInTheEditorToo() {
        assertThat(
                        validate(
                                """
                        {"subject": {"entity": "u", "identities": {"email": "email"}}, "entities": [
                          {"name": "u", "table": "users; DROP TABLE x", "key": "id", "category": "c"}]}
                        """))
                .extracting(ValidationMessage::getInstanceLocation)
                .extracting(String::valueOf)
                .contains("$.entities[0].table");
        assertThat(
                        validate(
                                """
                        {"subject": {"entity": "u", "identities": {"email": "email"}}, "entities": [
                          {"name": "u", "table": "u", "key": "id", "category": "c",
                           "columns": {"flag": {"erase": "set"}, "x": {"erase": "shred"}}}]}
                        """))
                .extracting(m -> String.valueOf(m.getInstanceLocation()))
                .contains("$.entities[0].columns.flag", "$.entities[0].columns.x.erase");
        assertThat(
                        validate(
                                """
                        {"subject": {"entity": "u", "identities": {"email": "email"}}, "entities": [
                          {"name": "u", "table": "u", "key": "id", "category": "c", "erase": "reassign"}]}
                        """))
                .isNotEmpty();
    }
}
