package dev.ordo.risktreatment.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.ordo.frameworks.Frameworks;
import dev.ordo.platform.web.FormErrors;
import dev.ordo.risktreatment.ApplicabilityRequest;
import dev.ordo.risktreatment.BulkApplicabilityRequest;
import dev.ordo.risktreatment.IsmsScope;
import dev.ordo.risktreatment.IsmsScopeRequest;
import dev.ordo.risktreatment.SoaEntry;
import dev.ordo.risktreatment.SoaStatus;
import dev.ordo.risktreatment.SoaVersionView;
import dev.ordo.risktreatment.StatementOfApplicability;
import dev.ordo.risktreatment.application.SoaDownloads;
import dev.ordo.risktreatment.application.SoaExports;
import dev.ordo.risktreatment.application.SoaService;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.CurrentActor;

/**
 * The Statement of Applicability page (ISO/IEC 27001:2022 6.1.3 d): the scope of the ISMS it applies to (4.3), the
 * draft filtered on the server, the applicability decision per control, submission, version history with lineage,
 * downloads, and the version page with the frozen scope and top management's decision.
 */
@Controller
class SoaController {

	/** The cell texts the exports print, so that the page words a row as the PDF and the XLSX do. */
	private static final SoaExports.Formats FORMATS = new SoaExports.Formats();

	private final SoaService soa;

	private final SoaDownloads downloads;

	private final Frameworks frameworks;

	SoaController(SoaService soa, SoaDownloads downloads, Frameworks frameworks) {
		this.soa = soa;
		this.downloads = downloads;
		this.frameworks = frameworks;
	}

	/** The applicability decision for one control, as the page submits it. */
	static class ApplicabilityForm {

		private String controlId;

		private Boolean applicable;

		private String justification;

		public String getControlId() {
			return controlId;
		}

		public void setControlId(String controlId) {
			this.controlId = controlId;
		}

		public Boolean getApplicable() {
			return applicable;
		}

		public void setApplicable(Boolean applicable) {
			this.applicable = applicable;
		}

		public String getJustification() {
			return justification;
		}

		public void setJustification(String justification) {
			this.justification = justification;
		}
	}

	/** One decision for the controls ticked in the table, as the page submits it (its own control id unused). */
	static class BulkApplicabilityForm extends ApplicabilityForm {

		private List<String> controlIds = new ArrayList<>();

		public List<String> getControlIds() {
			return controlIds;
		}

		public void setControlIds(List<String> controlIds) {
			this.controlIds = controlIds == null ? new ArrayList<>() : controlIds;
		}
	}

	/** The scope statement of the ISMS, as the page submits it. */
	static class ScopeForm {

		private String statement;

		/** The version the form was opened on (0: not stated yet): saving after someone else's is refused. */
		private Long version;

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		public String getStatement() {
			return statement;
		}

		public void setStatement(String statement) {
			this.statement = statement;
		}
	}

	/** Top management's decision on a version. */
	static class ApprovalForm {

		private Boolean approved;

		private String comment;

		public Boolean getApproved() {
			return approved;
		}

		public void setApproved(Boolean approved) {
			this.approved = approved;
		}

		public String getComment() {
			return comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}
	}

	@InitBinder("applicabilityForm")
	void allowApplicabilityFields(WebDataBinder binder) {
		binder.setAllowedFields("controlId", "applicable", "justification");
	}

	@InitBinder("bulkForm")
	void allowBulkFields(WebDataBinder binder) {
		binder.setAllowedFields("controlIds", "applicable", "justification");
		// Every control of a large catalog may be ticked (SP 800-53: over a thousand), beyond the default of 256.
		binder.setAutoGrowCollectionLimit(10_000);
	}

	@InitBinder("scopeForm")
	void allowScopeFields(WebDataBinder binder) {
		binder.setAllowedFields("statement", "version");
	}

	@InitBinder("approvalForm")
	void allowApprovalFields(WebDataBinder binder) {
		binder.setAllowedFields("approved", "comment");
	}

	/**
	 * Filters of the table: theme id, applicability (yes, no, undecided, inconsistent), effective implementation status
	 * (a control implemented through a mapped control is not "not addressed").
	 */
	record Filter(String theme, String applicability, String status) {

