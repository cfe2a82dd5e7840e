package dev.ordo.workflow.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.ordo.workflow.Workflows;

/**
 * The page of one process run: which process, about what, who started it, and each step with who did it and what
 * they decided. Other pages link here with the fragment {@code workflow/run :: link(runId)}.
 */
@Controller
class RunsController {

	private final Workflows workflows;

	RunsController(Workflows workflows) {
		this.workflows = workflows;
	}

	@GetMapping("/runs/{instanceId}")
	String run(@PathVariable String instanceId, Model model) {
		model.addAttribute("run", workflows.run(instanceId));
		model.addAttribute("candidateRoles", CandidateRoles.INSTANCE);
		return "workflow/run-page";
	}
}
