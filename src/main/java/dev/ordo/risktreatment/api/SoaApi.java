package dev.ordo.risktreatment.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

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
import dev.ordo.risktreatment.ApplicabilityRequest;
import dev.ordo.risktreatment.BulkApplicabilityRequest;
import dev.ordo.risktreatment.IsmsScope;
import dev.ordo.risktreatment.IsmsScopeRequest;
import dev.ordo.risktreatment.SoaEntry;
import dev.ordo.risktreatment.SoaVersionView;
import dev.ordo.risktreatment.StatementOfApplicability;
import dev.ordo.risktreatment.application.SoaDownloads;
import dev.ordo.risktreatment.application.SoaService;

/**
 * The Statement of Applicability over the API (ISO/IEC 27001:2022 6.1.3 d). {@code catalog} (id or key) defaults to
 * the built-in ISO/IEC 27001:2022; a version is named by its id or its number. The scope of the ISMS (4.3) is one
 * statement per organization, frozen into each version.
 */
@RestController
@RequestMapping("/api/v1/soa")
class SoaApi {

	private final SoaService soa;

	private final SoaDownloads downloads;

	SoaApi(SoaService soa, SoaDownloads downloads) {
		this.soa = soa;
		this.downloads = downloads;
	}

	/** The current (latest approved) Statement of Applicability; 404 with a hint before the first approval. */
	@GetMapping
	StatementOfApplicability current(@RequestParam(required = false) String catalog) {
		return soa.current(catalog);
	}

	/** The live one, computed from the data now. */
	@GetMapping("/draft")
	StatementOfApplicability draft(@RequestParam(required = false) String catalog) {
		return soa.draft(catalog);
	}

	@GetMapping("/versions")
	List<SoaVersionView> versions(@RequestParam(required = false) String catalog) {
		return soa.versions(catalog);
	}

	@GetMapping("/versions/{version}")
	StatementOfApplicability version(@PathVariable String version, @RequestParam(required = false) String catalog) {
		return soa.version(version, catalog);
	}

	/** Freezes the draft as a new version and asks top management to approve it: 202 with the version. */
	@PostMapping("/versions")
	ResponseEntity<SoaVersionView> submit(@RequestParam(required = false) String catalog) {
		SoaVersionView version = soa.submit(catalog);
		return ResponseEntity.accepted().location(URI.create("/api/v1/soa/versions/" + version.id())).body(version);
	}

	/** Top management's decision. */
	record Decision(Boolean approved, String comment) {
	}

	@PostMapping("/versions/{version}/decision")
	SoaVersionView decide(@PathVariable UUID version, @RequestBody Decision decision) {
		return soa.decideVersion(version, decision.approved(), decision.comment());
	}

	/**
	 * The organization's scope statement with its version as {@code ETag}; {@code statement} is {@code null} and the
	 * version 0 until stated.
	 */
	@GetMapping("/scope")
	ResponseEntity<IsmsScope> scope() {
		IsmsScope scope = soa.scope();
		return EntityVersions.tagged(scope, scope.version());
	}

	/**
	 * States the scope (ISMS managers): 400 naming {@code statement} when blank or longer than 4,000 characters; with
	 * {@code If-Match}, 412 when someone stated it since it was read; 409 when someone stated it for the first time at
	 * the same moment.
	 */
	@PutMapping("/scope")
	ResponseEntity<IsmsScope> stateScope(@RequestBody IsmsScopeRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		IsmsScope scope = soa.stateScope(request, EntityVersions.expected(ifMatch));
		return EntityVersions.tagged(scope, scope.version());
	}

	@PutMapping("/controls/{controlId}/applicability")
	SoaEntry decide(@PathVariable String controlId, @RequestParam(required = false) String catalog,
			@RequestBody ApplicabilityRequest request) {
		return soa.decide(catalog, controlId, request);
	}

	/**
	 * One decision for several controls, all or nothing (400 naming the unknown controls, or those that need a
	 * justification); the decided controls' rows.
	 */
	@PostMapping("/applicability")
	List<SoaEntry> decideAll(@RequestParam(required = false) String catalog,
			@RequestBody BulkApplicabilityRequest request) {
		return soa.decideAll(catalog, request);
	}

	/** The current version ({@code draft=true}: the draft) as {@code format=pdf} or {@code xlsx}. */
	@GetMapping("/export")
	void export(@RequestParam(required = false) String catalog, @RequestParam(defaultValue = "false") boolean draft,
			@RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
		downloads.write(draft ? soa.draft(catalog) : soa.current(catalog), format, response);
	}

	@GetMapping("/versions/{version}/export")
	void exportVersion(@PathVariable String version, @RequestParam(required = false) String catalog,
			@RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
		downloads.write(soa.version(version, catalog), format, response);
	}
}