		boolean matches(SoaEntry e) {
			if (theme != null && !theme.isBlank() && !theme.equals(e.themeId())) {
				return false;
			}
			if (applicability != null && !applicability.isBlank()) {
				boolean ok = switch (applicability) {
					case "yes" -> Boolean.TRUE.equals(e.applicable());
					case "no" -> Boolean.FALSE.equals(e.applicable());
					case "undecided" -> e.applicable() == null;
					case "inconsistent" -> !e.inconsistencies().isEmpty();
					default -> true;
				};
				if (!ok) {
					return false;
				}
			}
			if (status != null && !status.isBlank()) {
				return "NONE".equals(status) ? e.effectiveStatus() == null : status.equals(e.effectiveStatus());
			}
			return true;
		}
	}

	@GetMapping("/soa")
	String page(@RequestParam(required = false) String catalog, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String applicability, @RequestParam(required = false) String status,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (!model.containsAttribute("applicabilityForm")) {
			model.addAttribute("applicabilityForm", new ApplicabilityForm());
		}
		fill(catalog, new Filter(theme, applicability, status), model);
		return htmx != null ? "risktreatment/soa :: rows" : "risktreatment/soa";
	}

	private void fill(String catalog, Filter filter, Model model) {
		StatementOfApplicability draft = soa.draft(catalog);
		List<SoaVersionView> versions = soa.versions(draft.catalogId());
		Map<String, String> themes = new LinkedHashMap<>();
		draft.controls().forEach(e -> {
			if (e.themeId() != null) {
				themes.putIfAbsent(e.themeId(), e.theme());
			}
		});
		IsmsScope scope = soa.scope();
		if (!model.containsAttribute("scopeForm")) {
			ScopeForm form = new ScopeForm();
			form.setStatement(scope.statement());
			form.setVersion(scope.version());
			model.addAttribute("scopeForm", form);
		}
		if (!model.containsAttribute("bulkForm")) {
			model.addAttribute("bulkForm", new BulkApplicabilityForm());
		}
		model.addAttribute("scope", scope);
		model.addAttribute("soa", draft);
		model.addAttribute("rows", draft.controls().stream().filter(filter::matches).toList());
		model.addAttribute("filter", filter);
		model.addAttribute("themes", themes);
		model.addAttribute("catalogs", frameworks.catalogs());
		model.addAttribute("versions", versions);
		model.addAttribute("current", versions.stream().filter(v -> v.status() == SoaStatus.APPROVED).findFirst()
			.orElse(null));
		model.addAttribute("waiting", versions.stream().filter(v -> v.status() == SoaStatus.SUBMITTED).findFirst()
			.orElse(null));
		model.addAttribute("catalogParam", Frameworks.ISO27001_2022.equals(draft.catalogId()) ? null : draft.catalogId());
		model.addAttribute("fmt", FORMATS);
	}

