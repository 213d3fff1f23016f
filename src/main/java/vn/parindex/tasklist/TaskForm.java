package vn.parindex.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * A Camunda Form (form-js JSON from forms/) rendered by our own pages: the same file opens in Camunda's
 * Tasklist. Supports the fields our forms use: text, textfield, textarea, number, checkbox, radio, select
 * and date.
 */
public record TaskForm(String id, List<Field> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One component of the form. Text components have no key and only show their text. */
    public record Field(String id, String type, String key, String label, String text, boolean required,
                        BigDecimal min, List<Option> options) {

        public boolean isInput() {
            return key != null && !type.equals("text");
        }

        public boolean isHeading() {
            return type.equals("text") && text != null && text.startsWith("#");
        }

        public String plainText() {
            return text == null ? "" : text.replaceFirst("^#+\\s*", "");
        }
    }

    public record Option(String label, String value) {
    }

    public static TaskForm load(String formId) {
        ClassPathResource resource = new ClassPathResource("forms/" + formId + ".form");
        try (InputStream in = resource.getInputStream()) {
            return parse(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Form " + formId + " not found", e);
        }
    }

    static TaskForm parse(JsonNode root) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode component : root.path("components")) {
            String type = component.path("type").asText();
            List<Option> options = new ArrayList<>();
            for (JsonNode value : component.path("values")) {
                options.add(new Option(value.path("label").asText(), value.path("value").asText()));
            }
            JsonNode validate = component.path("validate");
            String label = component.hasNonNull("label") ? component.get("label").asText()
                    : component.path("dateLabel").asText(null);
            fields.add(new Field(component.path("id").asText(null), type, component.hasNonNull("key") ? component.get("key").asText() : null, label,
                    component.path("text").asText(null), validate.path("required").asBoolean(false),
                    validate.hasNonNull("min") ? validate.get("min").decimalValue() : null, options));
        }
        return new TaskForm(root.path("id").asText(), fields);
    }

    /**
     * The form worded in the user's language: a form file holds one label per field (Vietnamese, which Camunda
     * Tasklist shows), so our pages take each text from {@code form.<form id>.<component id>[.<option value>]},
     * falling back to the file's own.
     */
    public TaskForm in(MessageSource messages, Locale locale) {
        List<Field> worded = new ArrayList<>();
        for (Field f : fields) {
            String key = "form." + id + "." + f.id();
            List<Option> options = f.options().stream()
                    .map(o -> new Option(messages.getMessage(key + "." + o.value(), null, o.label(), locale), o.value()))
                    .toList();
            String text = f.text() == null ? null
                    : f.text().replaceFirst("(?s)^(#+\\s*)?.*$", "$1") + messages.getMessage(key, null, f.plainText(), locale);
            String label = f.label() == null || "text".equals(f.type()) ? f.label()
                    : messages.getMessage(key, null, f.label(), locale);
            worded.add(new Field(f.id(), f.type(), f.key(), label, text, f.required(), f.min(), options));
        }
        return new TaskForm(id, worded);
    }

    /** The submitted values as process variables, and a message key per field that is wrong. */
    public record Submission(Map<String, Object> variables, Map<String, String> errors, Map<String, String> raw) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public Submission read(Map<String, String> input) {
        Map<String, Object> variables = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        for (Field field : fields) {
            if (!field.isInput()) {
                continue;
            }
            String value = input.getOrDefault(field.key(), "").trim();
            raw.put(field.key(), value);
            switch (field.type()) {
                case "checkbox" -> {
                    boolean checked = value.equals("true") || value.equals("on");
                    if (field.required() && !checked) {
                        errors.put(field.key(), "task.form.error.required");
                    }
                    variables.put(field.key(), checked);
                }
                case "number" -> {
                    if (value.isEmpty()) {
                        requiredOrNull(field, variables, errors);
                    } else {
                        try {
                            BigDecimal number = new BigDecimal(value.replace(',', '.'));
                            if (field.min() != null && number.compareTo(field.min()) < 0) {
                                errors.put(field.key(), "task.form.error.min");
                            }
                            variables.put(field.key(), number.scale() <= 0 ? (Object) number.longValueExact()
                                    : (Object) number.doubleValue());
                        } catch (NumberFormatException | ArithmeticException e) {
                            errors.put(field.key(), "task.form.error.number");
                        }
                    }
                }
                case "datetime" -> {
                    if (value.isEmpty()) {
                        requiredOrNull(field, variables, errors);
                    } else {
                        try {
                            variables.put(field.key(), LocalDate.parse(value).toString());
                        } catch (DateTimeParseException e) {
                            errors.put(field.key(), "task.form.error.date");
                        }
                    }
                }
                case "radio", "select" -> {
                    if (value.isEmpty()) {
                        requiredOrNull(field, variables, errors);
                    } else if (field.options().stream().noneMatch(o -> o.value().equals(value))) {
                        errors.put(field.key(), "task.form.error.option");
                    } else {
                        variables.put(field.key(), value);
                    }
                }
                default -> {
                    if (value.isEmpty()) {
                        requiredOrNull(field, variables, errors);
                    } else {
                        variables.put(field.key(), value);
                    }
                }
            }
        }
        return new Submission(variables, errors, raw);
    }

    private static void requiredOrNull(Field field, Map<String, Object> variables, Map<String, String> errors) {
        if (field.required()) {
            errors.put(field.key(), "task.form.error.required");
        }
        variables.put(field.key(), null);
    }
}
