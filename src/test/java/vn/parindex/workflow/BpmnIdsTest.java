package vn.parindex.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ProcessModel and processes/*.bpmn name the same ids, and no other class writes a BPMN id as a literal. */
class BpmnIdsTest {

    static Set<String> processes = new TreeSet<>();
    static Set<String> userTasks = new TreeSet<>();
    /** Every flow node, process and message name: the ids our code might be tempted to write. */
    static Set<String> allIds = new TreeSet<>();

    @BeforeAll
    static void readBpmn() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                        .forEach(process -> processes.add(process.getId()));
                model.getModelElementsByType(UserTask.class).forEach(task -> userTasks.add(task.getId()));
                model.getModelElementsByType(FlowNode.class).forEach(node -> allIds.add(node.getId()));
                model.getModelElementsByType(Message.class).forEach(message -> allIds.add(message.getName()));
            }
        }
        allIds.addAll(processes);
        assertThat(processes).hasSize(3);
    }

    @Test
    void everyIdOfTheModelIsInTheBpmnFiles() throws IllegalAccessException {
        assertThat(constants(ProcessModel.class)).isNotEmpty().allSatisfy(id -> assertThat(allIds).contains(id));
    }

    @Test
    void everyProcessAndUserTaskOfTheBpmnFilesIsInTheModel() throws IllegalAccessException {
        assertThat(constants(ProcessModel.class)).containsAll(processes).containsAll(userTasks);
    }

    @Test
    void noBpmnIdIsWrittenOutsideTheModel() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/vn/parindex"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (source.endsWith("workflow/ProcessModel.java")) {
                    continue;
                }
                String code = Files.readString(source);
                for (String id : allIds) {
                    if (code.contains('"' + id + '"')) {
                        literals.add(source + ": \"" + id + '"');
                    }
                }
            }
        }
        assertThat(literals).as("BPMN ids written as literals; use ProcessModel").isEmpty();
    }

    /**
     * Process variables are named through {@code ProcessModel.Variables}. campaignId, agencyId and milestone are also
     * the names of request, query and model parameters, and approval the results page's anchor, so they are left out.
     */
    @Test
    void noVariableNameOfTheModelIsWrittenOutsideIt() throws IOException, IllegalAccessException {
        Set<String> names = constants(ProcessModel.Variables.class);
        assertThat(names).contains("comment", "signOff");
        names.removeAll(Set.of("campaignId", "agencyId", "milestone", "approval"));
        List<String> literals = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/vn/parindex"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                names.stream().filter(name -> !source.endsWith("workflow/ProcessModel.java")
                        && code.contains('"' + name + '"')).forEach(name -> literals.add(source + ": \"" + name + '"'));
            }
        }
        assertThat(literals).as("process variable names written as literals; use ProcessModel.Variables").isEmpty();
    }

    private static Set<String> constants(Class<?> type) throws IllegalAccessException {
        Set<String> values = new TreeSet<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }
}
