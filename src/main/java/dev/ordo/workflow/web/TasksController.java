package dev.ordo.workflow.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.ordo.shared.NotFound;
import dev.ordo.workflow.Workflows;

/** "My tasks": everything waiting for the signed-in person, each linking to the page where it is done. */
@Controller
class TasksController {

	private final Workflows workflows;

	TasksController(Workflows workflows) {
		this.workflows = workflows;
	}

	@GetMapping("/tasks")
	String inbox(Model model) {
		model.addAttribute("tasks", workflows.inbox());
		model.addAttribute("candidateRoles", CandidateRoles.INSTANCE);
		return "workflow/tasks";
	}

	@GetMapping("/tasks/{taskId}")
	String open(@PathVariable String taskId) {
		var task = workflows.task(taskId).orElseThrow(() -> new NotFound("Task", taskId));
		return "redirect:" + task.link();
	}
}
