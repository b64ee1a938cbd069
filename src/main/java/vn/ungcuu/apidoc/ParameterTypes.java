package vn.ungcuu.apidoc;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import vn.ungcuu.paging.PageRequest;

/**
 * The parameters every list and every item share, typed as what they are. The resources read them as text
 * so that a bad value is a 400 problem naming the parameter (not a framework 404); the document says the
 * type a client should send: {@code limit} is a whole number within {@link PageRequest}'s bounds, and a path
 * id ({@code id}, {@code taskId}, ...) that the resource did not type otherwise is a UUID, read by
 * {@code PathIds.uuid}.
 */
final class ParameterTypes {

    private ParameterTypes() {
    }

    static void apply(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(ParameterTypes::type);
            }
        }));
    }

    private static void type(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.QUERY && "limit".equals(parameter.getName())) {
            parameter.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                    .defaultValue(PageRequest.DEFAULT_LIMIT));
        }
        if (parameter.getIn() == Parameter.In.PATH && isId(parameter.getName()) && untyped(parameter.getSchema())) {
            parameter.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uuid"));
        }
    }

    /** A plain string: the resource did not say what its id looks like (a regime's id has a pattern). */
    private static boolean untyped(Schema schema) {
        return schema == null || schema.getPattern() == null && schema.getFormat() == null;
    }

    private static boolean isId(String name) {
        return name.equals("id") || name.endsWith("Id");
    }
}
