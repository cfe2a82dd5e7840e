package dev.ordo.risktreatment.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.ordo.risktreatment.application.TreatmentStatuses;
import dev.ordo.shared.InvalidInput;

/**
 * The treatment status of every risk on a page of the risk register, as a fragment the register (risk assessment)
 * loads with one htmx request (ISO/IEC 27001:2022 6.1.3): whoever reads the register sees which risks are treated,
 * how far their plans are and whether their owners accepted what remains. The answer is a {@code span} per risk with
 * {@code hx-swap-oob}, each replacing the one of the same id in the register's treatment column; a {@code span}
 * rather than the {@code td}, since table cells cannot stand alone in the fragment htmx parses.
 */
@Controller
class TreatmentStatusesController {

	private final TreatmentStatuses statuses;

	TreatmentStatusesController(TreatmentStatuses statuses) {
		this.statuses = statuses;
	}

	/** {@code ids}: the page's risks, comma-separated, at most 100; another organization's risks give nothing. */
	@GetMapping("/risks/treatment/statuses")
	String statuses(@RequestParam(required = false) String ids, Model model) {
		model.addAttribute("statuses", statuses.of(TreatmentStatuses.riskIds("ids", ids)).stream()
			.map(TreatmentStatusCell::of).toList());
		return "risktreatment/statuses :: statuses";
	}

	/** Ids the register never sends (too many, malformed): 400 with what was wrong, the cells keep their links. */
	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<String> invalid(InvalidInput ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN)
			.body(String.join("; ", ex.fieldErrors().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
				.toList()));
	}
}
