package dev.ordo.workflow.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.ordo.workflow.WorkflowRunView;
import dev.ordo.workflow.Workflows;

/** Process runs over the API: the lineage behind records that a BPMN process produced. */
@RestController
@RequestMapping("/api/v1/runs")
class RunsApi {

	private final Workflows workflows;

	RunsApi(Workflows workflows) {
		this.workflows = workflows;
	}

	/** One run of the caller's organization with its steps; 404 for another organization's run. */
	@GetMapping("/{instanceId}")
	WorkflowRunView run(@PathVariable String instanceId) {
		return workflows.run(instanceId);
	}
}
