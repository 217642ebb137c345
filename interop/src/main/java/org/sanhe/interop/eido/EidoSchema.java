package org.sanhe.interop.eido;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.util.List;

/**
 * NENA's EIDO schema ({@code EmergencyIncidentDataObjectType} in NENA's {@code openapi.yaml}, OpenAPI 3.0, with the
 * NIEM components it references), loaded from this package's {@code nena/} resources, never from the network.
 * Compiled once on first use; thread-safe.
 *
 * <p>The schema has no {@code additionalProperties: false}: a key it does not name passes. Our writer's keys are
 * checked against the schema's names by a test, not here.
 */
public final class EidoSchema {

    /** Where NENA's schema sits on the classpath. */
    public static final String DOCUMENT = "org/sanhe/interop/eido/nena/openapi.yaml";
    /** The pointer of the whole document's type in it. */
    public static final String EIDO_TYPE = "/components/schemas/EmergencyIncidentDataObjectType";

    private static final class Holder {
        static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), registry -> registry
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                .getSchema(SchemaLocation.of("classpath:" + DOCUMENT + "#" + EIDO_TYPE));
    }

    private EidoSchema() {
    }

    /**
     * The paths of the keys in the document that NENA's schema does not name (following its {@code $ref}s within
     * {@code openapi.yaml} and its {@code allOf}s; below a reference into the NIEM components nothing is checked).
     * The schema allows any extra key, so validation alone would not notice a misspelt one.
     */
    public static List<String> unnamedKeys(JsonNode document) {
        return SchemaKeys.INSTANCE.unnamed(document);
    }

    /** What is wrong with the document as an EIDO, in the validator's words; empty when it is valid. */
    public static List<String> problems(JsonNode document) {
        List<Error> errors = Holder.SCHEMA.validate(document);
        return errors.stream().map(Error::toString).toList();
    }
}
