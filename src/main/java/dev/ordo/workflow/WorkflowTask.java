package dev.ordo.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A user task waiting for someone.
 *
 * @param id              task id
 * @param name            what is to be done
 * @param formKey         {@code <module>/<form>}: which module's page handles it
 * @param processKey      the BPMN process it belongs to
 * @param processInstanceId the process run
 * @param businessKey     the record the run is about
 * @param createdAt       when it became due
 * @param assignee        user id of the assignee, if assigned
 * @param candidateGroups role names that may take it
 * @param link            page where the task is done
 * @param variables       the process variables the task shows
 */
public record WorkflowTask(String id, String name, String formKey, String processKey, String processInstanceId,
		String businessKey, Instant createdAt, String assignee, List<String> candidateGroups, String link,
		Map<String, Object> variables) {
}
