package vn.parindex.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.parindex.timeline.ReminderSchedule;
import vn.parindex.workflow.ProcessDiagrams;

/**
 * Where one process instance stands, for drawing it: its definition's BPMN with every name in the reader's
 * language (message keys {@code diagram.node.<element id>} and {@code diagram.flow.<flow name>}, the BPMN's own
 * name where a key is missing; {0} in a name is the reminder hour), the steps under way and the steps done, from
 * the engine's history.
 */
@Service
@RequiredArgsConstructor
class EngineDiagrams implements ProcessDiagrams {

    /** A multi-instance step's body is drawn as the step itself. */
    static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final RepositoryService repository;
    private final HistoryService history;
    private final MessageSource messages;
    private final ReminderSchedule reminders;
    private final Map<String, String> localized = new ConcurrentHashMap<>();

    @Override
    public Optional<Diagram> of(String processInstanceId, Locale locale) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).list();
        Set<String> current = new LinkedHashSet<>();
        Set<String> done = new LinkedHashSet<>();
        for (HistoricActivityInstance step : steps) {
            String id = step.getActivityId().replace(MULTI_INSTANCE_BODY, "");
            (step.getEndTime() == null ? current : done).add(id);
        }
        done.removeAll(current);
        String definition = instance.getProcessDefinitionId();
        String xml = localized.computeIfAbsent(definition + "|" + locale.getLanguage(), key -> localize(definition, locale));
        return Optional.of(new Diagram(xml, current, done));
    }

    private String localize(String definitionId, Locale locale) {
        BpmnModelInstance model = Bpmn.readModelFromStream(repository.getProcessModel(definitionId));
        Object[] hour = {reminders.getShown()};
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (element.getName() != null) {
                String key = element instanceof SequenceFlow ? "diagram.flow." + element.getName()
                        : "diagram.node." + element.getId();
                element.setName(messages.getMessage(key, hour, element.getName(), locale));
            }
        }
        return Bpmn.convertToString(model);
    }
}
