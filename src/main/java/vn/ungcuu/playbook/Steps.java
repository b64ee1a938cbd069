package vn.ungcuu.playbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.FieldError;

/** Playbook steps as stored (a JSON array) and their checks. */
final class Steps {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<PlaybookStep>> LIST = new TypeReference<>() {
    };

    private Steps() {
    }

    static String write(List<PlaybookStep> steps) {
        try {
            return JSON.writeValueAsString(steps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("playbook steps not serialisable", e);
        }
    }

    static List<PlaybookStep> read(String json) {
        try {
            return JSON.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored playbook steps unreadable", e);
        }
    }

    /**
     * The problems of a list of steps, each naming its step ({@code steps[2].title}): 1 to 50 steps, each
     * with a title of 1 to 200 characters and an optional description of at most 4000.
     */
    static List<FieldError> problems(List<PlaybookStep> steps) {
        List<FieldError> errors = new ArrayList<>();
        if (steps == null) {
            errors.add(new FieldError("steps", "must not be null"));
            return errors;
        }
        if (steps.isEmpty() || steps.size() > PlaybookService.MAX_STEPS) {
            errors.add(new FieldError("steps", "must hold between 1 and " + PlaybookService.MAX_STEPS + " steps"));
        }
        for (int i = 0; i < steps.size(); i++) {
            PlaybookStep step = steps.get(i);
            String at = "steps[" + i + "]";
            if (step == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (step.title() == null || step.title().isBlank()) {
                errors.add(new FieldError(at + ".title", "must not be blank"));
            } else if (step.title().length() > PlaybookStep.TITLE_MAX) {
                errors.add(new FieldError(at + ".title", "must be at most " + PlaybookStep.TITLE_MAX + " characters"));
            }
            if (step.description() != null && step.description().length() > PlaybookStep.DESCRIPTION_MAX) {
                errors.add(new FieldError(at + ".description",
                        "must be at most " + PlaybookStep.DESCRIPTION_MAX + " characters"));
            }
        }
        return errors;
    }

    static void require(List<PlaybookStep> steps) {
        List<FieldError> errors = problems(steps);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
