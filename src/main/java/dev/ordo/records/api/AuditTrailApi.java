package dev.ordo.records.api;

import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.ordo.platform.web.ListParameters;
import dev.ordo.records.AuditTrail;
import dev.ordo.records.AuditTrailPage;

@RestController
@RequestMapping("/api/v1/audit-trail")
class AuditTrailApi {

	private final AuditTrail trail;

	AuditTrailApi(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * The audit trail, newest first, at most 100 entries a page. Pass a page's {@code next} as {@code cursor} for
	 * the following page, or {@code until} (an ISO-8601 instant) to start at a point in time.
	 */
	@GetMapping
	AuditTrailPage search(@RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Instant until, @RequestParam(defaultValue = "50") int size) {
		ListParameters.checkSize(size);
		return trail.search(subjectType, subjectId, cursor, until, size);
	}
}
