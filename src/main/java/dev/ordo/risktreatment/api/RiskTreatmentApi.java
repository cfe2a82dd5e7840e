package dev.ordo.risktreatment.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import dev.ordo.risktreatment.AcceptanceView;
import dev.ordo.risktreatment.PlanItemRequest;
import dev.ordo.risktreatment.PlanItemStatus;
import dev.ordo.risktreatment.PlanItemView;
import dev.ordo.risktreatment.TreatmentRequest;
import dev.ordo.risktreatment.TreatmentStatus;
import dev.ordo.risktreatment.TreatmentView;
import dev.ordo.risktreatment.application.AcceptanceService;
import dev.ordo.risktreatment.application.RiskTreatmentService;
import dev.ordo.risktreatment.application.TreatmentStatuses;

/** Risk treatment, treatment plans and acceptance of residual risk over the API. */
@RestController
@RequestMapping("/api/v1")
class RiskTreatmentApi {

	private final RiskTreatmentService treatments;

	private final AcceptanceService acceptances;

	private final TreatmentStatuses statuses;

	RiskTreatmentApi(RiskTreatmentService treatments, AcceptanceService acceptances, TreatmentStatuses statuses) {
		this.treatments = treatments;
		this.acceptances = acceptances;
		this.statuses = statuses;
	}

	/** A risk's treatment, with its version as {@code ETag} ({@code "0"} while none was saved). */
	@GetMapping("/risks/{riskId}/treatment")
	ResponseEntity<TreatmentView> treatment(@PathVariable UUID riskId) {
		TreatmentView treatment = treatments.treatment(riskId);
		return EntityVersions.tagged(treatment, treatment.version());
	}

	/** Sets a risk's treatment; with {@code If-Match}, only if it is still the version read (else 412). */
	@PutMapping("/risks/{riskId}/treatment")
	ResponseEntity<TreatmentView> plan(@PathVariable UUID riskId, @RequestBody TreatmentRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		TreatmentView treatment = treatments.plan(riskId, request, EntityVersions.expected(ifMatch));
		return EntityVersions.tagged(treatment, treatment.version());
	}

	/**
	 * The treatment status of up to 100 risks at once ({@code riskIds} comma-separated), in the order asked; risks
	 * that are not the organization's are left out. 400 naming {@code riskIds} when missing, malformed or too many.
	 */
	@GetMapping("/treatment-statuses")
	List<TreatmentStatus> statuses(@RequestParam(required = false) String riskIds) {
		return statuses.of(TreatmentStatuses.riskIds("riskIds", riskIds));
	}

	@PostMapping("/risks/{riskId}/treatment/plan-items")
	ResponseEntity<PlanItemView> addPlanItem(@PathVariable UUID riskId, @RequestBody PlanItemRequest request) {
		PlanItemView item = treatments.addPlanItem(riskId, request);
		return ResponseEntity.created(URI.create("/api/v1/treatment-plan-items/" + item.id())).body(item);
	}

	@GetMapping("/treatment-plan-items")
	PageResponse<PlanItemView> planItems(@RequestParam(required = false) PlanItemStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		ListParameters.check(page, size);
		return PageResponse.of(treatments.planItems(status, page, size));
	}

	/** One plan item, with its version as {@code ETag}. */
	@GetMapping("/treatment-plan-items/{id}")
	ResponseEntity<PlanItemView> planItem(@PathVariable UUID id) {
		PlanItemView item = treatments.planItem(id);
		return EntityVersions.tagged(item, item.version());
	}

	/** Changes a plan item; with {@code If-Match}, only if it is still the version read (else 412). */
	@PutMapping("/treatment-plan-items/{id}")
	ResponseEntity<PlanItemView> changePlanItem(@PathVariable UUID id, @RequestBody PlanItemRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		PlanItemView item = treatments.changePlanItem(id, request, EntityVersions.expected(ifMatch));
		return EntityVersions.tagged(item, item.version());
	}

	/**
	 * Removes an item from a plan the risk owner has neither approved nor is deciding on, with the reason the audit
	 * trail keeps: 204; 409 when the plan is approved or awaits the owner's decision, or the item is done; with
	 * {@code If-Match}, 412 when the item changed since it was read.
	 */
	@DeleteMapping("/treatment-plan-items/{id}")
	ResponseEntity<Void> removePlanItem(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		treatments.removePlanItem(id, reason, EntityVersions.expected(ifMatch));
		return ResponseEntity.noContent().build();
	}

	/** Asks the risk owner to accept the residual risk: 202 with the requested acceptance. */
	@PostMapping("/risks/{riskId}/acceptance")
	ResponseEntity<AcceptanceView> requestAcceptance(@PathVariable UUID riskId) {
		return ResponseEntity.accepted().location(URI.create("/api/v1/risks/" + riskId + "/acceptance"))
			.body(acceptances.request(riskId));
	}

	@GetMapping("/risks/{riskId}/acceptance")
	AcceptanceView acceptance(@PathVariable UUID riskId) {
		return acceptances.latest(riskId);
	}

	/** The risk owner's decision. */
	record Decision(Boolean accepted, String comment) {
	}

	@PostMapping("/risks/{riskId}/acceptance/decision")
	AcceptanceView decide(@PathVariable UUID riskId, @RequestBody Decision decision) {
		return acceptances.decide(riskId, decision.accepted(), decision.comment());
	}
}
