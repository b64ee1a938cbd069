/**
 * The OpenAPI document as integrators' code generators read it. SmallRye writes the document from the
 * resources' annotations; {@link vn.ungcuu.apidoc.ApiDocument} then applies the conventions that hold for
 * every operation, each from the same fact the code acts on: the problem answers
 * ({@link vn.ungcuu.problem.OpenApiProblems}), the response headers ({@link vn.ungcuu.apidoc.ResponseHeaders}),
 * the paging and id parameters ({@link vn.ungcuu.apidoc.ParameterTypes}), schemas a generator reads without a
 * warning ({@link vn.ungcuu.apidoc.SchemaHygiene}) and the response properties that are always present
 * ({@link vn.ungcuu.apidoc.ResponseFields}).
 *
 * <p>Why here and not in annotations on each operation: a rule written once cannot drift between forty
 * operations. The test suite keeps it honest: every response a test receives is checked against the
 * committed document, headers included ({@code support/OpenApiContract}), and the Java and TypeScript clients
 * generated from it are compiled and driven against the packaged service ({@code openapi/GeneratedClientIT}).
 */
package vn.ungcuu.apidoc;
