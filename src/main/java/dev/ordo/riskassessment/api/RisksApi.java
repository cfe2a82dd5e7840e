package dev.ordo.riskassessment.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.ordo.platform.web.EntityVersions;
import dev.ordo.platform.web.ListParameters;
import dev.ordo.platform.web.PageResponse;
import dev.ordo.riskassessment.HeatMap;
import dev.ordo.riskassessment.ImportReport;
import dev.ordo.riskassessment.LibraryEntry;
import dev.ordo.riskassessment.RatingHistoryEntry;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RatingRequest;
import dev.ordo.riskassessment.RiskCriteriaRequest;
import dev.ordo.riskassessment.RiskCriteriaView;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskListItem;
import dev.ordo.riskassessment.RiskRequest;
import dev.ordo.riskassessment.RiskView;
import dev.ordo.riskassessment.TreatmentState;
import dev.ordo.riskassessment.application.RiskCriteriaService;
import dev.ordo.riskassessment.application.RiskFiles;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.riskassessment.application.Tables;
import dev.ordo.riskassessment.domain.ListQueries;
import dev.ordo.riskassessment.domain.RiskLibrary;

/** The risk register, risk criteria and the threat and vulnerability library over the API. */
@RestController
@RequestMapping("/api/v1")
class RisksApi {

	private final RiskService risks;

	private final RiskCriteriaService criteria;

	private final RiskFiles files;

	RisksApi(RiskService risks, RiskCriteriaService criteria, RiskFiles files) {
		this.risks = risks;
		this.criteria = criteria;
		this.files = files;
	}

