package vn.ungcuu.apidoc;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import vn.ungcuu.problem.OpenApiProblems;

/** The document filter ({@code mp.openapi.filter}): the conventions every operation shares, in order. */
public class ApiDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        new OpenApiProblems().filterOpenAPI(api);
        SchemaHygiene.apply(api);
        ParameterTypes.apply(api);
        ResponseHeaders.declare(api);
        ResponseFields.requireAlwaysPresent(api);
    }
}
