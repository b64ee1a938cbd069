package vn.ungcuu.unit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ungcuu.http.CsvReader;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.FieldError;
import vn.ungcuu.problem.ProblemMappers;
import vn.ungcuu.problem.ProblemType;

/**
 * Reads the body of {@code POST /systems/import} into lines: a JSON array of {@code SystemInput} objects, or
 * CSV (UTF-8, a header row naming the same fields, RFC 4180 quoting). Each line is checked like a single
 * {@code POST /systems} body (strict types, bean validation), and every fault is kept with its line rather than
 * thrown, so that the answer names them all. A line is numbered as the client sees it: the CSV line the record
 * starts on (the header is line 1), or the element's position in the JSON array (from 1).
 */
final class SystemImportParser {

    /** The most lines one import takes (the body is held to {@code ungcuu.json-body-size} too). */
    static final int MAX_LINES = 5_000;

    /** CSV columns that hold numbers or booleans (the others are text, enums and dates, written as JSON strings). */
    private static final Set<String> INTEGERS = Set.of("securityLevel", "basicDataSubjects", "sensitiveDataSubjects");
    private static final Set<String> BOOLEANS = Set.of("nationalCritical", "internetFacing", "securityRegulation",
            "handlesAdministrativeProcedures");
    private static final Set<String> CSV_COLUMNS = Set.of("unitCode", "name", "securityLevel",
            "nationalCritical", "internetFacing", "levelDossier", "levelCriterion", "owner", "operator",
            "securityUnit", "approvalStatus", "approvalDecisionNumber", "approvalDecisionDate", "securityRegulation",
            "securityPlanStatus", "handlesAdministrativeProcedures", "basicDataSubjects", "sensitiveDataSubjects");

    /** One line of the import: its data when it could be read, else the faults found. */
    record Line(int number, SystemData data, List<FieldError> errors) {
    }

    private final ObjectMapper json;
    private final Validator validator;

    SystemImportParser(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    List<Line> json(String body) {
        if (body == null || body.isBlank()) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The body must be a JSON array of systems");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The body could not be read as JSON");
        }
        if (root == null || !root.isArray()) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The body must be a JSON array of systems");
        }
        requireSize(root.size());
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (JsonNode element : root) {
            number++;
            if (!element.isObject()) {
                lines.add(new Line(number, null, List.of(error(number, "line", "must be a JSON object"))));
                continue;
            }
            lines.add(read(number, (ObjectNode) element.deepCopy()));
        }
        return lines;
    }

    List<Line> csv(String body) {
        if (body == null) {
            body = "";
        }
        List<CsvReader.Record> records = records(body.startsWith("\uFEFF") ? body.substring(1) : body);
        if (records.isEmpty()) {
            throw ApiException.invalid("header", "the CSV has no header row");
        }
        List<String> header = records.get(0).fields();
        List<FieldError> headerErrors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!CSV_COLUMNS.contains(column)) {
                headerErrors.add(new FieldError("header", "unknown column '" + column + "'"));
            } else if (!seen.add(column)) {
                headerErrors.add(new FieldError("header", "column '" + column + "' is given twice"));
            }
        }
        if (!headerErrors.isEmpty()) {
            throw ApiException.invalid(headerErrors);
        }
        requireSize(records.size() - 1);
        List<Line> lines = new ArrayList<>();
        for (CsvReader.Record record : records.subList(1, records.size())) {
            int number = record.line();
            if (record.fields().size() != header.size()) {
                lines.add(new Line(number, null, List.of(error(number, "line", "has " + record.fields().size()
                        + " fields, the header " + header.size()))));
                continue;
            }
            ObjectNode object = json.createObjectNode();
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i);
                String value = record.fields().get(i).trim();
                if (value.isEmpty()) {
                    continue;
                }
                if (INTEGERS.contains(column)) {
                    try {
                        object.put(column, Long.parseLong(value));
                    } catch (NumberFormatException e) {
                        errors.add(error(number, column, "must be a whole number"));
                    }
                } else if (BOOLEANS.contains(column)) {
                    if (value.equals("true") || value.equals("false")) {
                        object.put(column, Boolean.parseBoolean(value));
                    } else {
                        errors.add(error(number, column, "must be true or false"));
                    }
                } else {
                    object.put(column, value);
                }
            }
            Line line = read(number, object);
            errors.addAll(line.errors());
            lines.add(errors.isEmpty() ? line : new Line(number, null, errors));
        }
        return lines;
    }

    private Line read(int number, ObjectNode object) {
        List<FieldError> errors = new ArrayList<>();
        // a field of the wrong type or unknown is named and left out, and the line read again, so that one such
        // field does not hide the line's other faults
        Set<String> reported = new HashSet<>();
        SystemData data = null;
        while (data == null) {
            try {
                data = json.treeToValue(object, SystemData.class);
            } catch (JsonMappingException e) {
                String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
                errors.add(error(number, ProblemMappers.jsonPath(e.getPath()),
                        e instanceof UnrecognizedPropertyException ? "is not a field of a system"
                                : "has the wrong type or value"));
                if (field == null || object.remove(field) == null) {
                    break;
                }
                reported.add(field);
            } catch (JsonProcessingException e) {
                errors.add(error(number, "line", "could not be read"));
                break;
            }
        }
        if (data != null) {
            Map<String, String> violations = new java.util.TreeMap<>();
            for (ConstraintViolation<SystemData> violation : validator.validate(data)) {
                String path = violation.getPropertyPath().toString();
                if (!reported.contains(path.split("[.\\[]")[0])) {
                    violations.merge(path, violation.getMessage(), (a, b) -> a + "; " + b);
                }
            }
            violations.forEach((field, message) -> errors.add(error(number, field, message)));
        }
        return new Line(number, errors.isEmpty() ? data : null, errors);
    }

    static FieldError error(int line, String field, String message) {
        return new FieldError("lines[" + line + "]." + field, message);
    }

    private static void requireSize(int lines) {
        if (lines == 0) {
            throw ApiException.invalid("body", "holds no system");
        }
        if (lines > MAX_LINES) {
            throw ApiException.invalid("body", "holds " + lines + " systems; at most " + MAX_LINES + " per import");
        }
    }

    /** RFC 4180 records, each with the line it starts on (the same reader as the units' import). */
    private static List<CsvReader.Record> records(String text) {
        try {
            return CsvReader.read(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The CSV could not be read: " + e.getMessage());
        }
    }
}
