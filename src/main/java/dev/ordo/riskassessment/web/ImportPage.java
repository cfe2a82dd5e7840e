package dev.ordo.riskassessment.web;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.util.StringUtils;

import dev.ordo.riskassessment.ImportReport;
import dev.ordo.shared.InvalidInput;

/** The page that shows an asset or risk import's row-by-row report (ISO/IEC 27001 6.1.2), shared by both lists. */
final class ImportPage {

	private ImportPage() {
	}

	/** Runs the import; a file refused as a whole (no header, unreadable) is shown as one message. */
	static String show(Model model, List<String> columns, String what, Supplier<ImportReport> importing) {
		try {
			model.addAttribute("report", importing.get());
		}
		catch (InvalidInput invalid) {
			// The API's field messages ("the file is empty; …") stand alone on the page: written as a sentence.
			model.addAttribute("importError",
					StringUtils.capitalize(String.join("; ", invalid.fieldErrors().values())));
		}
		model.addAttribute("columns", columns);
		model.addAttribute("what", what);
		return "riskassessment/import-report";
	}
}
