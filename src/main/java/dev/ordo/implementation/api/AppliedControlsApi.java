package dev.ordo.implementation.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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

import dev.ordo.implementation.AppliedControlListItem;
import dev.ordo.implementation.AppliedControlRequest;
import dev.ordo.implementation.AppliedControlView;
import dev.ordo.implementation.Coverage;
import dev.ordo.implementation.EvidenceRequest;
import dev.ordo.implementation.ImplementationStatus;
import dev.ordo.implementation.VerificationRequest;
import dev.ordo.implementation.VerificationView;
import dev.ordo.implementation.application.AppliedControlService;
import dev.ordo.implementation.domain.AppliedControlQueries;
import dev.ordo.platform.web.EntityVersions;
import dev.ordo.platform.web.ListParameters;
import dev.ordo.platform.web.PageResponse;

/** Applied controls, their evidence and verifications, and catalog coverage over the API. */
@RestController
@RequestMapping("/api/v1")
class AppliedControlsApi {

	private final AppliedControlService controls;

	AppliedControlsApi(AppliedControlService controls) {
		this.controls = controls;
	}

	/** The list (sort: control, status, due, verified, updated). */
	@GetMapping("/applied-controls")
	PageResponse<AppliedControlListItem> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) ImplementationStatus status, @RequestParam(required = false) UUID ownerId,
			@RequestParam(required = false) String catalog, @RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "control") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		ListParameters.check(page, size, sort, AppliedControlQueries.SORTS.keySet());
		return PageResponse.of(
				controls.list(new AppliedControlQueries.Filter(q, status, ownerId, catalog, overdue), sort, page, size));
	}

	@PostMapping("/applied-controls")
	ResponseEntity<AppliedControlView> create(@RequestBody AppliedControlRequest request) {
		AppliedControlView created = controls.create(request);
		return ResponseEntity.created(URI.create("/api/v1/applied-controls/" + created.id())).body(created);
	}

	/** Coverage of a catalog (default ISO/IEC 27001:2022 Annex A), directly or through mapped controls. */
	@GetMapping("/applied-controls/coverage")
	Coverage coverage(@RequestParam(required = false) String catalog) {
		return controls.coverage(catalog);
	}

	/** One applied control, with its version as {@code ETag}. */
	@GetMapping("/applied-controls/{id}")
	ResponseEntity<AppliedControlView> appliedControl(@PathVariable UUID id) {
		AppliedControlView control = controls.appliedControl(id);
		return EntityVersions.tagged(control, control.version());
	}

	/** Changes an applied control; with {@code If-Match}, only if it is still the version read (else 412). */
	@PutMapping("/applied-controls/{id}")
	ResponseEntity<AppliedControlView> update(@PathVariable UUID id, @RequestBody AppliedControlRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		AppliedControlView control = controls.update(id, request, EntityVersions.expected(ifMatch));
		return EntityVersions.tagged(control, control.version());
	}

	/**
	 * Links evidence (201 with the control and its new version as {@code ETag}); with {@code If-Match}, only if the
	 * control is still the version read (else 412).
	 */
	@PostMapping("/applied-controls/{id}/evidence")
	ResponseEntity<AppliedControlView> addEvidence(@PathVariable UUID id, @RequestBody EvidenceRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return created(controls.addEvidence(id, request, EntityVersions.expected(ifMatch)));
	}

	@GetMapping("/applied-controls/{id}/verifications")
	List<VerificationView> verifications(@PathVariable UUID id) {
		return controls.appliedControl(id).verifications();
	}

	@PostMapping("/applied-controls/{id}/verifications")
	ResponseEntity<AppliedControlView> verify(@PathVariable UUID id, @RequestBody VerificationRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return created(controls.verify(id, request, EntityVersions.expected(ifMatch)));
	}

	private static ResponseEntity<AppliedControlView> created(AppliedControlView control) {
		return ResponseEntity.status(201).eTag(String.valueOf(control.version())).body(control);
	}
}
