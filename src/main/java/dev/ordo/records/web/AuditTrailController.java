package dev.ordo.records.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", trail.search(subjectType, subjectId, page, 50));
		model.addAttribute("subjectType", subjectType);
		model.addAttribute("subjectId", subjectId);
		return "records/audit-trail";
	}
}
