package dev.ordo.records.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.ordo.platform.web.PageResponse;
import dev.ordo.records.AuditTrail;
import dev.ordo.records.AuditTrailEntryView;

@RestController
@RequestMapping("/api/v1/audit-trail")
class AuditTrailApi {

	private final AuditTrail trail;

	AuditTrailApi(AuditTrail trail) {
		this.trail = trail;
	}

	/** The audit trail, newest first, paged (at most 100 per page). */
	@GetMapping
	PageResponse<AuditTrailEntryView> search(@RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return PageResponse.of(trail.search(subjectType, subjectId, page, size));
	}
}
