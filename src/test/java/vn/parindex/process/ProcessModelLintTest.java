package vn.parindex.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Lints every model in processes/ and forms/ against the house rules, so a careless edit fails the build. */
class ProcessModelLintTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");

    @Test
    void everyProcessIsNamedAfterItsFileAndHasAHistoryTimeToLive() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(PROCESSES, ".bpmn")) {
            String expectedId = file.getFileName().toString().replace(".bpmn", "");
            for (Process process : model(file).getModelElementsByType(Process.class)) {
                if (!process.getId().equals(expectedId)) {
                    problems.add(file + ": process id " + process.getId() + " is not the file name");
                }
                if (process.getCamundaHistoryTimeToLiveString() == null) {
                    problems.add(file + ": no historyTimeToLive");
                }
                if (process.getName() == null || process.getName().isBlank()) {
                    problems.add(file + ": process has no name");
                }
            }
        }
        assertThat(files(PROCESSES, ".bpmn")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyElementHasAName() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = model(file);
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (node.getName() == null || node.getName().isBlank()) {
                    problems.add(file + ": " + node.getId() + " has no name");
                }
            }
            for (SubProcess sub : model.getModelElementsByType(SubProcess.class)) {
                if (sub.getName() == null) {
                    problems.add(file + ": " + sub.getId() + " has no name");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyUserTaskHasADueDateCandidateGroupsAndAFormThatExists() throws IOException {
        List<String> problems = new ArrayList<>();
        int tasks = 0;
        for (Path file : files(PROCESSES, ".bpmn")) {
            for (UserTask task : model(file).getModelElementsByType(UserTask.class)) {
                tasks++;
                String where = file.getFileName() + "#" + task.getId();
                if (task.getCamundaDueDate() == null) {
                    problems.add(where + ": no due date");
                }
                if (task.getCamundaCandidateGroups() == null) {
                    problems.add(where + ": no candidate groups");
                }
                if (!task.isCamundaAsyncAfter()) {
                    problems.add(where + ": not async after (a completion must commit at once)");
                }
                String form = task.getCamundaFormRef();
                if (form == null) {
                    problems.add(where + ": no camunda:formRef");
                } else if (!Files.exists(FORMS.resolve(form + ".form"))) {
                    problems.add(where + ": form " + form + " is not in forms/");
                }
            }
        }
        assertThat(tasks).isGreaterThanOrEqualTo(12);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFormIsNamedAfterItsFile() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Path file : files(FORMS, ".form")) {
            assertThat(json.readTree(file.toFile()).path("id").asText())
                    .as(file.toString()).isEqualTo(file.getFileName().toString().replace(".form", ""));
        }
    }

    private static BpmnModelInstance model(Path file) {
        return Bpmn.readModelFromFile(file.toFile());
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
