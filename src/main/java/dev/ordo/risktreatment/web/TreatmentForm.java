package dev.ordo.risktreatment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ordo.frameworks.Frameworks;
import dev.ordo.risktreatment.ControlRef;
import dev.ordo.risktreatment.SelectedControl;
import dev.ordo.risktreatment.TreatmentOption;
import dev.ordo.risktreatment.TreatmentRequest;
import dev.ordo.risktreatment.TreatmentView;
import dev.ordo.shared.InvalidInput;

/**
 * The treatment as the page edits it: option, rationale, the Annex A controls picked from a list, and controls of
 * other catalogs typed one per line as {@code catalog controlId} (e.g. {@code sp800-53 ac-2}).
 */
public class TreatmentForm {

	private TreatmentOption option;

	private String rationale;

	private List<String> annexControls = new ArrayList<>();

	private String otherControls;

	/** The version the form was opened on (0: no treatment yet): saving it after someone else's change is refused. */
	private Long version;

	static TreatmentForm of(TreatmentView t) {
		TreatmentForm form = new TreatmentForm();
		form.version = t.version();
		form.option = t.option();
		form.rationale = t.rationale();
		StringBuilder other = new StringBuilder();
		for (SelectedControl c : t.controls()) {
			if (Frameworks.ISO27001_2022.equals(c.catalogId())) {
				form.annexControls.add(c.controlId());
			}
			else {
				other.append(c.catalogId()).append(' ').append(c.controlId()).append('\n');
			}
		}
		form.otherControls = other.toString();
		return form;
	}

	/** The request; a malformed line of other controls becomes a field error of {@code otherControls}. */
	TreatmentRequest request() {
		List<ControlRef> controls = new ArrayList<>();
		annexControls.forEach(id -> controls.add(new ControlRef(Frameworks.ISO27001_2022, id)));
		if (otherControls != null) {
			for (String line : otherControls.split("\\R")) {
				String[] parts = line.trim().split("\\s+");
				if (parts.length == 1 && parts[0].isEmpty()) {
					continue;
				}
				// A malformed line goes to the service as a control without catalog, so that its message joins the
				// other fields' messages instead of hiding them.
				controls.add(parts.length == 2 ? new ControlRef(parts[0], parts[1]) : new ControlRef(null, line.trim()));
			}
		}
		return new TreatmentRequest(option, rationale, controls);
	}

	/**
	 * The service names a bad control by its position ({@code controls[3]}); the page shows it next to the list the
	 * control came from.
	 */
	InvalidInput forPage(InvalidInput invalid) {
		Map<String, String> errors = new LinkedHashMap<>();
		invalid.fieldErrors().forEach((field, message) -> {
			if (field.startsWith("controls[")) {
				int i = Integer.parseInt(field.substring(9, field.length() - 1));
				errors.merge(i < annexControls.size() ? "annexControls" : "otherControls", message,
						(a, b) -> a + "; " + b);
			}
			else {
				errors.merge(field.equals("controls") ? "annexControls" : field, message, (a, b) -> a + "; " + b);
			}
		});
		return new InvalidInput(errors);
	}

	public TreatmentOption getOption() {
		return option;
	}

	public void setOption(TreatmentOption option) {
		this.option = option;
	}

	public String getRationale() {
		return rationale;
	}

	public void setRationale(String rationale) {
		this.rationale = rationale;
	}

	public List<String> getAnnexControls() {
		return annexControls;
	}

	public void setAnnexControls(List<String> annexControls) {
		this.annexControls = annexControls == null ? new ArrayList<>() : annexControls;
	}

	public String getOtherControls() {
		return otherControls;
	}

	public void setOtherControls(String otherControls) {
		this.otherControls = otherControls;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
