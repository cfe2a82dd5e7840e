package dev.ordo.workflow.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.ordo.shared.NotFound;
import dev.ordo.workflow.WorkflowTask;
import dev.ordo.workflow.Workflows;

/** The task inbox over the API. */
@RestController
@RequestMapping("/api/v1/tasks")
class TasksApi {

	private final Workflows workflows;

	TasksApi(Workflows workflows) {
		this.workflows = workflows;
	}

	/** Open tasks for the caller (at most 100, newest first). */
	@GetMapping
	List<WorkflowTask> inbox() {
		return workflows.inbox();
	}

	@GetMapping("/{taskId}")
	WorkflowTask task(@PathVariable String taskId) {
		return workflows.task(taskId).orElseThrow(() -> new NotFound("Task", taskId));
	}

	/** Completes a task with form data, checked by the module the task belongs to. */
	@PostMapping("/{taskId}/complete")
	ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody Map<String, Object> formData) {
		workflows.complete(taskId, formData);
		return ResponseEntity.noContent().build();
	}
}
