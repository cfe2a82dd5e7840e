package dev.ordo.records.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.ordo.records.AuditTrail;

@Controller
class AuditTrailController {

	private final AuditTrail trail;

	AuditTrailController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/records/audit-trail")
	String trail(@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) String cursor,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("entries", trail.search(subjectType, subjectId, cursor, null, 50));
		model.addAttribute("cursor", cursor);
		model.addAttribute("subjectType", subjectType);
		model.addAttribute("subjectId", subjectId);
		// htmx asks for the results only; a plain request gets the whole page.
		return htmx != null ? "records/audit-trail :: results" : "records/audit-trail";
	}
}