	@PostMapping("/soa/applicability")
	String decide(@RequestParam(required = false) String catalog,
			@ModelAttribute("applicabilityForm") ApplicabilityForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			soa.decide(catalog, form.getControlId(), new ApplicabilityRequest(form.getApplicable(),
					form.getJustification()));
			redirect.addFlashAttribute("notice", "Applicability of " + form.getControlId() + " recorded");
			redirect.addAttribute("catalog", catalog);
			return "redirect:/soa#row-" + form.getControlId();
		}, () -> {
			fill(catalog, new Filter(null, null, null), model);
			return "risktreatment/soa";
		});
	}

	/**
	 * One decision for the ticked controls; its errors show next to the bulk form's fields, with the same controls
	 * still ticked and the table filtered as it was.
	 */
	@PostMapping("/soa/applicability/bulk")
	String decideAll(@RequestParam(required = false) String catalog, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String applicability, @RequestParam(required = false) String status,
			@ModelAttribute("bulkForm") BulkApplicabilityForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			List<SoaEntry> decided = soa.decideAll(catalog, new BulkApplicabilityRequest(form.getControlIds(),
					form.getApplicable(), form.getJustification()));
			redirect.addFlashAttribute("notice", "Applicability of " + decided.size()
					+ (decided.size() == 1 ? " control" : " controls") + " recorded: "
					+ (Boolean.TRUE.equals(form.getApplicable()) ? "applicable" : "not applicable"));
			Map<String, String> view = new LinkedHashMap<>();
			view.put("catalog", catalog);
			view.put("theme", theme);
			view.put("applicability", applicability);
			view.put("status", status);
			view.forEach((name, value) -> {
				if (value != null && !value.isBlank()) {
					redirect.addAttribute(name, value);
				}
			});
			return "redirect:/soa#soa-bulk";
		}, () -> {
			model.addAttribute("applicabilityForm", new ApplicabilityForm());
			fill(catalog, new Filter(theme, applicability, status), model);
			return "risktreatment/soa";
		});
	}

	/** The scope statement; its errors show next to the field. */
	@PostMapping("/soa/scope")
	String stateScope(@RequestParam(required = false) String catalog, @ModelAttribute("scopeForm") ScopeForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			soa.stateScope(new IsmsScopeRequest(form.getStatement()), form.getVersion());
			redirect.addFlashAttribute("notice", "Scope of the ISMS recorded");
			redirect.addAttribute("catalog", catalog);
			return "redirect:/soa#scope";
		}, () -> {
			// After the change message, saving again overwrites on purpose: the version just read.
			if (FormErrors.changedMeanwhile(binding)) {
				form.setVersion(soa.scope().version());
			}
			model.addAttribute("applicabilityForm", new ApplicabilityForm());
			fill(catalog, new Filter(null, null, null), model);
			return "risktreatment/soa";
		});
	}

	/**
	 * Submission; a refusal (no scope statement, undecided controls, a version already waiting) shows next to the
	 * submit button.
	 */
	@PostMapping("/soa/versions")
	String submit(@RequestParam(required = false) String catalog, Model model, RedirectAttributes redirect) {
		SoaVersionView version;
		try {
			version = soa.submit(catalog);
		}
		catch (Conflict refused) {
			model.addAttribute("applicabilityForm", new ApplicabilityForm());
			model.addAttribute("submitError", refused.getMessage());
			fill(catalog, new Filter(null, null, null), model);
			return "risktreatment/soa";
		}
		redirect.addFlashAttribute("notice", "Version " + version.number() + " submitted to top management for approval");
		return "redirect:/soa/versions/" + version.id();
	}

	@GetMapping("/soa/versions/{id}")
	String version(@PathVariable UUID id, Model model) {
		if (!model.containsAttribute("approvalForm")) {
			model.addAttribute("approvalForm", new ApprovalForm());
		}
		return versionPage(id, model);
	}

	private String versionPage(UUID id, Model model) {
		StatementOfApplicability version = soa.version(id.toString(), null);
		SoaVersionView summary = soa.versionSummary(id.toString(), null);
		model.addAttribute("soa", version);
		model.addAttribute("summary", summary);
		model.addAttribute("rows", version.controls());
		model.addAttribute("fmt", FORMATS);
		String me = CurrentActor.require().userId().toString();
		boolean submitter = version.createdBy() != null && me.equals(version.createdBy().userId().toString());
		model.addAttribute("mayDecide", summary.approvalTaskId() != null && !submitter
				&& CurrentActor.require().hasAnyRole("TOP_MANAGEMENT"));
		model.addAttribute("submitter", submitter);
		return "risktreatment/soa-version";
	}

	@PostMapping("/soa/versions/{id}/decision")
	String decideVersion(@PathVariable UUID id, @ModelAttribute("approvalForm") ApprovalForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			SoaVersionView v = soa.decideVersion(id, form.getApproved(), form.getComment());
			redirect.addFlashAttribute("notice", "Version " + v.number() + " " + v.status().name().toLowerCase());
			return "redirect:/soa/versions/" + id;
		}, () -> versionPage(id, model));
	}

	/** The draft as a file. */
	@GetMapping("/soa/export")
	void export(@RequestParam(required = false) String catalog, @RequestParam(required = false) String format,
			HttpServletResponse response) throws IOException {
		downloads.write(soa.draft(catalog), format, response);
	}

	@GetMapping("/soa/versions/{id}/export")
	void exportVersion(@PathVariable UUID id, @RequestParam(required = false) String format,
			HttpServletResponse response) throws IOException {
		downloads.write(soa.version(id.toString(), null), format, response);
	}
}
