package dev.ordo.riskassessment.api;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.ordo.platform.web.ListParameters;
import dev.ordo.riskassessment.RiskAssessmentRunDetail;
import dev.ordo.riskassessment.application.RiskAssessmentRuns;

/** Risk assessment runs over the API: the lineage of risks and ratings (TS 27022 7.4). */
@RestController
@RequestMapping("/api/v1/risk-assessment-runs")
class RiskAssessmentRunsApi {

	private final RiskAssessmentRuns runs;

	RiskAssessmentRunsApi(RiskAssessmentRuns runs) {
		this.runs = runs;
	}

	/** One run with page {@code page} of the risks it identified and of the ratings it wrote (size at most 100). */
	@GetMapping("/{id}")
	RiskAssessmentRunDetail run(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		ListParameters.check(page, size);
		return runs.run(id, page, size);
	}
}
