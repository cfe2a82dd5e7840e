package dev.ordo.processes.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.ordo.identity.Identity;
import dev.ordo.identity.Role;
import dev.ordo.platform.web.FormErrors;
import dev.ordo.processes.IsmsProcesses;
import dev.ordo.processes.ProcessView;
import dev.ordo.processes.TailoringChangeView;
import dev.ordo.processes.TailoringChangeView.Status;
import dev.ordo.processes.application.TailoringService;
import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.OrdoPrincipal;

/** The process map, the process pages with their tailoring, and the tailoring changes with their approval. */
@Controller
class ProcessesController {

	private final IsmsProcesses processes;

	private final TailoringService tailoring;

	private final Identity identity;

	ProcessesController(IsmsProcesses processes, TailoringService tailoring, Identity identity) {
		this.processes = processes;
		this.tailoring = tailoring;
		this.identity = identity;
	}

	@InitBinder("tailoringForm")
	void allowTailoringFields(WebDataBinder binder) {
		binder.setAllowedFields("applicable", "justification", "ownerId", "deputyIds", "targetLevel", "notes",
				"reason");
	}

	@GetMapping("/")
	String home() {
		return "redirect:/processes";
	}

	@GetMapping("/processes")
	String map(Model model) {
		var graph = processes.graph();
		model.addAttribute("map", ProcessMapLayout.layout(graph));
		model.addAttribute("graph", graph);
		model.addAttribute("processes", processes.all());
		return "processes/map";
	}

	@GetMapping("/processes/{key}")
	String process(@PathVariable String key, Model model) {
		ProcessView view = processes.byKey(key);
		if (!model.containsAttribute("tailoringForm")) {
			model.addAttribute("tailoringForm", TailoringForm.of(view.tailoring()));
		}
		List<TailoringChangeView> changes = tailoring.changesOf(key);
		model.addAttribute("view", view);
		model.addAttribute("changes", changes);
		model.addAttribute("pending", changes.stream().filter(c -> c.status() == Status.PROPOSED).findFirst()
			.orElse(null));
		model.addAttribute("members", identity.members());
		model.addAttribute("mayPropose", CurrentActor.principal()
			.map(p -> p.hasRole(Role.ISMS_MANAGER.name())).orElse(false));
		return "processes/process";
	}

	@PostMapping("/processes/{key}/tailoring")
	String propose(@PathVariable String key, @ModelAttribute("tailoringForm") TailoringForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				TailoringChangeView change = tailoring.propose(key, form.toRequest());
				redirect.addFlashAttribute("notice", "Change proposed; it takes effect once top management approves it");
				return "redirect:/processes/tailoring-changes/" + change.id();
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, binding);
			}
			catch (Conflict conflict) {
				binding.reject("conflict", conflict.getMessage());
			}
		}
		return process(key, model);
	}

	@GetMapping("/processes/tailoring-changes/{changeId}")
	String change(@PathVariable UUID changeId, Model model) {
		TailoringChangeView change = tailoring.change(changeId);
		OrdoPrincipal me = CurrentActor.require();
		var task = tailoring.decisionTask(changeId);
		boolean mayDecide = task.isPresent() && task.get().candidateGroups().stream().anyMatch(me::hasRole)
				&& !me.userId().equals(change.proposedBy() == null ? null : change.proposedBy().userId());
		model.addAttribute("change", change);
		model.addAttribute("process", processes.byKey(change.processKey()));
		model.addAttribute("task", task.orElse(null));
		model.addAttribute("mayDecide", mayDecide);
		return "processes/change";
	}

	@PostMapping("/processes/tailoring-changes/{changeId}/decision")
	String decide(@PathVariable UUID changeId, @RequestParam(required = false) Boolean approved,
			@RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
		try {
			tailoring.decide(changeId, approved, comment);
			redirect.addFlashAttribute("notice", Boolean.TRUE.equals(approved) ? "Change approved and in effect"
					: "Change rejected");
			return "redirect:/processes/tailoring-changes/" + changeId;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("fieldErrors", invalid.fieldErrors());
			model.addAttribute("comment", comment);
		}
		catch (AccessDenied denied) {
			model.addAttribute("decisionError", denied.getMessage());
		}
		return change(changeId, model);
	}
}
