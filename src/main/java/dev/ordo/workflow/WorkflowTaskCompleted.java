package dev.ordo.workflow;

import java.util.UUID;

import dev.ordo.shared.AuditableEvent;

/** Someone completed a workflow task. */
public record WorkflowTaskCompleted(UUID organizationId, String taskId, String taskName, String processKey,
		String businessKey, UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "workflow-task";
	}

	@Override
	public String subjectId() {
		return taskId;
	}

	@Override
	public String summary() {
		return "Task '" + taskName + "' of " + processKey + " (" + businessKey + ") completed";
	}
}
