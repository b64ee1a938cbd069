package vn.ungcuu.apidoc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Schemas a code generator reads without a warning. SmallRye names some Java types as schemas of their own
 * ({@code Instant}, {@code OffsetDateTime}, {@code UUID}, {@code LocalDate}, {@code Duration}) and writes a property's description, example or
 * type next to a {@code $ref}; generators then name classes after Java types and drop the siblings with a
 * warning. Here a Java type becomes the string format it is, and a reference that carries more than itself
 * is wrapped in {@code allOf}, which keeps the description and the example. A choice loses the type
 * written beside it.
 */
final class SchemaHygiene {

    /** Java types and the JSON string format Jackson writes them in. */
    private static final Map<String, String> JAVA_TYPES = Map.of(
            "Instant", "date-time", "OffsetDateTime", "date-time", "UUID", "uuid", "LocalDate", "date",
            "Duration", "duration");

    /** Keywords that say nothing next to a reference: the referenced schema has its own type. */
    private static final Set<String> TYPE_KEYWORDS = Set.of("$ref", "type", "format");

    private SchemaHygiene() {
    }

    static void apply(OpenAPI api) {
        SchemaWalk.all(api, SchemaHygiene::clean);
        // a second pass: the Java types are inline now
        SchemaWalk.all(api, SchemaHygiene::nullableInline);
        if (api.getComponents() != null) {
            JAVA_TYPES.keySet().forEach(api.getComponents()::removeSchema);
        }
    }

    /**
     * A choice ({@code anyOf}/{@code oneOf}) says the type itself; a {@code type: object} beside
     * {@code anyOf: [X, null]} would forbid the null the choice allows.
     */
    private static Schema withoutTypeBesideChoice(Schema schema) {
        if (schema.getType() != null && (schema.getAnyOf() != null || schema.getOneOf() != null)) {
            schema.setType(null);
        }
        return schema;
    }

    /**
     * {@code anyOf: [{type: string, format: date}, {type: "null"}]} (a nullable Java type once inlined) says
     * {@code type: [string, "null"]}; generators read the choice as a model without a name.
     */
    private static Schema nullableInline(Schema schema) {
        List<Schema> choice = schema.getAnyOf();
        if (choice == null || choice.size() != 2 || !isNull(choice.get(1)) || choice.get(0).getRef() != null
                || choice.get(0).getType() == null || choice.get(0).getType().size() != 1) {
            return schema;
        }
        Map<String, Object> merged = new LinkedHashMap<>(choice.get(0).getAll());
        merged.putAll(schema.getAll());
        merged.remove("anyOf");
        Schema nullable = OASFactory.createSchema();
        nullable.setAll(merged);
        return nullable.type(List.of(choice.get(0).getType().get(0), Schema.SchemaType.NULL));
    }

    private static boolean isNull(Schema schema) {
        return schema.getRef() == null && List.of(Schema.SchemaType.NULL).equals(schema.getType());
    }

    private static Schema clean(Schema schema) {
        String name = SchemaWalk.componentName(schema);
        if (name == null) {
            return withoutTypeBesideChoice(schema);
        }
        String ref = schema.getRef();
        String format = JAVA_TYPES.get(name);
        Map<String, Object> siblings = new LinkedHashMap<>(schema.getAll());
        siblings.keySet().removeAll(TYPE_KEYWORDS);
        if (format != null) {
            Schema inline = OASFactory.createSchema();
            inline.setAll(siblings);
            return inline.type(List.of(Schema.SchemaType.STRING)).format(format);
        }
        if (siblings.isEmpty()) {
            return OASFactory.createSchema().ref(ref);
        }
        Schema wrapper = OASFactory.createSchema();
        // keeps what the property says of itself (its description, an example) beside the reference
        wrapper.setAll(siblings);
        return wrapper.allOf(List.of(OASFactory.createSchema().ref(ref)));
    }
}
