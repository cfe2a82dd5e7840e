package dev.ordo.risktreatment.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.ordo.frameworks.Frameworks;
import dev.ordo.identity.Identity;
import dev.ordo.platform.web.FormErrors;
import dev.ordo.risktreatment.PlanItemStatus;
import dev.ordo.risktreatment.PlanItemView;
import dev.ordo.risktreatment.TreatmentOption;
import dev.ordo.risktreatment.TreatmentView;
import dev.ordo.risktreatment.application.AcceptanceService;
import dev.ordo.risktreatment.application.RiskTreatmentService;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;

/**
 * The treatment page of a risk (ISO/IEC 27001:2022 6.1.3 b, e): editing option, controls and plan items, removing plan
 * items with a reason, the request for acceptance and the owner's decision; and the treatment plan board.
 */
@Controller
class TreatmentController {

	static final int BOARD_PAGE_SIZE = 20;

	private final RiskTreatmentService treatments;

	private final AcceptanceService acceptances;

	private final Frameworks frameworks;

	private final Identity identity;

	TreatmentController(RiskTreatmentService treatments, AcceptanceService acceptances, Frameworks frameworks,
			Identity identity) {
		this.treatments = treatments;
		this.acceptances = acceptances;
		this.frameworks = frameworks;
		this.identity = identity;
	}

	/** The owner's decision on the page. */
	static class DecisionForm {

		private Boolean accepted;

		private String comment;

		public Boolean getAccepted() {
			return accepted;
		}

		public void setAccepted(Boolean accepted) {
			this.accepted = accepted;
		}

		public String getComment() {
			return comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}
	}

	/** Why a plan item is removed, asked for on the confirmation in place of its row. */
	static class RemovalForm {

		private String reason;

		/** The item's version the confirmation was shown for: removing it after someone else's change is refused. */
		private Long version;

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}

	@InitBinder("removalForm")
	void allowRemovalFields(WebDataBinder binder) {
		binder.setAllowedFields("reason", "version");
	}

	@InitBinder("decisionForm")
	void allowDecisionFields(WebDataBinder binder) {
		binder.setAllowedFields("accepted", "comment");
	}

	@InitBinder("treatmentForm")
	void allowTreatmentFields(WebDataBinder binder) {
		binder.setAllowedFields("option", "rationale", "annexControls", "otherControls", "version");
	}

