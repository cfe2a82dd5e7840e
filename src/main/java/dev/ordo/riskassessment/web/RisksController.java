package dev.ordo.riskassessment.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.ordo.identity.Identity;
import dev.ordo.identity.Role;
import dev.ordo.platform.web.FormErrors;
import dev.ordo.processes.IsmsProcesses;
import dev.ordo.riskassessment.AssetListItem;
import dev.ordo.riskassessment.AssetView;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RiskCriteriaView;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskView;
import dev.ordo.riskassessment.TreatmentState;
import dev.ordo.riskassessment.application.AssetService;
import dev.ordo.riskassessment.application.PeriodicReassessment;
import dev.ordo.riskassessment.application.RiskCriteriaService;
import dev.ordo.riskassessment.application.RiskFiles;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.riskassessment.application.Tables;
import dev.ordo.riskassessment.domain.ListQueries;
import dev.ordo.riskassessment.domain.RiskLibrary;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;
import dev.ordo.workflow.WorkflowTask;
import dev.ordo.workflow.Workflows;

/** The risk register with its heat map, the risk pages with ratings and history, and the risk criteria. */
@Controller
class RisksController {

	/** Key of TS 27022 7.4 in the process catalog. */
	static final String PROCESS_KEY = "risk-assessment";

	private final RiskService risks;

	private final RiskCriteriaService criteria;

	private final AssetService assets;

	private final Identity identity;

	private final IsmsProcesses processes;

	private final RiskFiles files;

	private final Workflows workflows;

	RisksController(RiskService risks, RiskCriteriaService criteria, AssetService assets, Identity identity,
			IsmsProcesses processes, RiskFiles files, Workflows workflows) {
		this.workflows = workflows;
		this.files = files;
		this.risks = risks;
		this.criteria = criteria;
		this.assets = assets;
		this.identity = identity;
		this.processes = processes;
	}

