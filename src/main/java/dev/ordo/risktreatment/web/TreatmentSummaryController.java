package dev.ordo.risktreatment.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.ordo.risktreatment.TreatmentView;
import dev.ordo.risktreatment.application.RiskTreatmentService;

/**
 * The risk's treatment in short, as a fragment the risk page of risk assessment loads (ISO/IEC 27001:2022 6.1.3):
 * someone reading a risk sees at once whether it is treated, with which controls, how far the plan is and whether the
 * owner accepted what remains, without opening the treatment page.
 */
@Controller
class TreatmentSummaryController {

	private final RiskTreatmentService treatments;

	TreatmentSummaryController(RiskTreatmentService treatments) {
		this.treatments = treatments;
	}

	@GetMapping("/risks/{id}/treatment/summary")
	String summary(@PathVariable UUID id, Model model) {
		TreatmentView treatment = treatments.treatment(id);
		model.addAttribute("riskId", treatment.riskId());
		model.addAttribute("summary", TreatmentSummary.of(treatment));
		return "risktreatment/summary :: summary";
	}
}