	/**
	 * The register as CSV or XLSX ({@code format=csv|xlsx}), with the register's filter and sort (priority by
	 * default), streamed.
	 */
	@GetMapping("/risks/export")
	void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) RiskKind kind, @RequestParam(required = false) UUID ownerId,
			@RequestParam(required = false) UUID assetId, @RequestParam(required = false) Integer minLevel,
			@RequestParam(required = false) Boolean reassessmentDue,
			@RequestParam(defaultValue = "OPEN") ListQueries.RiskStatus status,
			@RequestParam(defaultValue = "priority") String sort, @RequestParam(required = false) RatingKind rating,
			@RequestParam(required = false) Integer likelihood, @RequestParam(required = false) Integer consequence,
			@RequestParam(required = false) TreatmentState treatment, HttpServletResponse response)
			throws IOException {
		ListParameters.checkSort(sort, ListQueries.RISK_SORTS.keySet());
		ListQueries.RatingCell cell = risks.cell(rating, likelihood, consequence);
		Tables.Format f = Tables.Format.named(format);
		response.setContentType(f.contentType());
		response.setHeader("Content-Disposition", f.attachment("risks"));
		files.export(f, response.getOutputStream(),
				new ListQueries.RiskFilter(q, kind, ownerId, assetId, minLevel, reassessmentDue, status, cell,
						treatment), sort);
	}

	/** Imports risks from a CSV or XLSX body (streamed); answers which rows were rejected and why. */
	@PostMapping(value = "/risks/import", consumes = { "text/csv", "text/plain", Tables.XLSX_TYPE })
	ImportReport importFile(@RequestParam(required = false) String file, HttpServletRequest request)
			throws IOException {
		return files.importFile(Tables.Format.of(file, request.getContentType()), request.getInputStream(), file);
	}

	/**
	 * The register, prioritized by default (sort: priority, title, identified, inherent, residual); {@code likelihood}
	 * and {@code consequence} keep the risks of one heat map cell of {@code rating} (current by default);
	 * {@code treatment} the risks in one treatment state.
	 */
	@GetMapping("/risks")
	PageResponse<RiskListItem> register(@RequestParam(required = false) String q,
			@RequestParam(required = false) RiskKind kind, @RequestParam(required = false) UUID ownerId,
			@RequestParam(required = false) UUID assetId, @RequestParam(required = false) Integer minLevel,
			@RequestParam(required = false) Boolean reassessmentDue,
			@RequestParam(defaultValue = "OPEN") ListQueries.RiskStatus status,
			@RequestParam(required = false) RatingKind rating, @RequestParam(required = false) Integer likelihood,
			@RequestParam(required = false) Integer consequence,
			@RequestParam(required = false) TreatmentState treatment,
			@RequestParam(defaultValue = "priority") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		ListParameters.check(page, size, sort, ListQueries.RISK_SORTS.keySet());
		ListQueries.RatingCell cell = risks.cell(rating, likelihood, consequence);
		return PageResponse.capped(risks.register(
				new ListQueries.RiskFilter(q, kind, ownerId, assetId, minLevel, reassessmentDue, status, cell,
						treatment), sort, page, size), ListQueries.COUNT_CAP);
	}

	@PostMapping("/risks")
	ResponseEntity<RiskView> identify(@RequestBody RiskRequest request) {
		RiskView risk = risks.identify(request);
		return ResponseEntity.created(URI.create("/api/v1/risks/" + risk.id())).body(risk);
	}

	@GetMapping("/risks/heatmap")
	HeatMap heatMap(@RequestParam(required = false) RatingKind kind) {
		return risks.heatMap(kind);
	}

	/** One risk, with its version as {@code ETag}. */
	@GetMapping("/risks/{id}")
	ResponseEntity<RiskView> risk(@PathVariable UUID id) {
		RiskView risk = risks.risk(id);
		return EntityVersions.tagged(risk, risk.version());
	}

	/** Changes a risk; with {@code If-Match}, only if it is still the version read (else 412). */
	@PutMapping("/risks/{id}")
	ResponseEntity<RiskView> update(@PathVariable UUID id, @RequestBody RiskRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		RiskView risk = risks.update(id, request, EntityVersions.expected(ifMatch));
		return EntityVersions.tagged(risk, risk.version());
	}

	@PostMapping("/risks/{id}/ratings")
	RiskView rate(@PathVariable UUID id, @RequestBody RatingRequest request) {
		return risks.rate(id, request);
	}

	/** Closes (retires) a risk; {@code {"reason": ...}} is required. */
	@PostMapping("/risks/{id}/close")
	RiskView close(@PathVariable UUID id, @RequestBody(required = false) LifecycleRequest request) {
		return risks.close(id, request == null ? null : request.reason());
	}

	/** Reopens a closed risk; {@code {"reason": ...}} is required. */
	@PostMapping("/risks/{id}/reopen")
	RiskView reopen(@PathVariable UUID id, @RequestBody(required = false) LifecycleRequest request) {
		return risks.reopen(id, request == null ? null : request.reason());
	}

	record LifecycleRequest(String reason) {
	}

	@GetMapping("/risks/{id}/history")
	List<RatingHistoryEntry> history(@PathVariable UUID id) {
		return risks.risk(id).history();
	}

	/** The risk criteria, with their version as {@code ETag} ({@code "0"} while Ordo's defaults apply). */
	@GetMapping("/risk-criteria")
	ResponseEntity<RiskCriteriaView> criteria() {
		RiskCriteriaView view = criteria.view();
		return EntityVersions.tagged(view, view.version());
	}

	/**
	 * ISMS manager: new criteria; existing ratings are re-mapped by rule and the answer shows the new criteria. With
	 * {@code If-Match}, only if they are still the version read (else 412, and nothing is re-mapped).
	 */
	@PutMapping("/risk-criteria")
	ResponseEntity<RiskCriteriaView> changeCriteria(@RequestBody RiskCriteriaRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		RiskCriteriaView view = criteria.change(request, EntityVersions.expected(ifMatch));
		return EntityVersions.tagged(view, view.version());
	}

	@GetMapping("/threats")
	List<LibraryEntry> threats() {
		return RiskLibrary.THREATS;
	}

	@GetMapping("/vulnerabilities")
	List<LibraryEntry> vulnerabilities() {
		return RiskLibrary.VULNERABILITIES;
	}
}
