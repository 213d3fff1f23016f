package vn.parindex.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.parindex.IntegrationTest;

/**
 * Runs after the other tests (see junit-platform.properties): counts, from the engine's history, which flow
 * nodes of each process the tests passed through, writes target/process-coverage.md and wants 90 %.
 */
@IntegrationTest
@Tag("postgres")
@Order(Integer.MAX_VALUE)
class ProcessCoverageTest {

    static final Set<String> PROCESSES = Set.of("par-campaign", "agency-assessment", "missed-deadline-decision");

    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;

    @Test
    void processTestsCoverAtLeastNinetyPercentOfTheFlowNodes() throws IOException {
        int all = 0;
        int covered = 0;
        StringBuilder report = new StringBuilder("# Flow-node coverage of the process tests\n\n"
                + "| process | covered | flow nodes | % | not covered |\n|---|---|---|---|---|\n");
        for (String key : new TreeSet<>(PROCESSES)) {
            Map<String, String> nodes = new LinkedHashMap<>();
            Set<String> passed = new TreeSet<>();
            for (ProcessDefinition definition : repository.createProcessDefinitionQuery().processDefinitionKey(key).list()) {
                Collection<FlowNode> flowNodes = repository.getBpmnModelInstance(definition.getId())
                        .getModelElementsByType(FlowNode.class);
                flowNodes.forEach(node -> nodes.put(node.getId(), node.getName()));
                passed.addAll(history.createHistoricActivityInstanceQuery().processDefinitionId(definition.getId())
                        .list().stream().map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet()));
            }
            passed.retainAll(nodes.keySet());
            Set<String> missing = new TreeSet<>(nodes.keySet());
            missing.removeAll(passed);
            all += nodes.size();
            covered += passed.size();
            report.append("| ").append(key).append(" | ").append(passed.size()).append(" | ").append(nodes.size())
                    .append(" | ").append(nodes.isEmpty() ? 0 : passed.size() * 100 / nodes.size()).append(" | ")
                    .append(String.join(", ", missing)).append(" |\n");
        }
        double percent = all == 0 ? 0 : covered * 100.0 / all;
        report.append("\nTotal: ").append(covered).append(" of ").append(all).append(" flow nodes, ")
                .append(String.format("%.1f", percent)).append(" %.\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/process-coverage.md"), report.toString());
        assertThat(percent).as(report.toString()).isGreaterThanOrEqualTo(90.0);
    }
}
