package dev.ordo.implementation.web;

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

import dev.ordo.frameworks.Frameworks;
import dev.ordo.identity.Identity;
import dev.ordo.implementation.AppliedControlView;
import dev.ordo.implementation.ImplementationStatus;
import dev.ordo.implementation.VerificationResult;
import dev.ordo.implementation.application.AlreadyApplied;
import dev.ordo.implementation.application.AppliedControlService;
import dev.ordo.implementation.domain.AppliedControlQueries;
import dev.ordo.platform.web.FormErrors;

/** The list of applied controls, their pages with evidence and verification history, forms, and coverage. */
@Controller
class AppliedControlsController {

	private final AppliedControlService controls;

	private final Identity identity;

	private final Frameworks frameworks;

	AppliedControlsController(AppliedControlService controls, Identity identity, Frameworks frameworks) {
		this.controls = controls;
		this.identity = identity;
		this.frameworks = frameworks;
	}

	@InitBinder("appliedControlForm")
	void allowControlFields(WebDataBinder binder) {
		binder.setAllowedFields("catalog", "controlId", "status", "justification", "ownerId", "dueDate", "notes",
				"version");
	}

	@InitBinder("evidenceForm")
	void allowEvidenceFields(WebDataBinder binder) {
		binder.setAllowedFields("url", "description");
	}

	@InitBinder("verificationForm")
	void allowVerificationFields(WebDataBinder binder) {
		binder.setAllowedFields("verifiedOn", "result", "notes");
	}

	@GetMapping("/applied-controls")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) ImplementationStatus status,
			@RequestParam(required = false) UUID ownerId, @RequestParam(required = false) String catalog,
			@RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "control") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Model model) {
		model.addAttribute("page", controls.list(
				new AppliedControlQueries.Filter(q, status, ownerId, catalog, overdue), sort, page, size));
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("ownerId", ownerId);
		model.addAttribute("catalog", catalog);
		model.addAttribute("overdue", overdue);
		model.addAttribute("sort", AppliedControlQueries.SORTS.containsKey(sort) ? sort : "control");
		model.addAttribute("statuses", ImplementationStatus.values());
		model.addAttribute("members", identity.members());
		model.addAttribute("catalogs", frameworks.catalogs());
		return "implementation/applied-controls";
	}

	@GetMapping("/applied-controls/coverage")
	String coverage(@RequestParam(required = false) String catalog, Model model) {
		model.addAttribute("coverage", controls.coverage(catalog));
		model.addAttribute("catalogs", frameworks.catalogs());
		return "implementation/coverage";
	}

	@GetMapping("/applied-controls/new")
	String newControl(@RequestParam(required = false) String catalog, @RequestParam(required = false) String controlId,
			Model model) {
		if (!model.containsAttribute("appliedControlForm")) {
			AppliedControlForm form = new AppliedControlForm();
			if (catalog != null) {
				form.setCatalog(catalog);
			}
			form.setControlId(controlId);
			model.addAttribute("appliedControlForm", form);
		}
		return form(null, model);
	}

	@PostMapping("/applied-controls")
	String create(@ModelAttribute("appliedControlForm") AppliedControlForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			try {
				AppliedControlView created = controls.create(form.toRequest());
				redirect.addFlashAttribute("notice", "Control applied");
				return "redirect:/applied-controls/" + created.id();
			}
			catch (AlreadyApplied duplicate) {
				// Next to the control id, with a link to the one that exists, rather than a 409 page.
				binding.rejectValue("controlId", "applied", "This control is already applied — open it");
				model.addAttribute("existingControlId", duplicate.existingId());
				return form(null, model);
			}
		}, () -> form(null, model));
	}

	@GetMapping("/applied-controls/{id}")
	String appliedControl(@PathVariable UUID id, Model model) {
		if (!model.containsAttribute("evidenceForm")) {
			model.addAttribute("evidenceForm", new EvidenceForm());
		}
		if (!model.containsAttribute("verificationForm")) {
			model.addAttribute("verificationForm", new VerificationForm());
		}
		model.addAttribute("control", controls.appliedControl(id));
		model.addAttribute("results", VerificationResult.values());
		return "implementation/applied-control";
	}

	@GetMapping("/applied-controls/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		AppliedControlView control = controls.appliedControl(id);
		if (!model.containsAttribute("appliedControlForm")) {
			model.addAttribute("appliedControlForm", AppliedControlForm.of(control));
		}
		return form(control, model);
	}

	@PostMapping("/applied-controls/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("appliedControlForm") AppliedControlForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		AppliedControlView control = controls.appliedControl(id);
		return FormErrors.submit(binding, () -> {
			controls.update(id, form.toRequest(), form.getVersion());
			redirect.addFlashAttribute("notice", "Applied control saved");
			return "redirect:/applied-controls/" + id;
		}, () -> {
			// After the change message, saving again overwrites on purpose: the version just read.
			if (FormErrors.changedMeanwhile(binding)) {
				form.setVersion(control.version());
			}
			return form(control, model);
		});
	}

	@PostMapping("/applied-controls/{id}/evidence")
	String addEvidence(@PathVariable UUID id, @ModelAttribute("evidenceForm") EvidenceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			controls.addEvidence(id, form.toRequest(), null);
			redirect.addFlashAttribute("notice", "Evidence added");
			return "redirect:/applied-controls/" + id;
		}, () -> appliedControl(id, model));
	}

	@PostMapping("/applied-controls/{id}/verifications")
	String verify(@PathVariable UUID id, @ModelAttribute("verificationForm") VerificationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			controls.verify(id, form.toRequest(), null);
			redirect.addFlashAttribute("notice", "Verification recorded");
			return "redirect:/applied-controls/" + id;
		}, () -> appliedControl(id, model));
	}

	private String form(AppliedControlView control, Model model) {
		model.addAttribute("control", control);
		// VERIFIED comes from an effective verification; the form offers it only to keep it.
		model.addAttribute("statuses", java.util.Arrays.stream(ImplementationStatus.values())
			.filter(s -> s != ImplementationStatus.VERIFIED
					|| control != null && control.status() == ImplementationStatus.VERIFIED)
			.toList());
		model.addAttribute("members", identity.members());
		model.addAttribute("catalogs", frameworks.catalogs());
		return "implementation/applied-control-form";
	}
}