	@InitBinder("riskForm")
	void allowRiskFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "kind", "description", "assetId", "threatKey", "vulnerabilityKey", "scenario",
				"consequenceCategory", "ownerId", "version");
	}

	@InitBinder("ratingForm")
	void allowRatingFields(WebDataBinder binder) {
		binder.setAllowedFields("kind", "likelihood", "consequence", "reason");
	}

	@GetMapping("/risks")
	String register(@RequestParam(required = false) String q, @RequestParam(required = false) RiskKind kind,
			@RequestParam(required = false) Integer minLevel, @RequestParam(required = false) Boolean reassessmentDue,
			@RequestParam(defaultValue = "OPEN") ListQueries.RiskStatus status,
			@RequestParam(defaultValue = "priority") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(required = false) RatingKind map,
			@RequestParam(required = false) Integer likelihood, @RequestParam(required = false) Integer consequence,
			@RequestParam(required = false) TreatmentState treatment, @RequestParam(required = false) UUID assetId,
			HttpServletRequest request, Model model) {
		model.addAttribute("countCap", ListQueries.COUNT_CAP);
		// The risks of one asset, from its page: the asset is read first, so another organization's is not found.
		model.addAttribute("asset", assetId == null ? null : assets.asset(assetId));
		model.addAttribute("assetId", assetId);
		// A cell of the heat map shown keeps its risks: the drill-down from a count to the risks behind it.
		ListQueries.RatingCell cell = risks.cell(map, likelihood, consequence);
		var register = risks.register(
				new ListQueries.RiskFilter(q, kind, null, assetId, minLevel, reassessmentDue, status, cell, treatment),
				sort, page, size);
		var heatMap = risks.heatMap(map);
		model.addAttribute("page", register);
		model.addAttribute("heatMap", heatMap);
		model.addAttribute("register", RegisterPage.of(register.getContent(), heatMap, cell,
				request.getContextPath()));
		model.addAttribute("map", map);
		model.addAttribute("likelihood", cell == null ? null : cell.likelihood());
		model.addAttribute("consequence", cell == null ? null : cell.consequence());
		model.addAttribute("criteria", criteria.view());
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("minLevel", minLevel);
		model.addAttribute("reassessmentDue", reassessmentDue);
		model.addAttribute("status", status);
		model.addAttribute("treatment", treatment);
		model.addAttribute("sort", ListQueries.RISK_SORTS.containsKey(sort) ? sort : "priority");
		model.addAttribute("processOwner", processes.owner(PROCESS_KEY).orElse(null));
		return "riskassessment/risks";
	}

	@GetMapping("/risks/new")
	String newRisk(@RequestParam(required = false) UUID assetId, Model model) {
		if (!model.containsAttribute("riskForm")) {
			RiskForm form = new RiskForm();
			form.setAssetId(assetId);
			model.addAttribute("riskForm", form);
		}
		return form(null, model);
	}

	@PostMapping("/risks")
	String identify(@ModelAttribute("riskForm") RiskForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			RiskView risk = risks.identify(form.toRequest());
			redirect.addFlashAttribute("notice", "Risk identified; rate it below");
			return "redirect:/risks/" + risk.id();
		}, () -> form(null, model));
	}

	@GetMapping("/risks/{id}")
	String risk(@PathVariable UUID id, Model model) {
		if (!model.containsAttribute("ratingForm")) {
			model.addAttribute("ratingForm", new RatingForm());
		}
		model.addAttribute("risk", risks.risk(id));
		model.addAttribute("criteria", criteria.view());
		model.addAttribute("ratingKinds", RatingKind.values());
		model.addAttribute("reassessmentTask", reassessmentTask(id).orElse(null));
		return "riskassessment/risk";
	}

	/** The signed-in owner's open "Reassess risk" task for this risk (periodic reassessment, ISO/IEC 27001 8.2). */
	private Optional<WorkflowTask> reassessmentTask(UUID riskId) {
		return workflows.inbox().stream().filter(t -> riskId.toString().equals(t.businessKey())
				&& PeriodicReassessment.TASK_FORM.equals(t.formKey())).findFirst();
	}

	/** The owner confirms the current rating instead of re-rating; the reason goes into the rating history. */
	@PostMapping("/risks/{id}/reassessment")
	String confirmRating(@PathVariable UUID id, @RequestParam(required = false) String comment, Model model,
			RedirectAttributes redirect) {
		Optional<WorkflowTask> task = reassessmentTask(id);
		if (task.isEmpty()) {
			redirect.addFlashAttribute("error", "There is no open reassessment task of yours for this risk");
			return "redirect:/risks/" + id;
		}
		try {
			workflows.complete(task.get().id(), comment == null ? Map.of() : Map.of("comment", comment));
			redirect.addFlashAttribute("notice", "Current rating confirmed");
			return "redirect:/risks/" + id;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("confirmError", String.join("; ", invalid.fieldErrors().values()));
			model.addAttribute("confirmComment", comment);
			return risk(id, model);
		}
	}

	/** Closes or reopens the risk with a reason; a missing reason or a clash shows next to the reason field. */
	@PostMapping("/risks/{id}/{action:close|reopen}")
	String lifecycle(@PathVariable UUID id, @PathVariable String action,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			if ("close".equals(action)) {
				risks.close(id, reason);
				redirect.addFlashAttribute("notice", "Risk closed");
			}
			else {
				risks.reopen(id, reason);
				redirect.addFlashAttribute("notice", "Risk reopened");
			}
			return "redirect:/risks/" + id;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("lifecycleError", String.join("; ", invalid.fieldErrors().values()));
		}
		catch (Conflict conflict) {
			model.addAttribute("lifecycleError", conflict.getMessage());
		}
		model.addAttribute("lifecycleReason", reason);
		return risk(id, model);
	}

	@GetMapping("/risks/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		RiskView risk = risks.risk(id);
		if (!model.containsAttribute("riskForm")) {
			model.addAttribute("riskForm", RiskForm.of(risk));
		}
		return form(risk, model);
	}

	@PostMapping("/risks/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("riskForm") RiskForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		RiskView risk = risks.risk(id);
		return FormErrors.submit(binding, () -> {
			risks.update(id, form.toRequest(), form.getVersion());
			redirect.addFlashAttribute("notice", "Risk saved");
			return "redirect:/risks/" + id;
		}, () -> {
			// After the change message, saving again overwrites on purpose: the version just read.
			if (FormErrors.changedMeanwhile(binding)) {
				form.setVersion(risk.version());
			}
			return form(risk, model);
		});
	}

	@PostMapping("/risks/{id}/ratings")
	String rate(@PathVariable UUID id, @ModelAttribute("ratingForm") RatingForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			risks.rate(id, form.toRequest());
			redirect.addFlashAttribute("notice", "Rating recorded");
			return "redirect:/risks/" + id;
		}, () -> risk(id, model));
	}

	/** The register as {@code /risks/export.csv} or {@code .xlsx}, with the register's current filter and sort. */
	@GetMapping("/risks/export.{format}")
	void export(@PathVariable String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) RiskKind kind, @RequestParam(required = false) Integer minLevel,
			@RequestParam(required = false) Boolean reassessmentDue,
			@RequestParam(defaultValue = "OPEN") ListQueries.RiskStatus status,
			@RequestParam(defaultValue = "priority") String sort, @RequestParam(required = false) RatingKind map,
			@RequestParam(required = false) Integer likelihood, @RequestParam(required = false) Integer consequence,
			@RequestParam(required = false) TreatmentState treatment, @RequestParam(required = false) UUID assetId,
			HttpServletResponse response) throws IOException {
		Tables.Format f = Tables.Format.named(format);
		ListQueries.RatingCell cell = risks.cell(map, likelihood, consequence);
		response.setContentType(f.contentType());
		response.setHeader("Content-Disposition", f.attachment("risks"));
		files.export(f, response.getOutputStream(),
				new ListQueries.RiskFilter(q, kind, null, assetId, minLevel, reassessmentDue, status, cell, treatment),
				sort);
	}

	@PostMapping("/risks/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		InputStream in = file.getInputStream();
		return ImportPage.show(model, RiskFiles.COLUMNS, "risks", () -> files.importFile(
				Tables.Format.of(file.getOriginalFilename(), file.getContentType()), in,
				file.getOriginalFilename()));
	}

	@InitBinder("intervalForm")
	void allowIntervalFields(WebDataBinder binder) {
		binder.setAllowedFields("reassessmentIntervalDays", "reason", "version");
	}

	@GetMapping("/risks/criteria")
	String criteria(Model model) {
		RiskCriteriaView view = criteria.view();
		model.addAttribute("criteria", view);
		if (!model.containsAttribute("intervalForm")) {
			model.addAttribute("intervalForm", ReassessmentIntervalForm.of(view));
		}
		if (!model.containsAttribute("criteriaForm")) {
			model.addAttribute("criteriaForm", RiskCriteriaForm.of(view));
		}
		return "riskassessment/criteria";
	}

	@InitBinder("criteriaForm")
	void allowCriteriaFields(WebDataBinder binder) {
		binder.setAllowedFields("likelihood*", "consequence*", "riskLevels*", "consequenceCategories", "matrix*",
				"acceptanceThreshold", "reason", "version");
	}

	/**
	 * ISMS manager: scales, levels, categories, matrix and acceptance threshold (ISO/IEC 27001 6.1.2 a), through the
	 * same service call as the API, so existing ratings are re-mapped by rule; messages next to the fields.
	 */
	@PostMapping("/risks/criteria")
	String changeCriteria(@ModelAttribute("criteriaForm") RiskCriteriaForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		CurrentActor.requireRole(Role.ISMS_MANAGER.name());
		model.addAttribute("editing", true);
		return FormErrors.submit(binding, () -> {
			criteria.change(form.request(), form.getVersion());
			redirect.addFlashAttribute("notice", "Risk criteria saved; existing ratings re-mapped");
			return "redirect:/risks/criteria";
		}, () -> {
			// Shown with the criteria now in force; saved again after the change message, the form overwrites them.
			if (FormErrors.changedMeanwhile(binding)) {
				form.setVersion(criteria.view().version());
			}
			return criteria(model);
		});
	}

	/** ISMS manager: the criteria form again with the matrix fitted to the scales as entered; nothing is saved. */
	@PostMapping("/risks/criteria/resize")
	String resizeCriteria(@ModelAttribute("criteriaForm") RiskCriteriaForm form, BindingResult binding,
			Model model) {
		CurrentActor.requireRole(Role.ISMS_MANAGER.name());
		try {
			form.resized(criteria.model());
		}
		catch (InvalidInput invalid) {
			FormErrors.bind(invalid, binding);
		}
		model.addAttribute("editing", true);
		return criteria(model);
	}

	/** ISMS manager: the organization's reassessment interval (ISO/IEC 27001 8.2), messages next to the field. */
	@PostMapping("/risks/criteria/reassessment-interval")
	String changeReassessmentInterval(@ModelAttribute("intervalForm") ReassessmentIntervalForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			criteria.change(form.request(), form.getVersion());
			redirect.addFlashAttribute("notice", "Reassessment interval saved");
			return "redirect:/risks/criteria";
		}, () -> {
			if (FormErrors.changedMeanwhile(binding)) {
				form.setVersion(criteria.view().version());
			}
			return criteria(model);
		});
	}

	private String form(RiskView risk, Model model) {
		model.addAttribute("risk", risk);
		model.addAttribute("kinds", RiskKind.values());
		model.addAttribute("members", identity.members());
		List<AssetListItem> first = assets.list(new ListQueries.AssetFilter(null, null, null, null), "name", 0,
				AssetsController.CHOICES).getContent();
		model.addAttribute("assets", first);
		// The chosen asset stays an option even when it is not among the first ones by name.
		UUID chosen = model.getAttribute("riskForm") instanceof RiskForm f ? f.getAssetId() : null;
		if (chosen != null && first.stream().noneMatch(a -> a.id().equals(chosen))) {
			try {
				AssetView asset = assets.asset(chosen);
				model.addAttribute("chosenAsset", new AssetView.AssetRef(asset.id(), asset.name(), asset.type()));
			}
			catch (NotFound gone) {
				// removed meanwhile: the form says so when saved
			}
		}
		model.addAttribute("threats", RiskLibrary.THREATS);
		model.addAttribute("vulnerabilities", RiskLibrary.VULNERABILITIES);
		model.addAttribute("categories", criteria.model().categories());
		return "riskassessment/risk-form";
	}
}
