package dev.ordo.riskassessment.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.ordo.platform.web.ListParameters;
import dev.ordo.riskassessment.application.RiskAssessmentRuns;

/** The page of one risk assessment run: what it was and what it produced, 50 entries a page. */
@Controller
class RiskAssessmentRunsController {

	private static final int PAGE_SIZE = 50;

	private final RiskAssessmentRuns runs;

	RiskAssessmentRunsController(RiskAssessmentRuns runs) {
		this.runs = runs;
	}

	@GetMapping("/risk-assessment-runs/{id}")
	String run(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		ListParameters.check(page, PAGE_SIZE);
		model.addAttribute("detail", runs.run(id, page, PAGE_SIZE));
		return "riskassessment/run";
	}
}