	@InitBinder("planItemForm")
	void allowPlanItemFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "ownerId", "dueDate", "cost", "effort", "status");
	}

	/** A change also carries the version the form was opened on; a new item has none. */
	@InitBinder("planItemEditForm")
	void allowPlanItemEditFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "ownerId", "dueDate", "cost", "effort", "status", "version");
	}

	@GetMapping("/risks/{id}/treatment")
	String treatment(@PathVariable UUID id, Model model) {
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new DecisionForm());
		}
		return page(id, model);
	}

	private String page(UUID id, Model model) {
		return page(treatments.treatment(id), model);
	}

	private String page(TreatmentView treatment, Model model) {
		UUID id = treatment.riskId();
		model.addAttribute("treatment", treatment);
		if (!model.containsAttribute("treatmentForm")) {
			model.addAttribute("treatmentForm", TreatmentForm.of(treatment));
		}
		if (!model.containsAttribute("planItemForm")) {
			model.addAttribute("planItemForm", new PlanItemForm());
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new DecisionForm());
		}
		model.addAttribute("annexA", frameworks.annexAControls());
		// Selected controls name their catalog by its title, as the catalogs page does, not by its id.
		Map<String, String> catalogTitles = new HashMap<>();
		frameworks.catalogs().forEach(c -> {
			catalogTitles.put(c.id(), c.title());
			catalogTitles.put(c.key(), c.title());
		});
		model.addAttribute("catalogTitles", catalogTitles);
		model.addAttribute("options", TreatmentOption.values());
		planItemChoices(id, model);
		var task = acceptances.decisionTask(id);
		model.addAttribute("decisionOpen", task.isPresent());
		String me = CurrentActor.require().userId().toString();
		// Without an owner: the ISMS managers, except the one who asked (AcceptanceDecisionForm has the rule).
		model.addAttribute("mayDecide", task.map(t -> t.assignee() == null
				? CurrentActor.require().hasAnyRole(AcceptanceService.FALLBACK_GROUP)
						&& !me.equals(t.variables().get("requestedBy"))
				: me.equals(t.assignee())).orElse(false));
		// Everyone else learns who decides, rather than only missing the form.
		model.addAttribute("decisionRefusal", task.map(acceptances::decisionRefusal).orElse(null));
		return "risktreatment/treatment";
	}

	/**
	 * Option, rationale and selected controls; field errors show next to the fields, and a save made on a treatment
	 * someone else changed since the page was opened is refused with the input kept.
	 */
	@PostMapping("/risks/{id}/treatment")
	String plan(@PathVariable UUID id, @ModelAttribute("treatmentForm") TreatmentForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			try {
				treatments.plan(id, form.request(), form.getVersion());
			}
			catch (InvalidInput invalid) {
				throw form.forPage(invalid);
			}
			redirect.addFlashAttribute("notice", "Treatment saved");
			return "redirect:/risks/" + id + "/treatment";
		}, () -> {
			TreatmentView current = treatments.treatment(id);
			// After the change message, saving again overwrites on purpose: the version just read.
			if (FormErrors.changedMeanwhile(binding)) {
				form.setVersion(current.version());
			}
			return page(current, model);
		});
	}

	@PostMapping("/risks/{id}/treatment/plan-items")
	String addPlanItem(@PathVariable UUID id, @ModelAttribute("planItemForm") PlanItemForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			treatments.addPlanItem(id, form.request());
			redirect.addFlashAttribute("notice", "Plan item added");
			return "redirect:/risks/" + id + "/treatment";
		}, () -> {
			model.addAttribute("planItemOpen", true);
			return page(id, model);
		});
	}

	/**
	 * The form to change one plan item, in place of its row: only the row when htmx asks for it, otherwise the whole
	 * treatment page with that row open (links from the board, browsers without script).
	 */
	@GetMapping("/risks/{id}/treatment/plan-items/{itemId}/edit")
	String editPlanItem(@PathVariable UUID id, @PathVariable UUID itemId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PlanItemView item = planItemOf(id, itemId);
		model.addAttribute("planItemEditForm", PlanItemForm.of(item));
		model.addAttribute("editedItemId", itemId);
		if (htmx != null) {
			planItemChoices(id, model);
			return "risktreatment/treatment :: planItemEdit";
		}
		return treatment(id, model);
	}

	/** What the plan item forms offer: the risk they post to, the members as owners, the statuses. */
	private void planItemChoices(UUID riskId, Model model) {
		model.addAttribute("riskId", riskId);
		model.addAttribute("members", identity.members());
		model.addAttribute("itemStatuses", PlanItemStatus.values());
	}

	/**
	 * Changes a plan item through the same service method as {@code PUT /api/v1/treatment-plan-items/{id}}; its
	 * messages show next to the fields of the item's form.
	 */
	@PostMapping("/risks/{id}/treatment/plan-items/{itemId}")
	String changePlanItem(@PathVariable UUID id, @PathVariable UUID itemId,
			@ModelAttribute("planItemEditForm") PlanItemForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		PlanItemView item = planItemOf(id, itemId);
		return FormErrors.submit(binding, () -> {
			treatments.changePlanItem(itemId, form.request(), form.getVersion());
			redirect.addFlashAttribute("notice", "Plan item saved");
			return "redirect:/risks/" + id + "/treatment#item-" + itemId;
		}, () -> {
			// After the change message, saving again overwrites on purpose: the version just read.
			if (FormErrors.changedMeanwhile(binding)) {
				form.setVersion(item.version());
			}
			model.addAttribute("editedItemId", itemId);
			return treatment(id, model);
		});
	}

	/**
	 * The confirmation to remove a plan item, with the reason to give, in place of its row (the whole page with that
	 * row open without htmx); when the item cannot be removed, it says why instead.
	 */
	@GetMapping("/risks/{id}/treatment/plan-items/{itemId}/remove")
	String confirmRemoval(@PathVariable UUID id, @PathVariable UUID itemId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PlanItemView item = removal(id, itemId, model);
		if (!model.containsAttribute("removalForm")) {
			RemovalForm form = new RemovalForm();
			form.setVersion(item.version());
			model.addAttribute("removalForm", form);
		}
		if (htmx != null) {
			model.addAttribute("riskId", id);
			return "risktreatment/treatment :: planItemRemove";
		}
		return treatment(id, model);
	}

	private PlanItemView removal(UUID riskId, UUID itemId, Model model) {
		PlanItemView item = planItemOf(riskId, itemId);
		model.addAttribute("removedItem", item);
		model.addAttribute("removalRefusal", treatments.removalRefusal(itemId));
		return item;
	}

	/**
	 * Removes a plan item through the same service method as {@code DELETE /api/v1/treatment-plan-items/{id}}: a
	 * missing reason shows next to its field, a refusal (approved plan, done item) as the page's message.
	 */
	@PostMapping("/risks/{id}/treatment/plan-items/{itemId}/removal")
	String removePlanItem(@PathVariable UUID id, @PathVariable UUID itemId,
			@ModelAttribute("removalForm") RemovalForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		PlanItemView item = planItemOf(id, itemId);
		try {
			return FormErrors.submit(binding, () -> {
				treatments.removePlanItem(itemId, form.getReason(), form.getVersion());
				redirect.addFlashAttribute("notice", "Plan item \"" + item.title() + "\" removed");
				return "redirect:/risks/" + id + "/treatment#plan";
			}, () -> {
				// After the change message, confirming again removes the item as it is now shown.
				PlanItemView now = removal(id, itemId, model);
				if (FormErrors.changedMeanwhile(binding)) {
					form.setVersion(now.version());
				}
				return treatment(id, model);
			});
		}
		catch (Conflict refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
			return "redirect:/risks/" + id + "/treatment#item-" + itemId;
		}
	}

	/**
	 * The item, when it belongs to the risk in the path; an item of another risk is not found here, so that a page
	 * never changes what it does not show. (One of another organization is not found at all.)
	 */
	private PlanItemView planItemOf(UUID riskId, UUID itemId) {
		PlanItemView item = treatments.planItem(itemId);
		if (!item.riskId().equals(riskId)) {
			throw new NotFound("Treatment plan item", itemId);
		}
		return item;
	}

	@PostMapping("/risks/{id}/treatment/acceptance")
	String requestAcceptance(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			acceptances.request(id);
			redirect.addFlashAttribute("notice", "Acceptance requested from the risk owner");
		}
		catch (Conflict refused) {
			// Not rated yet, or already waiting or accepted: say so on the page rather than on an error page.
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:/risks/" + id + "/treatment#acceptance";
	}

	@PostMapping("/risks/{id}/treatment/decision")
	String decide(@PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			acceptances.decide(id, form.getAccepted(), form.getComment());
			redirect.addFlashAttribute("notice", "Decision recorded");
			return "redirect:/risks/" + id + "/treatment";
		}, () -> page(id, model));
	}

	/** Plan items of all risks, one column per status, each paged on its own. */
	@GetMapping("/treatment")
	String board(@RequestParam(required = false) PlanItemStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Map<PlanItemStatus, Page<PlanItemView>> columns = new LinkedHashMap<>();
		for (PlanItemStatus s : PlanItemStatus.values()) {
			columns.put(s, treatments.planItems(s, s == status ? page : 0, BOARD_PAGE_SIZE));
		}
		model.addAttribute("columns", columns);
		return "risktreatment/board";
	}
}
